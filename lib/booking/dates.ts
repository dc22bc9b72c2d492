// The one validated date type for everything that comes from outside: query strings, JSON bodies and forms.
// A value is a real calendar date (or an exact offset time), inside the window we book in; anything else is
// refused at the boundary, so nothing behind it ever sees year 9999 or February 30th.
import * as z from 'zod/mini';
import { addDays, localDate, parseDate, parseOffsetIso } from './slots';

export const calendarDateMessage = 'use a real date like 2026-12-01 (YYYY-MM-DD)';

export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/** A real calendar date in YYYY-MM-DD form. */
export const calendarDate = z
  .string(calendarDateMessage)
  .check(z.refine(isCalendarDate, calendarDateMessage));

export const offsetTimeMessage =
  'Give start exactly as /api/slots returned it, like 2026-12-01T09:00:00-06:00';

/** An exact time with its offset, as /api/slots returns it, that is a real calendar date and time. */
export const offsetTime = z
  .string('Choose a time')
  .check(z.refine((text) => parseOffsetIso(text) !== undefined, offsetTimeMessage));

/** The clinic-local days we book in: today to today + horizon. */
export interface BookingWindow {
  today: string;
  lastDay: string;
}

export function bookingWindow(clinic: { timeZone: string; horizonDays: number }, now: Date): BookingWindow {
  const today = localDate(now, clinic.timeZone);
  return { today, lastDay: addDays(today, clinic.horizonDays) };
}

/** Why a first day for /api/slots is refused, or undefined when it is inside the window. */
export function fromOutsideWindow(from: string, window: BookingWindow): string | undefined {
  if (from > window.lastDay) return `from must be no later than ${window.lastDay}: we book up to then`;
  // A week that starts before today still shows (its past days are empty), but not one from long ago.
  if (from < addDays(window.today, -7)) return `from must be no earlier than ${addDays(window.today, -7)}`;
  return undefined;
}

/** Why a start time is refused before any booking logic runs, or undefined when it is inside the window. */
export function startOutsideWindow(start: Date, timeZone: string, window: BookingWindow): string | undefined {
  const day = localDate(start, timeZone);
  if (day < window.today) return 'start is in the past: choose a time from /api/slots';
  if (day > window.lastDay) return `start is too far ahead: we book up to ${window.lastDay}`;
  return undefined;
}

export interface WeekView {
  from: string;
  /** Set when the requested week could not be shown as asked. */
  notice?: string;
}

/**
 * The first day of a week of times for the booking and manage pages: the requested date when it is real and
 * in the window, otherwise the nearest sensible week, with a friendly notice.
 */
export function weekView(requested: string | undefined, window: BookingWindow): WeekView {
  if (requested === undefined || requested === '') return { from: window.today };
  if (!isCalendarDate(requested))
    return { from: window.today, notice: 'That date does not exist, so we show times from today.' };
  if (requested < window.today)
    return { from: window.today, notice: 'That date has passed, so we show times from today.' };
  const latest = addDays(window.lastDay, -6) < window.today ? window.today : addDays(window.lastDay, -6);
  if (requested > latest)
    return { from: latest, notice: `We book up to ${window.lastDay}, so we show the last week we can book.` };
  return { from: requested };
}
