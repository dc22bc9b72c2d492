// The days of the week, without zod: browser code imports this, and anything that imports lib/clinic/schema
// (full zod, for the config) would bring every zod schema type into every page's shared chunk.

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Each weekday's English name, for the booking pages and the staff's schedule pages. */
export const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** A record with the same value for each of the seven weekdays, keyed in the order of `weekdays`. */
export function everyWeekday<T>(value: T): Record<Weekday, T> {
  return Object.fromEntries(weekdays.map((day) => [day, value])) as Record<Weekday, T>;
}
