import { getDbHandle } from '../db';
import { clientKey } from '../server/clientAddress';
import { env } from '../server/env';
import { addressKey } from './address';
import { databaseRateLimiter, memoryRateLimiter, type RateLimiter } from './limiter';

export type { RateDecision, RateLimiter } from './limiter';
export { addressKey } from './address';

// The sliding window with a limit of 1 lets the next try in one to two windows after the last one counted, so
// a 5-second window keeps the login page's "wait 10 seconds" true.
const FIVE_SECONDS = 5 * 1000;
const TEN_MINUTES = 10 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;
const holder = globalThis as typeof globalThis & { __backwiseLimiters?: Map<string, RateLimiter> };

/**
 * booking: new bookings, waitlist joins and offers per client. login: failed staff logins per client (a right
 * password never counts); loginRetry: once a client is over that, one more try per 10 s, so staff behind the
 * same address as an attacker get in after a short wait. schedule: staff saves. change: moves and cancels per
 * client; changeToken: per manage link per day.
 */
export type LimitName = 'booking' | 'login' | 'loginRetry' | 'schedule' | 'change' | 'changeToken';

export function limitRule(name: LimitName): { limit: number; windowMs: number } {
  const e = env();
  switch (name) {
    case 'booking':
    case 'change':
      return { limit: e.BOOKING_RATE_LIMIT, windowMs: TEN_MINUTES };
    case 'login':
      return { limit: 10, windowMs: TEN_MINUTES };
    case 'loginRetry':
      return { limit: 1, windowMs: FIVE_SECONDS };
    // A staff member keeping the schedule saves one form after another, so that limit is at least 60.
    case 'schedule':
      return { limit: Math.max(60, e.BOOKING_RATE_LIMIT), windowMs: TEN_MINUTES };
    case 'changeToken':
      return { limit: e.CHANGE_DAILY_LIMIT, windowMs: DAY };
  }
}

/** Sliding-window limits: in memory on PGlite (one process), in PostgreSQL across instances. */
export async function limiter(name: LimitName): Promise<RateLimiter> {
  holder.__backwiseLimiters ??= new Map();
  const existing = holder.__backwiseLimiters.get(name);
  if (existing) return existing;
  const handle = await getDbHandle();
  const { limit, windowMs } = limitRule(name);
  const created =
    handle.kind === 'postgres'
      ? databaseRateLimiter(handle.db, limit, windowMs)
      : memoryRateLimiter(limit, windowMs);
  holder.__backwiseLimiters.set(name, created);
  return created;
}

interface HeaderSource {
  get(name: string): string | null;
}

/** The key a request's client is counted under: its address, IPv6 per /64. */
export function requestKey(headers: HeaderSource): string {
  return addressKey(clientKey(headers, env().TRUST_PROXY));
}

/** Counts one attempt from the request's client against a named limit. */
export async function hitLimit(name: LimitName, headers: HeaderSource, now = new Date()) {
  return (await limiter(name)).hit(`${name}:${requestKey(headers)}`, now);
}

/** Counts one attempt under a key the caller gives (never raw personal data or secrets: hash them). */
export async function hitKeyLimit(name: LimitName, key: string, now = new Date()) {
  return (await limiter(name)).hit(`${name}:${key}`, now);
}

/** Whether one more attempt under this key would be allowed, without counting it. */
export async function peekKeyLimit(name: LimitName, key: string, now = new Date()) {
  return (await limiter(name)).peek(`${name}:${key}`, now);
}
