// The one place for secrets arithmetic: random tokens, their hashes, HMAC signatures, sealing and constant-time
// compare.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

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

const SEAL_VERSION = 'v1';

/** A 256-bit AES key derived for one `purpose`, so a sealed value from one use never opens in another. */
function sealKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'backwise-seal', purpose, 32));
}

/**
 * Encrypts and authenticates `plain` (AES-256-GCM, a random 96-bit IV each time): "v1.<iv>.<ciphertext>.<tag>".
 * For a value the server must read back later, such as a manage token a reminder carries.
 */
export function seal(secret: string, purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [SEAL_VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The value `seal` sealed, or undefined when it was altered, sealed under another key or purpose, or junk. */
export function unseal(secret: string, purpose: string, sealed: string): string | undefined {
  const [version, iv, body, tag, ...rest] = sealed.split('.');
  if (version !== SEAL_VERSION || iv === undefined || body === undefined || tag === undefined || rest.length)
    return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret, purpose), Buffer.from(iv, 'base64url'));
    const tagBytes = Buffer.from(tag, 'base64url');
    if (tagBytes.length !== 16) return undefined;
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
