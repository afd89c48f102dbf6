import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * How far X-Signature-Timestamp may be from our clock. Discord signs each request as it sends it,
 * so an old timestamp means a replayed or delayed request; five minutes allows for clock drift.
 */
export const MAX_TIMESTAMP_SKEW_SECONDS = 300;

/** The application's public key, given in the developer portal as 32 bytes of hex, as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new TypeError('an Ed25519 public key is 64 hex characters');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

export type SignatureRefusal =
  | 'missing signature'
  | 'missing timestamp'
  | 'malformed signature'
  | 'malformed timestamp'
  | 'stale timestamp'
  | 'wrong signature';

export interface SignedHeaders {
  signature: Buffer;
  timestamp: string;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? undefined : value;
};

/**
 * Everything that can be checked before the body is read: both headers present and well formed,
 * and the timestamp fresh. A request that fails here is refused without reading its body.
 */
export function readSignedHeaders(
  headers: IncomingHttpHeaders,
  nowSeconds: number,
): SignedHeaders | { refused: SignatureRefusal } {
  const signature = header(headers, 'x-signature-ed25519');
  const timestamp = header(headers, 'x-signature-timestamp');
  if (signature === undefined) return { refused: 'missing signature' };
  if (timestamp === undefined) return { refused: 'missing timestamp' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { refused: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { refused: 'malformed timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) return { refused: 'stale timestamp' };
  return { signature: Buffer.from(signature, 'hex'), timestamp };
}

/** Discord signs the timestamp's bytes followed by the raw body's bytes, exactly as they were sent. */
export function isSignedBy(publicKey: KeyObject, signed: SignedHeaders, rawBody: Buffer): boolean {
  return verify(null, Buffer.concat([Buffer.from(signed.timestamp, 'utf8'), rawBody]), publicKey, signed.signature);
}
