// Calendar arithmetic on plain dates and wall-clock times. No time zones here.

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Milliseconds for a wall-clock reading taken as if it were UTC (years 0-99 are not shifted to 19xx). */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** Parses a real calendar date in strict YYYY-MM-DD form; undefined otherwise (2026-02-30 included). */
export function parseDate(text: string): CalendarDate | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function requireDate(text: string): CalendarDate {
  const date = parseDate(text);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: "${text}"`);
  return date;
}

/** Minutes after midnight for a strict 24-hour HH:MM; undefined otherwise. */
export function parseTime(text: string): number | undefined {
  const m = TIME_RE.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function formatTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function formatDate(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} is outside 0000-9999`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Calendar arithmetic on YYYY-MM-DD: addDays('2026-12-31', 1) === '2027-01-01'. Throws on a malformed date. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const { year, month, day } = requireDate(date);
  return formatDate(utcMs(year, month, day + days));
}

export function weekdayOf(date: string): Weekday {
  const { year, month, day } = requireDate(date);
  return WEEKDAYS_FROM_SUNDAY[new Date(utcMs(year, month, day)).getUTCDay()] as Weekday;
}
