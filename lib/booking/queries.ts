import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
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

export async function bookingsBetween(db: Executor, from: Date, to: Date): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(and(sql`${bookings.startAt} >= ${from.toISOString()}`, lt(bookings.startAt, to)))
    .orderBy(asc(bookings.startAt), asc(bookings.clinicianId));
}

// The lock lives in lib/db so lib/schedule's saves take the same one.
export { lockSchedule } from '../db/lock';
