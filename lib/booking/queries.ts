import { and, asc, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { bookings, type BookingRow } from '../db/schema';
import type { Executor } from '../db/types';
import type { BusyInterval } from './slots';

export async function busyIntervals(db: Executor, from: Date, to: Date): Promise<BusyInterval[]> {
  const rows = await db
    .select({ clinicianId: bookings.clinicianId, start: bookings.startAt, end: bookings.endAt })
    .from(bookings)
    .where(and(eq(bookings.status, 'confirmed'), lt(bookings.startAt, to), gt(bookings.endAt, from)));
  return rows;
}

export async function findByTokenHash(db: Executor, tokenHash: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.manageTokenHash, tokenHash)).limit(1);
  return row;
}

export async function findByIdempotencyKey(db: Executor, key: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.idempotencyKey, key)).limit(1);
  return row;
}

const startsBetween = (from: Date, to: Date) =>
  and(sql`${bookings.startAt} >= ${from.toISOString()}`, lt(bookings.startAt, to));

export async function countBookingsBetween(db: Executor, from: Date, to: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(bookings).where(startsBetween(from, to));
  return row?.n ?? 0;
}

/** One page of the staff list; the past view reads newest first, so its first page is the latest visits. */
export async function bookingsPage(
  db: Executor,
  from: Date,
  to: Date,
  page: { offset: number; limit: number; newestFirst: boolean },
): Promise<BookingRow[]> {
  const order = page.newestFirst
    ? [desc(bookings.startAt), desc(bookings.id)]
    : [asc(bookings.startAt), asc(bookings.id)];
  return db
    .select()
    .from(bookings)
    .where(startsBetween(from, to))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
}

export interface BookingKey {
  startAt: Date;
  id: string;
}

/** The next `limit` bookings after `after` by (start, id): keyset reads for the export, steady however deep. */
export async function bookingsAfter(
  db: Executor,
  from: Date,
  to: Date,
  after: BookingKey | undefined,
  limit: number,
): Promise<BookingRow[]> {
  const past = after
    ? or(
        gt(bookings.startAt, after.startAt),
        and(eq(bookings.startAt, after.startAt), gt(bookings.id, after.id)),
      )
    : undefined;
  return db
    .select()
    .from(bookings)
    .where(and(startsBetween(from, to), past))
    .orderBy(asc(bookings.startAt), asc(bookings.id))
    .limit(limit);
}

// The lock lives in lib/db so lib/schedule's saves take the same one.
export { lockSchedule } from '../db/lock';
