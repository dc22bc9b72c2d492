import { and, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bookings, outbox, rateLimitHits, staffSessions } from '../db/schema';

const YEAR = 365 * 24 * 60 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The one place old data is deleted, keeping the promises of the privacy notice: bookings and finished mail go
 * 12 months on, sessions when expired, rate-limit counts after a day.
 */
export async function purgeExpired(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - YEAR);
  await db.delete(outbox).where(and(lt(outbox.createdAt, cutoff), sql`${outbox.status} <> 'pending'`));
  await db.delete(bookings).where(lt(bookings.endAt, cutoff));
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now.getTime() - DAY)));
}
