import { describe, expect, it } from 'vitest';
import { BookingError, isLockTimeout, isUniqueViolation } from './errors';

const wrapped = (code: string) =>
  new Error('query failed', { cause: Object.assign(new Error('db'), { code }) });

describe('database refusals', () => {
  it('maps the unique index (23505) and the overlap exclusion constraint (23P01) alike', () => {
    expect(isUniqueViolation(wrapped('23505'))).toBe(true);
    expect(isUniqueViolation(wrapped('23P01'))).toBe(true);
    expect(isUniqueViolation(wrapped('23503'))).toBe(false);
    expect(isLockTimeout(wrapped('55P03'))).toBe(true);
    expect(isLockTimeout(wrapped('23505'))).toBe(false);
  });

  it('each booking refusal knows its HTTP answer and the field at fault', () => {
    expect(new BookingError('slot-taken', 'taken').toHttp()).toMatchObject({
      status: 409,
      body: { field: 'start' },
    });
    expect(new BookingError('busy', 'busy').toHttp()).toMatchObject({
      status: 503,
      headers: { 'Retry-After': '5' },
    });
    expect(new BookingError('idempotency-mismatch', 'x').toHttp()).toMatchObject({
      status: 422,
      body: { field: 'Idempotency-Key' },
    });
  });
});
