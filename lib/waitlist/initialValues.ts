import { addDays } from '../booking/slots';
import { isCalendarDate, type BookingWindow } from '../booking/dates';
import { visitTypeSchema } from '../booking/schema';
import type { JoinFormValues } from './formState';

const inWindow = (date: string | undefined, window: BookingWindow): date is string =>
  date !== undefined && isCalendarDate(date) && date >= window.today && date <= window.lastDay;

/**
 * The form's first values from the booking page's link: the visit type and the week the reader was looking at,
 * when they are real and bookable; otherwise the coming week.
 */
export function initialJoinValues(
  query: { type?: string; from?: string; to?: string },
  window: BookingWindow,
): JoinFormValues {
  const type = visitTypeSchema.safeParse(query.type);
  const from = inWindow(query.from, window) ? query.from : window.today;
  const weekOn = addDays(from, 6) > window.lastDay ? window.lastDay : addDays(from, 6);
  const to = inWindow(query.to, window) && query.to >= from ? query.to : weekOn;
  return { type: type.success ? type.data : 'clinic', from, to, name: '', email: '', phone: '' };
}
