// The no-JavaScript path between a post and the page its 303 lands on. The answers ride in a cookie sealed
// with a key derived from APP_SECRET (AES-256-GCM: the browser holds only ciphertext, and an altered cookie
// does not open), HttpOnly, SameSite=Strict, for /check only, ending with the browser session and an hour
// after the last answer. The address carries only the place, sealed too, so neither a question's id nor
// where the check stopped shows in history, logs or a Referer. Nothing is stored on the server.
import { seal, unseal } from '@/lib/crypto';
import { env } from '@/lib/server/env';
import { appSecret } from '@/lib/server/secrets';
import { decodeCarried, encodeCarried, parsePlace, placeText, type Carried } from '@/lib/triage/carry';
import type { Place } from '@/lib/triage/flow';

export const CHECK_COOKIE = 'bw_check';
const ANSWERS = 'check-answers';
const PLACE = 'check-place';

const secret = () => appSecret(env());

/** The page a post redirects to: one address per place, so the browser's Back returns to each page. */
export const stepPath = (place: Place) => `/check/step?at=${seal(secret(), PLACE, placeText(place))}`;

export const openPlace = (token: string | undefined) =>
  token === undefined ? undefined : parsePlace(unseal(secret(), PLACE, token));

export function carriedCookie(carried: Carried, secure: boolean) {
  return {
    name: CHECK_COOKIE,
    value: seal(secret(), ANSWERS, encodeCarried(carried, Date.now())),
    httpOnly: true,
    secure,
    sameSite: 'strict' as const,
    path: '/check',
  };
}

export const openCarried = (value: string | undefined) =>
  value === undefined ? undefined : decodeCarried(unseal(secret(), ANSWERS, value), Date.now());
