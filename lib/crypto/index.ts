// The one place for secrets arithmetic: random tokens, their hashes, HMAC signatures and constant-time compare.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe (43 characters). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** True for a string randomToken() could have made: lets callers skip the database for junk. */
export function isRandomToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** SHA-256 hex: only this is stored, so a database leak does not leak live links or sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An HMAC-SHA256 signature of `data` under a key derived for one `purpose`, so keys never cross uses. */
export function sign(secret: string, purpose: string, data: string): string {
  const key = createHmac('sha256', secret).update(purpose).digest();
  return createHmac('sha256', key).update(data).digest('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
