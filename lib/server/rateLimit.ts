import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimitHits } from '../db/schema';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets. */
  retryAfter: number;
}

export interface RateLimiter {
  hit(bucket: string, now: Date): Promise<RateDecision>;
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

function decide(count: number, limit: number, start: Date, windowMs: number, now: Date): RateDecision {
  return {
    allowed: count <= limit,
    retryAfter: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)),
  };
}

/** For the embedded database: one process, so memory is the shared state. */
export function memoryRateLimiter(limit: number, windowMs: number): RateLimiter {
  const counts = new Map<string, { start: number; count: number }>();
  return {
    async hit(bucket, now) {
      const start = windowStart(now, windowMs);
      const entry = counts.get(bucket);
      const current = entry && entry.start === start.getTime() ? entry : { start: start.getTime(), count: 0 };
      current.count += 1;
      counts.set(bucket, current);
      if (counts.size > 10_000) {
        for (const [key, value] of counts) if (value.start < start.getTime()) counts.delete(key);
      }
      return decide(current.count, limit, start, windowMs, now);
    },
  };
}

/** For PostgreSQL: one atomic upsert per hit, so every app instance shares the count. */
export function databaseRateLimiter(db: Db, limit: number, windowMs: number): RateLimiter {
  return {
    async hit(bucket, now) {
      const start = windowStart(now, windowMs);
      const [row] = await db
        .insert(rateLimitHits)
        .values({ bucket, windowStart: start, count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitHits.bucket, rateLimitHits.windowStart],
          set: { count: sql`${rateLimitHits.count} + 1` },
        })
        .returning({ count: rateLimitHits.count });
      return decide(row?.count ?? 1, limit, start, windowMs, now);
    },
  };
}

/** The client's address as the proxy in front of us reports it; a fixed key when there is none. */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'direct';
}
