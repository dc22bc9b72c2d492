import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimitHits } from '../db/schema';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until one more attempt would be allowed. */
  retryAfter: number;
}

export interface RateLimiter {
  /** Counts one attempt (refused ones too, so hammering keeps a client out) and decides on it. */
  hit(bucket: string, now: Date): Promise<RateDecision>;
  /** Decides whether one more attempt would be allowed, without counting it. */
  peek(bucket: string, now: Date): Promise<RateDecision>;
}

/** A window's start and the two counts a sliding window reads: the window before and this one. */
interface Counts {
  previous: number;
  current: number;
}

function windowStart(now: Date, windowMs: number): number {
  return Math.floor(now.getTime() / windowMs) * windowMs;
}

/**
 * Sliding window (the usual two-window estimate): the previous window's count weighs what is left of it in
 * the last `windowMs`, so a client cannot send `limit` at the end of one window and `limit` again at the start
 * of the next. `extra` is the attempt being decided (1 for peek, 0 for a hit already counted).
 */
export function slidingDecision(
  counts: Counts,
  limit: number,
  windowMs: number,
  now: Date,
  extra: number,
): RateDecision {
  const start = windowStart(now, windowMs);
  const elapsed = (now.getTime() - start) / windowMs;
  const used = counts.previous * (1 - elapsed) + counts.current + extra;
  if (used <= limit) return { allowed: true, retryAfter: 0 };
  // When, with no more attempts, one more fits: first the previous window fades, then the current one.
  const fitsAt =
    counts.current + 1 <= limit && counts.previous > 0
      ? start + windowMs * (1 - (limit - counts.current - 1) / counts.previous)
      : start + windowMs + windowMs * (1 - (limit - 1) / Math.max(counts.current, 1));
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((fitsAt - now.getTime()) / 1000)) };
}

interface Entry {
  start: number;
  current: number;
  previous: number;
}

/** The counts an entry gives in the window starting at `start`: nothing once it is two windows old. */
function countsAt(entry: Entry | undefined, start: number, windowMs: number): Counts {
  if (!entry || entry.start < start - windowMs) return { previous: 0, current: 0 };
  if (entry.start === start) return { previous: entry.previous, current: entry.current };
  return { previous: entry.current, current: 0 };
}

/** Where new clients are counted together while the table is full of active ones (see memoryRateLimiter). */
export const OVERFLOW_BUCKET = '\u0000overflow';

/**
 * For the embedded database: one process, so memory is the shared state. At most `maxKeys` buckets are held,
 * whatever clients send. At the bound, idle buckets (nothing in the last window) are dropped, since they no
 * longer count; an active bucket is never dropped, so no client can wipe another's count by sending many new
 * keys. If every bucket is active, a new key is counted in one shared overflow bucket until room frees up:
 * new clients may then be limited sooner (fail closed), but nobody already counted is forgotten.
 */
export function memoryRateLimiter(
  limit: number,
  windowMs: number,
  maxKeys = 10_000,
): RateLimiter & { readonly size: number } {
  const entries = new Map<string, Entry>();
  let sweptAt = -Infinity;

  function sweep(now: Date) {
    // At most once per second: with every key active, a flood of new keys must not cost a full scan each.
    if (now.getTime() - sweptAt < 1000) return;
    sweptAt = now.getTime();
    const start = windowStart(now, windowMs);
    for (const [key, entry] of entries) if (entry.start < start - windowMs) entries.delete(key);
  }

  function slot(bucket: string, now: Date): string {
    if (entries.has(bucket) || entries.size < maxKeys) return bucket;
    sweep(now);
    return entries.size < maxKeys ? bucket : OVERFLOW_BUCKET;
  }

  return {
    async hit(bucket, now) {
      const start = windowStart(now, windowMs);
      const key = slot(bucket, now);
      const counts = countsAt(entries.get(key), start, windowMs);
      const entry = { start, previous: counts.previous, current: counts.current + 1 };
      entries.set(key, entry);
      return slidingDecision(entry, limit, windowMs, now, 0);
    },
    async peek(bucket, now) {
      const start = windowStart(now, windowMs);
      const key = entries.has(bucket) || entries.size < maxKeys ? bucket : OVERFLOW_BUCKET;
      return slidingDecision(countsAt(entries.get(key), start, windowMs), limit, windowMs, now, 1);
    },
    get size() {
      return entries.size;
    },
  };
}

async function windowCounts(db: Db, bucket: string, start: number, windowMs: number): Promise<Counts> {
  const rows = await db
    .select({ windowStart: rateLimitHits.windowStart, count: rateLimitHits.count })
    .from(rateLimitHits)
    .where(
      and(
        eq(rateLimitHits.bucket, bucket),
        inArray(rateLimitHits.windowStart, [new Date(start - windowMs), new Date(start)]),
      ),
    );
  const countAt = (at: number) => rows.find((r) => r.windowStart.getTime() === at)?.count ?? 0;
  return { previous: countAt(start - windowMs), current: countAt(start) };
}

/**
 * For PostgreSQL: one atomic upsert per hit, so every app instance shares the count (housekeeping deletes
 * windows older than two days, so windows up to a day long slide correctly).
 */
export function databaseRateLimiter(db: Db, limit: number, windowMs: number): RateLimiter {
  return {
    async hit(bucket, now) {
      const key = bucket.slice(0, 200);
      const start = windowStart(now, windowMs);
      const [row] = await db
        .insert(rateLimitHits)
        .values({ bucket: key, windowStart: new Date(start), count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitHits.bucket, rateLimitHits.windowStart],
          set: { count: sql`${rateLimitHits.count} + 1` },
        })
        .returning({ count: rateLimitHits.count });
      const { previous } = await windowCounts(db, key, start, windowMs);
      return slidingDecision({ previous, current: row?.count ?? 1 }, limit, windowMs, now, 0);
    },
    async peek(bucket, now) {
      const start = windowStart(now, windowMs);
      return slidingDecision(
        await windowCounts(db, bucket.slice(0, 200), start, windowMs),
        limit,
        windowMs,
        now,
        1,
      );
    },
  };
}
