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

/**
 * For the embedded database: one process, so memory is the shared state. At most `maxKeys` buckets are held,
 * whatever clients send: when full, stale windows go first, then the oldest buckets (a Map keeps insertion
 * order), so memory stays bounded.
 */
export function memoryRateLimiter(
  limit: number,
  windowMs: number,
  maxKeys = 10_000,
): RateLimiter & { readonly size: number } {
  const counts = new Map<string, { start: number; count: number }>();
  return {
    async hit(bucket, now) {
      const start = windowStart(now, windowMs);
      const entry = counts.get(bucket);
      const current = entry && entry.start === start.getTime() ? entry : { start: start.getTime(), count: 0 };
      current.count += 1;
      counts.delete(bucket);
      counts.set(bucket, current);
      if (counts.size > maxKeys) {
        for (const [key, value] of counts) if (value.start < start.getTime()) counts.delete(key);
        for (const key of counts.keys()) {
          if (counts.size <= maxKeys) break;
          counts.delete(key);
        }
      }
      return decide(current.count, limit, start, windowMs, now);
    },
    get size() {
      return counts.size;
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
        .values({ bucket: bucket.slice(0, 200), windowStart: start, count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitHits.bucket, rateLimitHits.windowStart],
          set: { count: sql`${rateLimitHits.count} + 1` },
        })
        .returning({ count: rateLimitHits.count });
      return decide(row?.count ?? 1, limit, start, windowMs, now);
    },
  };
}
