import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedHeaders } from '../bench/http-load.ts';
import {
  MAX_TIMESTAMP_SKEW_SECONDS,
  isSignedBy,
  publicKeyFromHex,
  readSignedHeaders,
  type SignedHeaders,
} from '../src/http/signature.ts';

describe('Ed25519 request signatures', () => {
  it('reads a 32-byte hex public key (RFC 8032, test 2)', () => {
    const key = publicKeyFromHex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c');
    const signature = Buffer.from(
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
      'hex',
    );
    expect(verify(null, Buffer.from([0x72]), key, signature)).toBe(true);
    expect(verify(null, Buffer.from([0x73]), key, signature)).toBe(false);
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hex characters/);
  });

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const key = publicKeyFromHex(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex'));
  const now = 1_800_000_000;
  const body = '{"type":1}';

  it('accepts what Discord signs: the timestamp then the raw body', () => {
    const signed = readSignedHeaders(signedHeaders(privateKey, body, String(now)), now) as SignedHeaders;
    expect(signed.timestamp).toBe(String(now));
    expect(isSignedBy(key, signed, Buffer.from(body))).toBe(true);
    expect(isSignedBy(key, signed, Buffer.from(`${body} `))).toBe(false);
    expect(isSignedBy(key, { ...signed, timestamp: String(now + 1) }, Buffer.from(body))).toBe(false);
  });

  it.each([
    [{ 'x-signature-timestamp': String(now) }, 'missing signature'],
    [{ 'x-signature-ed25519': 'a'.repeat(128) }, 'missing timestamp'],
    [{ 'x-signature-ed25519': 'a'.repeat(127), 'x-signature-timestamp': String(now) }, 'malformed signature'],
    [{ 'x-signature-ed25519': 'a'.repeat(128), 'x-signature-timestamp': '2026-11-26' }, 'malformed timestamp'],
    [
      { 'x-signature-ed25519': 'a'.repeat(128), 'x-signature-timestamp': String(now - MAX_TIMESTAMP_SKEW_SECONDS - 1) },
      'stale timestamp',
    ],
    [
      { 'x-signature-ed25519': 'a'.repeat(128), 'x-signature-timestamp': String(now + MAX_TIMESTAMP_SKEW_SECONDS + 1) },
      'stale timestamp',
    ],
  ])('refuses %j before reading the body: %s', (headers, refused) => {
    expect(readSignedHeaders(headers, now)).toEqual({ refused });
  });

  it('allows clock drift within the window', () => {
    const headers = signedHeaders(privateKey, body, String(now - MAX_TIMESTAMP_SKEW_SECONDS));
    expect(readSignedHeaders(headers, now)).not.toHaveProperty('refused');
  });
});
