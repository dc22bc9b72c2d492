// Whether a booking made earlier still fits the schedule as it is now. Pure: the schedule is passed in.
import type { VisitType } from '../clinic/visitTypes';
import type { Schedule } from '../schedule/types';
import { formatTime, isClosedOn, localDate, parseTime, weekdayOf, zonedTimeToInstant } from './slots';

export interface BookedVisit {
  type: VisitType;
  start: Date;
  end: Date;
  clinicianId: string;
}

export type OutsideReason = 'closed' | 'hours' | 'clinician-inactive' | 'clinician-type' | 'clinician-gone';

export const outsideReasonText: Record<OutsideReason, string> = {
  closed: 'the clinic is now closed that day',
  hours: 'the time is now outside the opening hours',
  'clinician-inactive': 'the clinician is no longer active',
  'clinician-type': 'the clinician no longer sees this visit type',
  'clinician-gone': 'the clinician is no longer on the schedule',
};

/**
 * The instant a wall-clock time starts on a date; a time skipped by a daylight-saving jump starts when the
 * clock has jumped past it (the first existing minute after it).
 */
function wallInstant(date: string, time: string, timeZone: string): number | undefined {
  const minutes = parseTime(time);
  if (minutes === undefined) return undefined;
  for (let m = minutes; m <= minutes + 180 && m < 24 * 60; m += 1) {
    const at = zonedTimeToInstant(date, formatTime(m), timeZone);
    if (at) return at.getTime();
  }
  return undefined;
}

/** A close of 24:00 is not a time; the last period of a day ends at most at the next midnight. */
function fitsHours(b: BookedVisit, schedule: Schedule, timeZone: string): boolean {
  const date = localDate(b.start, timeZone);
  const periods = schedule.hours[b.type][weekdayOf(date)] ?? [];
  return periods.some((p) => {
    const open = wallInstant(date, p.open, timeZone);
    const close = wallInstant(date, p.close, timeZone);
    return open !== undefined && close !== undefined && open <= b.start.getTime() && b.end.getTime() <= close;
  });
}

/**
 * Why the schedule would no longer offer this booking to its clinician, or undefined when it still fits.
 * Notice and horizon are left out on purpose: they limit new bookings, not ones already made.
 */
export function outsideSchedule(
  b: BookedVisit,
  schedule: Schedule,
  timeZone: string,
): OutsideReason | undefined {
  const who = schedule.clinicians.find((c) => c.id === b.clinicianId);
  if (!who) return 'clinician-gone';
  if (!who.active) return 'clinician-inactive';
  if (!who.visitTypes.includes(b.type)) return 'clinician-type';
  if (isClosedOn(schedule.closures, localDate(b.start, timeZone))) return 'closed';
  if (!fitsHours(b, schedule, timeZone)) return 'hours';
  return undefined;
}
