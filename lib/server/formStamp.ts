import { constantTimeEqual, sign } from '../crypto';
import { env } from './env';
import { appSecret } from './secrets';

// A signed "form shown at" time: bots that post at once, or replay an old form, are turned away kindly.
function signature(at: number): string {
  return sign(appSecret(env()), 'backwise-form-stamp-v1', String(at)).slice(0, 22);
}

export function issueFormStamp(now: Date): string {
  const at = now.getTime();
  return `${at}.${signature(at)}`;
}

export type StampCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export function checkFormStamp(stamp: unknown, now: Date): StampCheck {
  if (typeof stamp !== 'string') return 'invalid';
  const [atText, sig] = stamp.split('.');
  const at = Number(atText);
  if (!Number.isSafeInteger(at) || !sig || !constantTimeEqual(sig, signature(at))) return 'invalid';
  const elapsed = now.getTime() - at;
  if (elapsed < env().FORM_MIN_FILL_MS) return 'too-fast';
  if (elapsed > 24 * 60 * 60 * 1000) return 'expired';
  return 'ok';
}
