export type BookingErrorKind =
  'slot-taken' | 'not-offered' | 'not-found' | 'cancelled' | 'idempotency-mismatch';

/** An expected refusal the caller maps to a status code and a kind message; never a 500. */
export class BookingError extends Error {
  constructor(
    readonly kind: BookingErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BookingError';
  }
}

/** PostgreSQL's unique violation, the same code in PGlite; drizzle wraps it in `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === '23505') return true;
  }
  return false;
}
