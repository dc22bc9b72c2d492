import type { Clinic } from '../clinic/schema';
import type { Executor } from '../db/types';
import { loadSchedule, type Schedule } from '../schedule';
import { busyIntervals } from './queries';
import type { VisitType } from './schema';
import { addDays, freeSlots, slotRulesFor, toOffsetIso, zonedTimeToInstant, type Slot } from './slots';

export interface SlotView {
  start: string;
  end: string;
}

/**
 * Free slots for a visit type over [from, from + days) in the clinic's zone: the schedule and the bookings are
 * both read from the database on each call, so a schedule change shows in the next request on every instance.
 * A caller that has already read the schedule for this request passes it in.
 */
export async function availableSlots(
  db: Executor,
  clinic: Clinic,
  type: VisitType,
  from: string,
  days: number,
  now: Date,
  schedule?: Schedule,
): Promise<Slot[]> {
  const rules = slotRulesFor(clinic, schedule ?? (await loadSchedule(db)), type);
  const rangeStart = zonedTimeToInstant(from, '00:00', clinic.timeZone) ?? new Date(`${from}T00:00:00Z`);
  const rangeEnd =
    zonedTimeToInstant(addDays(from, days + 1), '00:00', clinic.timeZone) ??
    new Date(rangeStart.getTime() + (days + 1) * 86_400_000);
  const busy = await busyIntervals(db, new Date(rangeStart.getTime() - 86_400_000), rangeEnd);
  return freeSlots({ rules, from, days, now, busy });
}

export function slotView(slot: Slot, timeZone: string): SlotView {
  return { start: toOffsetIso(slot.start, timeZone), end: toOffsetIso(slot.end, timeZone) };
}
