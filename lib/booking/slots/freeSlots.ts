// Which assessment slots can be booked: weekly hours in the clinic's zone, minus notice, horizon,
// closed dates and ranges, and clinicians who are already busy. Pure: the current time is a parameter.
import type { VisitType } from '../../clinic/visitTypes';
import {
  DAY_MS,
  MINUTE_MS,
  addDays,
  formatTime,
  parseDate,
  parseTime,
  weekdayOf,
  type Weekday,
} from './calendar';
import { localDate, zonedTimeToInstant } from './zone';

export interface OpeningPeriod {
  open: string;
  close: string;
}

export interface SlotRules {
  timeZone: string;
  slotMinutes: number;
  hours: Partial<Record<Weekday, OpeningPeriod[]>>;
  clinicians: string[];
  /** Closed dates and ranges, inclusive, as clinic-local YYYY-MM-DD. */
  closed: DateRange[];
  minNoticeMinutes: number;
  horizonDays: number;
}

export interface DateRange {
  from: string;
  to: string;
}

/** A clinician is unavailable over [start, end), e.g. an existing booking of any visit type. */
export interface BusyInterval {
  clinicianId: string;
  start: Date;
  end: Date;
}

export interface Slot {
  start: Date;
  end: Date;
  /** Clinicians with nothing overlapping the slot, in the order of rules.clinicians; never empty. */
  freeClinicians: string[];
}

export type VisitTypeId = VisitType;

/** The clinic facts slot generation needs (the parsed Clinic satisfies it). */
export interface ClinicSlotFacts {
  timeZone: string;
}

/** The parts of the schedule slot generation needs (lib/schedule's Schedule satisfies it). */
export interface ScheduleSlotFacts {
  /** How long one visit of each type lasts, so every slot of that type is this long. */
  slotMinutes: Record<VisitTypeId, number>;
  minNoticeMinutes: number;
  horizonDays: number;
  hours: Record<VisitTypeId, SlotRules['hours']>;
  closures: DateRange[];
  clinicians: { id: string; active: boolean; visitTypes: readonly VisitTypeId[] }[];
}

export interface FreeSlotsArgs {
  rules: SlotRules;
  /** First clinic-local date to list, YYYY-MM-DD. */
  from: string;
  /** How many consecutive dates to list from `from`. */
  days: number;
  now: Date;
  busy: BusyInterval[];
}

/** The rules for one visit type: only active clinicians who see it, in the schedule's order. */
export function slotRulesFor(
  clinic: ClinicSlotFacts,
  schedule: ScheduleSlotFacts,
  type: VisitTypeId,
): SlotRules {
  const hours: SlotRules['hours'] = {};
  for (const [day, periods] of Object.entries(schedule.hours[type] ?? {}) as [
    Weekday,
    OpeningPeriod[] | undefined,
  ][]) {
    if (periods) hours[day] = periods.map((p) => ({ open: p.open, close: p.close }));
  }
  return {
    timeZone: clinic.timeZone,
    slotMinutes: schedule.slotMinutes[type],
    hours,
    clinicians: schedule.clinicians.filter((c) => c.active && c.visitTypes.includes(type)).map((c) => c.id),
    closed: schedule.closures.map((c) => ({ from: c.from, to: c.to })),
    minNoticeMinutes: schedule.minNoticeMinutes,
    horizonDays: schedule.horizonDays,
  };
}

/** Whether a clinic-local date falls in any closed date or range. */
export function isClosedOn(closed: readonly DateRange[], date: string): boolean {
  return closed.some((c) => c.from <= date && date <= c.to);
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean =>
  aStart < bEnd && bStart < aEnd;

/** Bookable slots on `days` clinic-local dates starting at `from`, sorted by start, each with a free clinician. */
export function freeSlots({ rules, from, days, now, busy }: FreeSlotsArgs): Slot[] {
  const { timeZone, slotMinutes } = rules;
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0)
    throw new RangeError(`slotMinutes must be a positive integer`);
  if (!parseDate(from)) throw new RangeError(`from must be a YYYY-MM-DD date, got "${from}"`);
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now is an invalid Date');
  const earliest = nowMs + rules.minNoticeMinutes * MINUTE_MS; // inclusive
  const latest = nowMs + rules.horizonDays * DAY_MS; // exclusive
  if (!Number.isInteger(days) || days <= 0 || earliest >= latest) return [];

  // Only dates that can hold an allowed start; a day's margin either side covers odd zone transitions.
  const last = addDays(from, days - 1);
  const lowDate = addDays(localDate(new Date(earliest), timeZone), -1);
  const highDate = addDays(localDate(new Date(latest), timeZone), 1);
  const firstDate = from > lowDate ? from : lowDate;
  const lastDate = last < highDate ? last : highDate;

  const busyBy = new Map<string, [number, number][]>();
  for (const b of busy) {
    if (Number.isNaN(b.start.getTime()) || Number.isNaN(b.end.getTime())) {
      throw new RangeError(`busy interval for "${b.clinicianId}" has an invalid Date`);
    }
    const list = busyBy.get(b.clinicianId) ?? [];
    list.push([b.start.getTime(), b.end.getTime()]);
    busyBy.set(b.clinicianId, list);
  }
  const byStart = new Map<number, Slot>();

  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    if (isClosedOn(rules.closed, date)) continue;
    for (const period of rules.hours[weekdayOf(date)] ?? []) {
      const open = parseTime(period.open);
      const close = parseTime(period.close);
      if (open === undefined || close === undefined) {
        throw new RangeError(`bad opening period ${period.open}-${period.close}: use 24-hour HH:MM`);
      }
      for (let m = open; m + slotMinutes <= close; m += slotMinutes) {
        const start = zonedTimeToInstant(date, formatTime(m), timeZone)?.getTime();
        if (start === undefined || start < earliest || start >= latest || byStart.has(start)) continue;
        const end = start + slotMinutes * MINUTE_MS;
        const freeClinicians = rules.clinicians.filter(
          (id) => !(busyBy.get(id) ?? []).some(([bStart, bEnd]) => overlaps(start, end, bStart, bEnd)),
        );
        if (freeClinicians.length > 0)
          byStart.set(start, { start: new Date(start), end: new Date(end), freeClinicians });
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The slot starting exactly at `start` if it is bookable right now; undefined otherwise. */
export function slotIsOffered(
  args: Omit<FreeSlotsArgs, 'from' | 'days'> & { start: Date },
): Slot | undefined {
  const startMs = args.start.getTime();
  if (Number.isNaN(startMs)) return undefined;
  // A generated slot's local date is the date it was generated for (zonedTimeToInstant round-trips).
  const from = localDate(args.start, args.rules.timeZone);
  return freeSlots({ rules: args.rules, busy: args.busy, now: args.now, from, days: 1 }).find(
    (s) => s.start.getTime() === startMs,
  );
}
