import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { bookings, type BookingRow } from '../db/schema';
import type { Executor, Tx } from '../db/types';
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

/**
 * Serialises every change to the schedule: availability is read and the row written under one lock, so two
 * requests can never both see the last place as free. The unique index stays as the last guard.
 */
export async function lockSchedule(tx: Tx): Promise<void> {
  // A stuck transaction must not hold every other booking: waiting longer than this fails as 'busy'.
  await tx.execute(sql`set local lock_timeout = '5s'`);
  await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
}
