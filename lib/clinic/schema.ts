import { z } from 'zod';
import { visitTypes, type VisitType } from './visitTypes';

export { everyWeekday, weekdayNames, weekdays, type Weekday } from './weekdays';

const phone = z.string().regex(/^\+?[\d\s()-]{3,20}$/, 'use digits, spaces, +, ( ) or -');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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

export type Clinic = z.infer<typeof clinicSchema>;
export { visitTypes, type VisitType };

/** Parses against `schema`, naming each bad field under `root`, so a typo stops the build and the start. */
export function parseNamed<T>(schema: z.ZodType<T>, input: unknown, root: string): T {
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
