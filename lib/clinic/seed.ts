// The first schedule's shape and its parsed value. Server-only in practice: the booking pages read the live
// schedule from the database, so keeping this out of lib/clinic/index.ts keeps it out of every browser bundle.
import { z } from 'zod';
import { scheduleSeed as rawSeed } from './clinic.config';
import { parseNamed } from './schema';
import { everyWeekday } from './weekdays';
import { visitTypes } from './visitTypes';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

const openingPeriod = z
  .object({ open: time, close: time })
  .strict()
  .refine((p) => p.open < p.close, { message: 'open must be before close', path: ['close'] });

const dayHours = z.array(openingPeriod).optional();
const weeklyHours = z.object(everyWeekday(dayHours)).strict();

/** The first schedule, written to an empty database; the same limits the database's checks hold. */
export const scheduleSeedSchema = z
  .object({
    clinicians: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            name: z.string().min(1),
            credentials: z.string(),
            role: z.string().min(1),
            visitTypes: z.array(z.enum(visitTypes)),
            active: z.boolean().optional(),
            videoUrl: z.url({ protocol: /^https$/ }).optional(),
          })
          .strict(),
      )
      .min(1),
    hours: z.record(z.enum(visitTypes), weeklyHours),
    slotMinutes: z.record(z.enum(visitTypes), z.number().int().min(10).max(240)),
    closures: z.array(
      z
        .object({ from: isoDate, to: isoDate, reason: z.string().min(1) })
        .strict()
        .refine((c) => c.from <= c.to, { message: 'from must not be after to', path: ['to'] }),
    ),
    minNoticeMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 14),
    horizonDays: z.number().int().min(1).max(365),
  })
  .strict()
  .superRefine((seed, ctx) => {
    const ids = new Set<string>();
    seed.clinicians.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['clinicians', i, 'id'], message: `duplicate id "${c.id}"` });
      ids.add(c.id);
    });
  });

export type ScheduleSeed = z.infer<typeof scheduleSeedSchema>;

/** Parses the schedule seed, naming each bad field the same way. */
export function parseScheduleSeed(input: unknown): ScheduleSeed {
  return parseNamed(scheduleSeedSchema, input, 'scheduleSeed');
}

/** The first schedule, for an empty database only: the live one is in the database (lib/schedule). */
export const scheduleSeed: ScheduleSeed = parseScheduleSeed(rawSeed);
