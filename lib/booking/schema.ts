// One schema per form or endpoint, shared by the browser (react-hook-form) and the server. zod/mini keeps the
// booking page's JavaScript small; the rules are the same as full zod.
import * as z from 'zod/mini';
import { visitTypes } from '../clinic/visitTypes';
import { controlMessage, isPlainLine, isPlainText } from '../text/plainText';
import { calendarDate, offsetTime } from './dates';

export const visitTypeSchema = z.enum(visitTypes, 'Choose in the clinic or by video');

const trimmed = (required: string) => z.string(required).check(z.trim());

export const detailsSchema = z.object({
  name: trimmed('Enter your full name').check(
    z.minLength(1, 'Enter your full name'),
    z.maxLength(100, 'Name must be 100 characters or fewer'),
    z.refine(isPlainLine, controlMessage('Name')),
  ),
  email: z.pipe(
    trimmed('Enter an email address like name@example.com').check(
      z.maxLength(254, 'Email address must be 254 characters or fewer'),
    ),
    z.email('Enter an email address like name@example.com'),
  ),
  phone: trimmed('Enter a phone number, like 312 555 0142').check(
    z.regex(/^\+?[0-9][0-9 ().-]{5,18}[0-9]$/, 'Enter a phone number, like 312 555 0142'),
  ),
  // A note may run over several lines (tabs and line breaks kept); mails indent them (lib/text/plainText).
  note: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(1000, 'Note must be 1,000 characters or fewer'),
        z.refine(isPlainText, controlMessage('Note', true)),
      ),
  ),
  consent: z.literal(true, 'Tick the box to agree to the privacy notice'),
});

const slotStart = offsetTime;

/** POST /api/bookings: unknown fields are refused so a typo is never silently dropped. */
export const apiBookingSchema = z.strictObject({
  ...detailsSchema.shape,
  type: visitTypeSchema,
  start: slotStart,
});

/** The booking form's visit and time, shared with the server's form schema (formSchema.ts). */
export const formVisitShape = { type: visitTypeSchema, start: slotStart };

const daysMessage = 'days must be a whole number from 1 to 28';
export const slotsQuerySchema = z.strictObject({
  type: visitTypeSchema,
  from: calendarDate,
  days: z.coerce
    .number(daysMessage)
    .check(z.refine(Number.isInteger, daysMessage), z.gte(1, daysMessage), z.lte(28, daysMessage)),
});

export type Details = z.infer<typeof detailsSchema>;
export type ApiBookingRequest = z.infer<typeof apiBookingSchema>;
export type VisitType = z.infer<typeof visitTypeSchema>;

/** First problem per field, as { field: message }, for forms and 422 bodies. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field =
      issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '(body)') : String(issue.path[0] ?? '(body)');
    out[field] ??= issue.code === 'unrecognized_keys' ? `Unknown field "${field}"` : issue.message;
  }
  return out;
}
