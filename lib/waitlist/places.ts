import { availableSlots } from '../booking/availability';
import type { BookingDeps } from '../booking/deps';
import type { Executor } from '../db/types';
import type { VisitType } from '../booking/schema';
import { localDate } from '../booking/slots';
import { daysInRange, type FreePlace } from './plan';

/** The free places of one visit type between two clinic-local dates (inclusive), as the booking page sees them. */
export async function freePlaces(
  deps: BookingDeps,
  type: VisitType,
  from: string,
  to: string,
  /** An open transaction to read in; the database by default. */
  db: Executor = deps.db,
): Promise<FreePlace[]> {
  if (to < from) return [];
  const slots = await availableSlots(db, deps.clinic, type, from, daysInRange(from, to), deps.now);
  return slots.map((s) => ({ type, start: s.start, day: localDate(s.start, deps.clinic.timeZone) }));
}
