// Pure helpers to show the schedule in words: history summaries and staff pages.
import { weekdayNames, weekdays, type Weekday } from '../clinic/weekdays';
import type { OpeningPeriod, WeeklyHours } from './types';

/** Periods each weekday offers on the hours form (a form without JavaScript cannot add rows). */
export const PERIODS_PER_DAY = 3;

/** The hours form's field for one end of one period, like mon-0-open. */
export const periodField = (day: Weekday, i: number, end: 'open' | 'close') => `${day}-${i}-${end}`;

const periods = (list: OpeningPeriod[]) => list.map((p) => `${p.open}-${p.close}`).join(', ');

/** "Mon 08:00-12:30, 13:30-18:00; Tue closed; ..." for the change history. */
export function describeHours(hours: WeeklyHours): string {
  return weekdays
    .map((day) => {
      const list = hours[day] ?? [];
      return `${weekdayNames[day].slice(0, 3)} ${list.length ? periods(list) : 'closed'}`;
    })
    .join('; ');
}

/** "2027-01-30 to 2027-02-02" or one date. */
export function describeRange(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** A clinician id from their name: lower-case words joined by dashes, unique among `taken`. */
export function clinicianIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'clinician';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
