// One schema per form or endpoint, shared by the browser (react-hook-form) and the server.
import { z } from 'zod';

export const visitTypeSchema = z.enum(['clinic', 'telehealth'], 'Choose in the clinic or by video');

export const detailsSchema = z.object({
  name: z.string('Enter your full name').trim().min(1, 'Enter your full name').max(100, 'Name must be 100 characters or fewer'),
  email: z
    .string('Enter an email address like name@example.com')
    .trim()
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address like name@example.com')),
  phone: z
    .string('Enter a phone number, like 312 555 0142')
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]{5,18}[0-9]$/, 'Enter a phone number, like 312 555 0142'),
  note: z.string().trim().max(1000, 'Note must be 1,000 characters or fewer').optional(),
  consent: z.literal(true, 'Tick the box to agree to the privacy notice'),
});

const slotStart = z
  .string('Choose a time')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, 'Give start exactly as /api/slots returned it, like 2026-12-01T09:00:00-06:00');

/** POST /api/bookings: unknown fields are refused so a typo is never silently dropped. */
export const apiBookingSchema = detailsSchema.extend({ type: visitTypeSchema, start: slotStart }).strict();

/** The booking form: the same details, plus the visit, the optional self-check summary and anti-spam fields. */
export const formBookingSchema = detailsSchema.extend({
  type: visitTypeSchema,
  start: slotStart,
  attachSummary: z.boolean().optional(),
  triageSummary: z.string().max(2000).optional(),
});

export const slotsQuerySchema = z
  .object({
    type: visitTypeSchema,
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
    days: z.coerce.number('days must be a whole number from 1 to 28').int('days must be a whole number from 1 to 28').min(1, 'days must be a whole number from 1 to 28').max(28, 'days must be a whole number from 1 to 28'),
  })
  .strict();

export type Details = z.infer<typeof detailsSchema>;
export type ApiBookingRequest = z.infer<typeof apiBookingSchema>;
export type FormBooking = z.infer<typeof formBookingSchema>;
export type VisitType = z.infer<typeof visitTypeSchema>;

/** First problem per field, as { field: message }, for forms and 422 bodies. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '(body)') : String(issue.path[0] ?? '(body)');
    out[field] ??= issue.code === 'unrecognized_keys' ? `Unknown field "${field}"` : issue.message;
  }
  return out;
}
