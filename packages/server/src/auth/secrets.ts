/**
 * Secrets: random session ids, CSRF tokens and API tokens (32 random bytes,
 * base64url), and their SHA-256 hashes, which are all the store keeps. A
 * high-entropy random secret needs no slow hash: SHA-256 is enough and lets the
 * server find it by index.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** API tokens start with this, so scanners (and people) can recognise a leaked one. */
export const TOKEN_PREFIX = 'slk_';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function newApiToken(): { token: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compares two strings in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
