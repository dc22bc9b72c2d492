// Server wiring: builds the booking dependencies from configuration. Route handlers and actions call this.
import { createHmac } from 'node:crypto';
import { clinic } from '../clinic';
import { getDbHandle } from '../db';
import { adminPassword } from '../server/adminPassword';
import { env } from '../server/env';
import { databaseRateLimiter, memoryRateLimiter, type RateLimiter } from '../server/rateLimit';
import type { BookingDeps } from './deps';
import { newManageToken } from './tokens';

const TEN_MINUTES = 10 * 60 * 1000;

function tokenSecret(): Buffer {
  return createHmac('sha256', 'backwise-manage-token-v1').update(adminPassword(env())).digest();
}

export function tokenFor(idempotencyKey?: string): string {
  if (!idempotencyKey) return newManageToken();
  return createHmac('sha256', tokenSecret()).update(idempotencyKey).digest('base64url');
}

export async function bookingDeps(now = new Date()): Promise<BookingDeps> {
  const handle = await getDbHandle();
  return { db: handle.db, clinic, now, siteUrl: env().siteUrl, tokenFor };
}

const holder = globalThis as typeof globalThis & { __backwiseLimiters?: Map<string, RateLimiter> };

/** Booking attempts per client per 10 minutes: in memory on PGlite, in PostgreSQL across instances. */
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
