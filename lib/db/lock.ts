import { sql } from 'drizzle-orm';
import type { Tx } from './types';

/**
 * Serialises every change to bookings and to the schedule: availability is read and the row written under one
 * lock, so two requests can never both see the last place as free, and a schedule save never races a booking.
 * The unique index on bookings stays as the last guard.
 */
export async function lockSchedule(tx: Tx): Promise<void> {
  // A stuck transaction must not hold every other booking: waiting longer than this fails as 'busy'.
  await tx.execute(sql`set local lock_timeout = '5s'`);
  await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
}
