import { getDbHandle } from '../db';
import { clientKey } from '../server/clientAddress';
import { env } from '../server/env';
import { databaseRateLimiter, memoryRateLimiter, type RateLimiter } from './limiter';

export type { RateDecision, RateLimiter } from './limiter';

const TEN_MINUTES = 10 * 60 * 1000;
const holder = globalThis as typeof globalThis & { __backwiseLimiters?: Map<string, RateLimiter> };

export type LimitName = 'booking' | 'login' | 'schedule';

/** Attempts per client per 10 minutes: in memory on PGlite (one process), in PostgreSQL across instances. */
export async function limiter(name: LimitName): Promise<RateLimiter> {
  holder.__backwiseLimiters ??= new Map();
  const existing = holder.__backwiseLimiters.get(name);
  if (existing) return existing;
  const handle = await getDbHandle();
  // A staff member keeping the schedule saves one form after another, so that limit is at least 60.
  const limits: Record<LimitName, number> = {
    booking: env().BOOKING_RATE_LIMIT,
    login: 10,
    schedule: Math.max(60, env().BOOKING_RATE_LIMIT),
  };
  const limit = limits[name];
  const created =
    handle.kind === 'postgres'
      ? databaseRateLimiter(handle.db, limit, TEN_MINUTES)
      : memoryRateLimiter(limit, TEN_MINUTES);
  holder.__backwiseLimiters.set(name, created);
  return created;
}

/** Counts one attempt from the request's client against a named limit. */
export async function hitLimit(
  name: LimitName,
  headers: { get(name: string): string | null },
  now = new Date(),
) {
  return (await limiter(name)).hit(`${name}:${clientKey(headers, env().TRUST_PROXY)}`, now);
}
