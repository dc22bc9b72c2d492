// The waitlist form's one schema, shared by the browser (react-hook-form) and the server action. The contact
// fields follow the booking form's rules exactly (lib/booking/schema.ts).
import * as z from 'zod/mini';
import { isCalendarDate, type BookingWindow } from '../booking/dates';
import { detailsSchema, fieldErrors, visitTypeSchema } from '../booking/schema';

const date = (message: string) => z.string(message).check(z.refine(isCalendarDate, message));

export const joinSchema = z.object({
  type: visitTypeSchema,
  from: date('Enter the first date you could come, like 2026-12-01'),
  to: date('Enter the last date you could come, like 2026-12-08'),
  name: detailsSchema.shape.name,
  email: detailsSchema.shape.email,
  phone: detailsSchema.shape.phone,
  consent: z.literal(true, 'Tick the box to agree to the privacy notice'),
});

const rangeSchema = z.object({ from: joinSchema.shape.from, to: joinSchema.shape.to });

export type JoinRequest = z.infer<typeof joinSchema>;

/** The fields in the order the form asks for them, so the error summary lists them in that order. */
export const joinFieldOrder = ['type', 'from', 'to', 'name', 'email', 'phone', 'consent'] as const;

/**
 * What is wrong with a range of real dates, per field: it must run forwards and lie inside the booking
 * window, since no time outside it can ever be offered.
 */
export function rangeErrors(from: string, to: string, window: BookingWindow): Record<string, string> {
  const errors: Record<string, string> = {};
  if (from < window.today) errors.from = 'The first date must be today or later';
  else if (from > window.lastDay)
    errors.from = `We book up to ${window.lastDay}: choose an earlier first date`;
  if (to > window.lastDay) errors.to = `We book up to ${window.lastDay}: choose that date or earlier`;
  else if (to < from) errors.to = 'The last date must be the same as or after the first date';
  return errors;
}

export type JoinCheck = { ok: true; data: JoinRequest } | { ok: false; errors: Record<string, string> };

/**
 * The whole form's check, as both the browser and the server run it: the schema, then the range rule, each
 * bad field named at once (a bad email does not hide a range past the horizon).
 */
export function checkJoin(input: Record<string, unknown>, window: BookingWindow): JoinCheck {
  const parsed = joinSchema.safeParse(input);
  const dates = rangeSchema.safeParse({ from: input.from, to: input.to });
  const range = dates.success ? rangeErrors(dates.data.from, dates.data.to, window) : {};
  const errors = { ...range, ...(parsed.success ? {} : fieldErrors(parsed.error)) };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  return { ok: false, errors };
}
