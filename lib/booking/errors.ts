export type BookingErrorKind =
  | 'slot-taken'
  | 'not-offered'
  | 'not-found'
  | 'cancelled'
  | 'started'
  | 'busy'
  | 'idempotency-mismatch'
  | 'limit';

import { MailCapError } from '../mail/outbox';
import { HttpError, type KnownError } from '../server/route';

const answers: Record<BookingErrorKind, { status: number; error: string; field: string }> = {
  'slot-taken': { status: 409, error: 'slot_taken', field: 'start' },
  'not-offered': { status: 422, error: 'invalid_request', field: 'start' },
  'not-found': { status: 404, error: 'not_found', field: 'token' },
  cancelled: { status: 409, error: 'cancelled', field: 'token' },
  started: { status: 409, error: 'started', field: 'token' },
  busy: { status: 503, error: 'busy', field: '(request)' },
  'idempotency-mismatch': { status: 422, error: 'invalid_request', field: 'Idempotency-Key' },
  limit: { status: 429, error: 'rate_limited', field: 'email' },
};

const retryAfter: Partial<Record<number, string>> = { 503: '5', 429: String(24 * 60 * 60) };

/** An expected refusal the caller maps to a status code and a kind message; never a 500. */
export class BookingError extends Error implements KnownError {
  constructor(
    readonly kind: BookingErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BookingError';
  }

  toHttp(): HttpError {
    const { status, error, field } = answers[this.kind];
    return new HttpError(
      status,
      { error, field, message: this.message },
      retryAfter[status] ? { 'Retry-After': retryAfter[status] } : {},
    );
  }
}

function hasCode(error: unknown, codes: readonly string[]): boolean {
  for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
    if (
      typeof e === 'object' &&
      e !== null &&
      'code' in e &&
      typeof e.code === 'string' &&
      codes.includes(e.code)
    )
      return true;
  }
  return false;
}

/**
 * The database refused a second confirmed booking for a clinician: the unique index (23505) or the overlap
 * exclusion constraint (23P01). Same codes in PGlite; drizzle wraps them in `cause`.
 */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, ['23505', '23P01']);
}

/** lock_timeout (55P03): another change held the schedule too long. */
export function isLockTimeout(error: unknown): boolean {
  return hasCode(error, ['55P03']);
}

export const busyError = () =>
  new BookingError('busy', 'We are busy right now. Please try again in a moment.');

/** Today's limits for one email address (PER_EMAIL_DAILY_LIMIT, MAIL_DAILY_CAP) were reached: nothing changed. */
export const limitError = () =>
  new BookingError(
    'limit',
    'This email address has reached today’s limit of bookings and changes. Please try again tomorrow or call us.',
  );

/** The outbox refused a reader's mail over the daily cap: the change rolled back, so it is a limit refusal. */
export function asLimit(error: unknown): unknown {
  return error instanceof MailCapError ? limitError() : error;
}
