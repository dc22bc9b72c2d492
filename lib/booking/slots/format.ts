// Human labels for slots, in English, built by hand so server and browser render identical text
// (ICU versions differ on the space before AM/PM).
import { weekdayNames } from '../../clinic/weekdays';
import { parseDate, weekdayOf } from './calendar';
import { localParts } from './zone';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "9:00 AM", "12:30 PM" — the wall-clock time of `instant` in `timeZone`. */
export function formatSlotTime(instant: Date, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * "Tuesday, December 1" for a clinic-local YYYY-MM-DD. A calendar date names the same day in every
 * zone, so `timeZone` is accepted for call-site symmetry and only checked to be a real zone.
 */
export function formatSlotDay(date: string, timeZone?: string): string {
  const parsed = parseDate(date);
  if (!parsed) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  if (timeZone !== undefined) new Intl.DateTimeFormat('en-US', { timeZone }); // throws RangeError if unknown
  return `${weekdayNames[weekdayOf(date)]}, ${MONTH_NAMES[parsed.month - 1]} ${parsed.day}`;
}
