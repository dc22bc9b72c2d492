import { constantTimeEqual, randomToken, sign } from '../crypto';
import { env } from './env';
import { appSecret } from './secrets';

/** How long a shown form may be sent; its redemption is kept as long (lib/rateLimit/formStamps.ts). */
export const FORM_STAMP_TTL_MS = 24 * 60 * 60 * 1000;

// A signed "form shown at" time and a random id: bots that post at once, or replay an old form, are turned
// away kindly, and each stamp is good for one post (the id is redeemed in the database).
function signature(at: number, id: string): string {
  return sign(appSecret(env()), 'backwise-form-stamp-v2', `${at}.${id}`).slice(0, 22);
}

export function issueFormStamp(now: Date): string {
  const at = now.getTime();
  const id = randomToken(16);
  return `${at}.${id}.${signature(at, id)}`;
}

export type StampCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

/** The stamp's id and time, if it is one we signed. */
export function readFormStamp(stamp: unknown): { id: string; at: number } | undefined {
  if (typeof stamp !== 'string' || stamp.length > 200) return undefined;
  const [atText, id, sig] = stamp.split('.');
  const at = Number(atText);
  if (!Number.isSafeInteger(at) || !id || !sig || !constantTimeEqual(sig, signature(at, id)))
    return undefined;
  return { id, at };
}

export function checkFormStamp(stamp: unknown, now: Date): StampCheck {
  const read = readFormStamp(stamp);
  if (!read) return 'invalid';
  const elapsed = now.getTime() - read.at;
  if (elapsed < env().FORM_MIN_FILL_MS) return 'too-fast';
  if (elapsed > FORM_STAMP_TTL_MS) return 'expired';
  return 'ok';
}
