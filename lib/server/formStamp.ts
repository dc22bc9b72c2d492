import { createHmac } from 'node:crypto';
import { adminPassword } from './adminPassword';
import { env } from './env';
import { constantTimeEqual } from '../booking/tokens';

// A signed "form shown at" time: bots that post at once, or replay an old form, are turned away kindly.
function sign(at: number): string {
  const key = createHmac('sha256', 'backwise-form-stamp-v1').update(adminPassword(env())).digest();
  return createHmac('sha256', key).update(String(at)).digest('base64url').slice(0, 22);
}

export function issueFormStamp(now: Date): string {
  const at = now.getTime();
  return `${at}.${sign(at)}`;
}

export type StampCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export function checkFormStamp(stamp: unknown, now: Date): StampCheck {
  if (typeof stamp !== 'string') return 'invalid';
  const [atText, signature] = stamp.split('.');
  const at = Number(atText);
  if (!Number.isSafeInteger(at) || !signature || !constantTimeEqual(signature, sign(at))) return 'invalid';
  const elapsed = now.getTime() - at;
  if (elapsed < env().FORM_MIN_FILL_MS) return 'too-fast';
  if (elapsed > 24 * 60 * 60 * 1000) return 'expired';
  return 'ok';
}
