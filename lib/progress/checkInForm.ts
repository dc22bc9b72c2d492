// Reads the check-in form. Plain checks instead of a schema library: this page's JavaScript budget is the
// React runtime plus a few kilobytes (README, Performance).
// The booking's calendar arithmetic is pure and tiny, and the one strict date parser in lib/.
import { parseDate } from '../booking/slots/calendar';
import type { CheckIn } from './types';

export interface CheckInFields {
  date: string;
  pain: string;
  enjoyment: string;
  general: string;
  sessions: Record<string, string>;
  flags: string[];
  note: string;
}
export interface FieldError {
  field: string;
  message: string;
}
export type CheckInResult = { ok: true; checkIn: CheckIn } | { ok: false; errors: FieldError[] };

export const NOTE_MAX = 500;

/**
 * The day `at` falls on in the browser's time zone, as YYYY-MM-DD. Built by hand: the first
 * toLocaleDateString call loads the browser's locale data, measured at 15 ms of main thread (60 ms on
 * Lighthouse's slowed phone) while the tracker starts.
 */
export function localDate(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

const pegMessages = {
  pain: 'Enter a number from 0 to 10 for your pain on average in the past week',
  enjoyment: 'Enter a number from 0 to 10 for how pain interfered with your enjoyment of life',
  general: 'Enter a number from 0 to 10 for how pain interfered with your general activity',
} as const;

function wholeNumber(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** A real calendar date (Date.parse takes 2026-02-30 as March 2), today or earlier. */
function validDate(value: string, today: string): boolean {
  return parseDate(value) !== undefined && value <= today;
}

export function parseCheckIn(fields: CheckInFields, today: string): CheckInResult {
  const errors: FieldError[] = [];
  if (!validDate(fields.date, today))
    errors.push({ field: 'date', message: 'Enter the date of this check-in, today or earlier' });
  const peg = { pain: 0, enjoyment: 0, general: 0 };
  for (const item of ['pain', 'enjoyment', 'general'] as const) {
    const n = wholeNumber(fields[item], 0, 10);
    if (n === null) errors.push({ field: item, message: pegMessages[item] });
    else peg[item] = n;
  }
  const sessions: Record<string, number> = {};
  for (const [activity, value] of Object.entries(fields.sessions)) {
    if (value.trim() === '') continue;
    const n = wholeNumber(value, 0, 50);
    if (n === null)
      errors.push({ field: `sessions-${activity}`, message: 'Enter the number of sessions, from 0 to 50' });
    else if (n > 0) sessions[activity] = n;
  }
  if (fields.note.length > NOTE_MAX)
    errors.push({ field: 'note', message: `Keep the note to ${NOTE_MAX} characters or fewer` });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    checkIn: { date: fields.date, ...peg, sessions, flags: [...fields.flags], note: fields.note.trim() },
  };
}
