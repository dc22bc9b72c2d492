import * as z from 'zod/mini';
import { controlMessage, isPlainText } from '../text/plainText';
import { SUMMARY_MAX } from '../triage/summary';
import { detailsSchema, formVisitShape } from './schema';

/**
 * The booking form as the server action reads it: the shared details, the visit, and the optional self-check
 * summary. Kept apart from schema.ts so the browser's bundle does not pull in the self-check.
 */
export const formBookingSchema = z.object({
  ...detailsSchema.shape,
  ...formVisitShape,
  attachSummary: z.optional(z.boolean()),
  triageSummary: z.optional(
    z
      .string()
      .check(z.maxLength(SUMMARY_MAX), z.refine(isPlainText, controlMessage('Self-check summary', true))),
  ),
  // Filled in the browser from the recovery tracker, only when the reader ticks its box.
  progressSummary: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(SUMMARY_MAX),
        z.refine(isPlainText, controlMessage('Recovery tracker summary', true)),
      ),
  ),
});

export type FormBooking = z.infer<typeof formBookingSchema>;
