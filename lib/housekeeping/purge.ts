import { and, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  bookings,
  outbox,
  rateLimitHits,
  redeemedFormStamps,
  staffSessions,
  waitlistEntries,
} from '../db/schema';

const YEAR = 365 * 24 * 60 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;
/** A waitlist entry that has ended (booked, left, or its range passed) is kept this long, then deleted. */
export const WAITLIST_RETENTION_DAYS = 30;

/**
 * The one place old data is deleted, keeping the promises of the privacy notice: bookings and finished mail go
 * 12 months on, waitlist entries 30 days after they end (their offers and mails with them), sessions when
 * expired, used form stamps once they would have expired anyway, rate-limit counts after two days (a day-long
 * sliding window still reads the day before).
 */
export async function purgeExpired(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - YEAR);
  await db.delete(outbox).where(and(lt(outbox.createdAt, cutoff), sql`${outbox.status} <> 'pending'`));
  await db.delete(bookings).where(lt(bookings.endAt, cutoff));
  await db
    .delete(waitlistEntries)
    .where(
      and(
        sql`${waitlistEntries.status} <> 'waiting'`,
        isNotNull(waitlistEntries.endedAt),
        lt(waitlistEntries.endedAt, new Date(now.getTime() - WAITLIST_RETENTION_DAYS * DAY)),
      ),
    );
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
  await db.delete(redeemedFormStamps).where(lt(redeemedFormStamps.expiresAt, now));
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now.getTime() - 2 * DAY)));
}
