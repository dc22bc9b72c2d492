import { z } from 'zod';
import { visitTypes, type VisitType } from './visitTypes';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const phone = z.string().regex(/^\+?[\d\s()-]{3,20}$/, 'use digits, spaces, +, ( ) or -');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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

const openingPeriod = z
  .object({ open: time, close: time })
  .strict()
  .refine((p) => p.open < p.close, { message: 'open must be before close', path: ['close'] });

const dayHours = z.array(openingPeriod).optional();
const weeklyHours = z.object(everyWeekday(dayHours)).strict();

const visitType = z
  .object({
    label: z.string().min(1),
    description: z.string().min(1),
  })
  .strict();

export const clinicSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    address: z
      .object({
        street: z.string().min(1),
        city: z.string().min(1),
        region: z.string().min(1),
        postalCode: z.string().min(1),
        country: z.string().length(2),
      })
      .strict(),
    phone,
    email: z.email(),
    timeZone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
    emergencyNumber: phone,
    nonEmergency: z.object({ label: z.string().min(1), phone }).strict(),
    // Exhaustive over the one visit-type list: each needs its entry, and an unknown one is refused.
    visitTypes: z.record(z.enum(visitTypes), visitType),
  })
  .strict();

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
export type Clinic = z.infer<typeof clinicSchema>;
export { visitTypes, type VisitType };

function parseNamed<T>(schema: z.ZodType<T>, input: unknown, root: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${root}.${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid clinic config (lib/clinic/clinic.config.ts):\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Parses clinic facts; the error names every bad field so a typo stops start-up with a clear message. */
export function parseClinic(input: unknown): Clinic {
  return parseNamed(clinicSchema, input, 'clinic');
}

/** Parses the schedule seed, naming each bad field the same way. */
export function parseScheduleSeed(input: unknown): ScheduleSeed {
  return parseNamed(scheduleSeedSchema, input, 'scheduleSeed');
}
