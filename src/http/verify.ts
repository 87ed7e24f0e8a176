/**
 * Ed25519 verification of Discord's interaction requests: the signature (hex, `X-Signature-Ed25519`) is of the
 * `X-Signature-Timestamp` header's bytes followed by the raw body. Node's crypto only, checked asynchronously.
 */

import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';

/** How far (in seconds, past or future) a request's timestamp may be from now and still be accepted. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 300;

/** Header carrying the hex Ed25519 signature. */
export const SIGNATURE_HEADER = 'x-signature-ed25519';
/** Header carrying the Unix timestamp (seconds) that was signed along with the body. */
export const TIMESTAMP_HEADER = 'x-signature-timestamp';

/** Why a request was rejected. Never contains header values or the body. */
type VerifyFailure =
  | 'missing-signature'
  | 'missing-timestamp'
  | 'malformed-signature'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'bad-signature';

export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

/** The header checks passed: the decoded signature and the timestamp's bytes, ready for the signature check. */
export type CheckedHeaders =
  | { ok: true; signature: Buffer; timestamp: Buffer }
  | { ok: false; reason: Exclude<VerifyFailure, 'bad-signature'> };

const HEX = /^[0-9a-fA-F]+$/;
/** Unix seconds: digits only (no sign, no fraction, no exponent), at most 12 of them. */
const UNIX_SECONDS = /^[0-9]{1,12}$/;

/** A header value as Node gives it; repeated headers (arrays) are rejected as malformed. */
export type HeaderValue = string | string[] | undefined;

/**
 * Parses `DISCORD_PUBLIC_KEY` (the application's 32-byte Ed25519 public key, as 64 hex characters) into a KeyObject.
 * Surrounding whitespace is ignored. Throws an Error with a clear message if the key is malformed.
 */
export function parsePublicKey(hex: string): KeyObject {
  const trimmed = typeof hex === 'string' ? hex.trim() : '';
  if (trimmed.length !== 64 || !HEX.test(trimmed)) {
    throw new Error(
      `DISCORD_PUBLIC_KEY must be the application's Ed25519 public key as exactly 64 hex characters (32 bytes); ` +
        `got ${trimmed.length === 0 ? 'an empty value' : `${trimmed.length} characters${HEX.test(trimmed) ? '' : ', not all hex'}`}`,
    );
  }
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(trimmed, 'hex').toString('base64url') },
      format: 'jwk',
    });
  } catch (error) {
    throw new Error(`DISCORD_PUBLIC_KEY is not a valid Ed25519 public key: ${(error as Error).message}`);
  }
}

/**
 * Pure, synchronous checks of the two signature headers (no cryptography): presence, hex encoding, a 64-byte
 * signature, a timestamp that is an integer number of seconds within {@link MAX_TIMESTAMP_SKEW_SECONDS} of `nowMs`
 * (inclusive: exactly 300 s away is still accepted).
 */
export function checkSignatureHeaders(signature: HeaderValue, timestamp: HeaderValue, nowMs: number): CheckedHeaders {
  if (signature === undefined || signature === '') return { ok: false, reason: 'missing-signature' };
  if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'missing-timestamp' };
  if (typeof signature !== 'string' || signature.length !== 128 || !HEX.test(signature)) {
    return { ok: false, reason: 'malformed-signature' };
  }
  if (typeof timestamp !== 'string' || !UNIX_SECONDS.test(timestamp)) {
    return { ok: false, reason: 'malformed-timestamp' };
  }
  const skewSeconds = nowMs / 1000 - Number(timestamp);
  if (!Number.isFinite(skewSeconds)) return { ok: false, reason: 'malformed-timestamp' };
  if (skewSeconds > MAX_TIMESTAMP_SKEW_SECONDS) return { ok: false, reason: 'stale-timestamp' };
  if (skewSeconds < -MAX_TIMESTAMP_SKEW_SECONDS) return { ok: false, reason: 'future-timestamp' };
  return { ok: true, signature: Buffer.from(signature, 'hex'), timestamp: Buffer.from(timestamp, 'utf8') };
}

/** Checks an Ed25519 signature on the worker pool (callback form of `crypto.verify`); any crypto error counts as false. */
export function verifyEd25519(data: Buffer, signature: Buffer, publicKey: KeyObject): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      cryptoVerify(null, data, publicKey, signature, (error, valid) => resolve(!error && valid === true));
    } catch {
      resolve(false);
    }
  });
}

export interface VerifyRequestInput {
  publicKey: KeyObject;
  /** Value of the `X-Signature-Ed25519` header. */
  signature: HeaderValue;
  /** Value of the `X-Signature-Timestamp` header. */
  timestamp: HeaderValue;
  /** The raw request body, exactly as received. */
  body: Buffer;
  /** Current time in milliseconds since the epoch; defaults to `Date.now()`. */
  now?: number;
}

/** Verifies a Discord interaction request: header checks, then the signature over `timestamp + body`. */
export async function verifyDiscordRequest(input: VerifyRequestInput): Promise<VerifyResult> {
  const checked = checkSignatureHeaders(input.signature, input.timestamp, input.now ?? Date.now());
  if (!checked.ok) return checked;
  const valid = await verifyEd25519(Buffer.concat([checked.timestamp, input.body]), checked.signature, input.publicKey);
  return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
