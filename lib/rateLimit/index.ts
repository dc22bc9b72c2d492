import { getDbHandle } from '../db';
import { clientKey } from '../server/clientAddress';
import { env } from '../server/env';
import { databaseRateLimiter, memoryRateLimiter, type RateLimiter } from './limiter';

export type { RateDecision, RateLimiter } from './limiter';

const TEN_MINUTES = 10 * 60 * 1000;
const holder = globalThis as typeof globalThis & { __backwiseLimiters?: Map<string, RateLimiter> };

/** Attempts per client per 10 minutes: in memory on PGlite (one process), in PostgreSQL across instances. */
export async function limiter(name: 'booking' | 'login'): Promise<RateLimiter> {
  holder.__backwiseLimiters ??= new Map();
  const existing = holder.__backwiseLimiters.get(name);
  if (existing) return existing;
  const handle = await getDbHandle();
  const limit = name === 'booking' ? env().BOOKING_RATE_LIMIT : 10;
  const created =
    handle.kind === 'postgres'
      ? databaseRateLimiter(handle.db, limit, TEN_MINUTES)
      : memoryRateLimiter(limit, TEN_MINUTES);
  holder.__backwiseLimiters.set(name, created);
  return created;
}

/** Counts one attempt from the request's client against a named limit. */
export async function hitLimit(
  name: 'booking' | 'login',
  headers: { get(name: string): string | null },
  now = new Date(),
) {
  return (await limiter(name)).hit(`${name}:${clientKey(headers, env().TRUST_PROXY)}`, now);
}
