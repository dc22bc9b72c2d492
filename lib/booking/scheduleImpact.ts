// Bookings a schedule change left outside the schedule: staff see them on /admin/schedule until they cancel
// each one (the reader is mailed) or keep it. A change never drops one silently.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Clinic } from '../clinic/schema';
import type { Db } from '../db/client';
import { lockSchedule } from '../db/lock';
import { bookings, type BookingRow } from '../db/schema';
import type { Executor } from '../db/types';
import { loadSchedule, recordChange, type ChangeBy, type Schedule } from '../schedule';
import { clinicianName } from '../schedule/clinicianName';
import { outsideSchedule, type OutsideReason } from './scheduleFit';
import { describeWhen } from './visit';

export interface AffectedBooking {
  row: BookingRow;
  reason: OutsideReason;
}

/** Confirmed future bookings the schedule would no longer offer, that staff have not chosen to keep. */
export async function bookingsOutsideSchedule(
  db: Executor,
  clinic: Clinic,
  now: Date,
  schedule?: Schedule,
): Promise<AffectedBooking[]> {
  const current = schedule ?? (await loadSchedule(db));
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.status, 'confirmed'),
        gt(bookings.startAt, now),
        isNull(bookings.keptOutsideScheduleAt),
      ),
    )
    .orderBy(asc(bookings.startAt), asc(bookings.clinicianId));
  return rows.flatMap((row) => {
    const reason = outsideSchedule(
      { type: row.type, start: row.startAt, end: row.endAt, clinicianId: row.clinicianId },
      current,
      clinic.timeZone,
    );
    return reason ? [{ row, reason }] : [];
  });
}

/** Staff keep a booking the schedule no longer covers; false when it is no longer a confirmed booking. */
export async function keepOutsideSchedule(
  db: Db,
  clinic: Clinic,
  by: ChangeBy,
  id: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchedule(tx);
    const [row] = await tx
      .update(bookings)
      .set({ keptOutsideScheduleAt: by.now })
      .where(and(eq(bookings.id, id), eq(bookings.status, 'confirmed')))
      .returning();
    if (!row) return false;
    const schedule = await loadSchedule(tx);
    await recordChange(
      tx,
      by,
      `Kept the booking of ${describeWhen(clinic, row.startAt)} with ${clinicianName(schedule.clinicians, row.clinicianId)}, outside the schedule`,
      { bookingId: row.id },
    );
    return true;
  });
}
