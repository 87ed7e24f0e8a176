/** Requests to the interactions endpoint signed exactly as Discord signs them: Ed25519 over timestamp + body. */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A fresh key pair: the private key to sign with, the public key as DISCORD_PUBLIC_KEY wants it (64 hex). */
export function makeKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicKeyHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex') };
}

/** POSTs `text` to `url`, signed with `privateKey` and stamped with the current time. */
export function postSigned(url: string, text: string, privateKey: KeyObject): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), privateKey).toString('hex');
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: text,
  });
}
