import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSignatureHeaders,
  MAX_TIMESTAMP_SKEW_SECONDS,
  parsePublicKey,
  verifyDiscordRequest,
  verifyEd25519,
} from '../../src/http/verify.js';

/** A key pair, with the public key as Discord shows it: 32 raw bytes in hex. */
function makeKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicKeyHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex') };
}

/** Signs exactly as Discord does: Ed25519 over the timestamp's bytes followed by the body's bytes, hex-encoded. */
function discordSign(privateKey: KeyObject, timestamp: string, body: string | Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
}

const NOW_MS = 1_750_000_000_000;
const NOW_S = String(NOW_MS / 1000);
const GOOD_SIG = 'ab'.repeat(64);

describe('parsePublicKey', () => {
  it('accepts the 64-hex-character key Discord shows, with surrounding whitespace or upper case', () => {
    const { publicKeyHex } = makeKeys();
    expect(parsePublicKey(publicKeyHex).asymmetricKeyType).toBe('ed25519');
    expect(parsePublicKey(` ${publicKeyHex.toUpperCase()}\n`).asymmetricKeyType).toBe('ed25519');
  });

  it('round-trips: the parsed key is the one that verifies', () => {
    const { privateKey, publicKeyHex } = makeKeys();
    const key = parsePublicKey(publicKeyHex);
    const jwk = key.export({ format: 'jwk' });
    expect(Buffer.from(jwk.x ?? '', 'base64url').toString('hex')).toBe(publicKeyHex);
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
  });

  it.each([
    ['empty', ''],
    ['too short', 'ab'.repeat(31)],
    ['too long', 'ab'.repeat(33)],
    ['odd length', `${'ab'.repeat(31)}abc`],
    ['not hex', 'zz'.repeat(32)],
    ['base64 instead of hex', Buffer.alloc(32, 7).toString('base64')],
  ])('throws a clear message for a malformed key (%s)', (_name, hex) => {
    expect(() => parsePublicKey(hex)).toThrow(/DISCORD_PUBLIC_KEY must be .*64 hex characters/);
  });
});

describe('checkSignatureHeaders (pure)', () => {
  it('accepts a well-formed pair and decodes it', () => {
    const result = checkSignatureHeaders(GOOD_SIG.toUpperCase(), NOW_S, NOW_MS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.signature).toHaveLength(64);
      expect(result.timestamp.toString()).toBe(NOW_S);
    }
  });

  it.each([
    ['missing signature', undefined, NOW_S, 'missing-signature'],
    ['empty signature', '', NOW_S, 'missing-signature'],
    ['missing timestamp', GOOD_SIG, undefined, 'missing-timestamp'],
    ['empty timestamp', GOOD_SIG, '', 'missing-timestamp'],
    ['odd-length signature', `${GOOD_SIG}a`, NOW_S, 'malformed-signature'],
    ['non-hex signature', `${'zz'}${GOOD_SIG.slice(2)}`, NOW_S, 'malformed-signature'],
    ['63-byte signature', 'ab'.repeat(63), NOW_S, 'malformed-signature'],
    ['65-byte signature', 'ab'.repeat(65), NOW_S, 'malformed-signature'],
    ['repeated signature header', [GOOD_SIG, GOOD_SIG], NOW_S, 'malformed-signature'],
    ['fractional timestamp', GOOD_SIG, `${NOW_S}.5`, 'malformed-timestamp'],
    ['negative timestamp', GOOD_SIG, `-${NOW_S}`, 'malformed-timestamp'],
    ['exponent timestamp', GOOD_SIG, '1.75e9', 'malformed-timestamp'],
    ['padded timestamp', GOOD_SIG, ` ${NOW_S}`, 'malformed-timestamp'],
    ['millisecond timestamp', GOOD_SIG, String(NOW_MS), 'malformed-timestamp'],
    ['absurdly long timestamp', GOOD_SIG, '9'.repeat(40), 'malformed-timestamp'],
    ['repeated timestamp header', GOOD_SIG, [NOW_S, NOW_S], 'malformed-timestamp'],
  ] as const)('rejects a %s', (_name, signature, timestamp, reason) => {
    expect(
      checkSignatureHeaders(
        signature as string | string[] | undefined,
        timestamp as string | string[] | undefined,
        NOW_MS,
      ),
    ).toEqual({ ok: false, reason });
  });

  it('accepts timestamps up to exactly 5 minutes away, in either direction', () => {
    const s = NOW_MS / 1000;
    expect(checkSignatureHeaders(GOOD_SIG, String(s - MAX_TIMESTAMP_SKEW_SECONDS), NOW_MS).ok).toBe(true);
    expect(checkSignatureHeaders(GOOD_SIG, String(s + MAX_TIMESTAMP_SKEW_SECONDS), NOW_MS).ok).toBe(true);
    expect(checkSignatureHeaders(GOOD_SIG, String(s - MAX_TIMESTAMP_SKEW_SECONDS - 1), NOW_MS)).toEqual({
      ok: false,
      reason: 'stale-timestamp',
    });
    expect(checkSignatureHeaders(GOOD_SIG, String(s + MAX_TIMESTAMP_SKEW_SECONDS + 1), NOW_MS)).toEqual({
      ok: false,
      reason: 'future-timestamp',
    });
  });

  it('measures the window against the injected clock, not the real one', () => {
    expect(checkSignatureHeaders(GOOD_SIG, '1000', 1_000_000).ok).toBe(true);
    expect(checkSignatureHeaders(GOOD_SIG, '1000', 1_301_000).ok).toBe(false);
  });
});

describe('verifyDiscordRequest', () => {
  const { privateKey, publicKeyHex } = makeKeys();
  const publicKey = parsePublicKey(publicKeyHex);
  const body = Buffer.from('{"type":1,"id":"1"}');
  const signature = discordSign(privateKey, NOW_S, body);

  it('accepts a request signed as Discord signs it, asynchronously', async () => {
    const pending = verifyDiscordRequest({ publicKey, signature, timestamp: NOW_S, body, now: NOW_MS });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toEqual({ ok: true });
  });

  it('rejects a tampered body, a tampered timestamp and another key', async () => {
    const tampered = Buffer.from('{"type":2,"id":"1"}');
    await expect(
      verifyDiscordRequest({ publicKey, signature, timestamp: NOW_S, body: tampered, now: NOW_MS }),
    ).resolves.toEqual({ ok: false, reason: 'bad-signature' });
    const otherTimestamp = String(NOW_MS / 1000 + 1);
    await expect(
      verifyDiscordRequest({ publicKey, signature, timestamp: otherTimestamp, body, now: NOW_MS }),
    ).resolves.toEqual({ ok: false, reason: 'bad-signature' });
    const other = parsePublicKey(makeKeys().publicKeyHex);
    await expect(
      verifyDiscordRequest({ publicKey: other, signature, timestamp: NOW_S, body, now: NOW_MS }),
    ).resolves.toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a stale request even when its signature is valid', async () => {
    await expect(
      verifyDiscordRequest({ publicKey, signature, timestamp: NOW_S, body, now: NOW_MS + 301_000 }),
    ).resolves.toEqual({ ok: false, reason: 'stale-timestamp' });
  });

  it('verifyEd25519 answers false (never throws) for garbage', async () => {
    await expect(verifyEd25519(body, Buffer.alloc(64), publicKey)).resolves.toBe(false);
    await expect(verifyEd25519(body, Buffer.alloc(3), publicKey)).resolves.toBe(false);
  });

  it('property: flipping any bit of the body or of the signature breaks verification', async () => {
    const sigBytes = Buffer.from(signature, 'hex');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 0, max: 7 }), async (inBody, index, bit) => {
        const b = Buffer.from(body);
        const s = Buffer.from(sigBytes);
        const target = inBody ? b : s;
        const at = index % target.length;
        target[at] = (target[at] ?? 0) ^ (1 << bit);
        const result = await verifyDiscordRequest({
          publicKey,
          signature: s.toString('hex'),
          timestamp: NOW_S,
          body: b,
          now: NOW_MS,
        });
        expect(result).toEqual({ ok: false, reason: 'bad-signature' });
      }),
      { numRuns: 200 },
    );
  });
});
