// The schedule page's forms, as the server action reads them: each field is a string from FormData, and every
// problem is reported against the field's own name with a message that names it.
import { z } from 'zod';
import { weekdayNames, weekdays } from '../clinic/weekdays';
import { visitTypes } from '../clinic/visitTypes';
import { controlMessage, isPlainLine } from '../text/plainText';
import { PERIODS_PER_DAY, periodField } from './names';

export { PERIODS_PER_DAY, periodField };
import type { OpeningPeriod, WeeklyHours } from './types';

export const MAX_NOTICE_MINUTES = 60 * 24 * 14;
export const MAX_HORIZON_DAYS = 365;

const TIME = /^(\d{1,2}):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (2027-02-30 is refused). */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** "8:00" and "08:00" as 08:00; undefined for anything that is not a time of day. */
export function normalTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m || Number(m[1]) > 23) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string(message)
    .trim()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

export const settingsForm = z.object({
  minNoticeMinutes: wholeNumber(
    0,
    MAX_NOTICE_MINUTES,
    `Minimum notice must be a whole number of minutes from 0 to ${MAX_NOTICE_MINUTES}`,
  ),
  horizonDays: wholeNumber(
    1,
    MAX_HORIZON_DAYS,
    `Horizon must be a whole number of days from 1 to ${MAX_HORIZON_DAYS}`,
  ),
});

export const visitTypeField = z.enum(visitTypes, 'Choose in the clinic or by video');

export const MIN_SLOT_MINUTES = 10;
export const MAX_SLOT_MINUTES = 240;
const slotMinutesField = wholeNumber(
  MIN_SLOT_MINUTES,
  MAX_SLOT_MINUTES,
  `Length of one visit must be a whole number of minutes from ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES}`,
);

const hoursShape: Record<string, z.ZodType<string>> = {};
for (const day of weekdays)
  for (let i = 0; i < PERIODS_PER_DAY; i += 1)
    for (const end of ['open', 'close'] as const)
      hoursShape[periodField(day, i, end)] = z
        .string()
        .default('')
        .refine(
          (v) => v.trim() === '' || normalTime(v) !== undefined,
          `${weekdayNames[day]}, period ${i + 1}: enter the ${end === 'open' ? 'opening' : 'closing'} time as 24-hour HH:MM, like ${end === 'open' ? '08:00' : '17:30'}`,
        );

function dayPeriods(fields: Record<string, string>, day: (typeof weekdays)[number], ctx: z.RefinementCtx) {
  const list: (OpeningPeriod & { i: number })[] = [];
  for (let i = 0; i < PERIODS_PER_DAY; i += 1) {
    const open = normalTime(fields[periodField(day, i, 'open')] ?? '');
    const close = normalTime(fields[periodField(day, i, 'close')] ?? '');
    const label = `${weekdayNames[day]}, period ${i + 1}`;
    if (!open && !close) continue;
    if (!open || !close) {
      const missing = open ? 'close' : 'open';
      ctx.addIssue({
        code: 'custom',
        path: [periodField(day, i, missing)],
        message: `${label}: enter both the opening and the closing time, or neither`,
      });
    } else if (open >= close) {
      ctx.addIssue({
        code: 'custom',
        path: [periodField(day, i, 'close')],
        message: `${label}: the closing time must be after the opening time`,
      });
    } else list.push({ open, close, i });
  }
  list.sort((a, b) => (a.open < b.open ? -1 : 1));
  for (let k = 1; k < list.length; k += 1) {
    const [before, after] = [list[k - 1]!, list[k]!];
    if (after.open < before.close)
      ctx.addIssue({
        code: 'custom',
        path: [periodField(day, after.i, 'open')],
        message: `${weekdayNames[day]}, period ${after.i + 1}: overlaps period ${before.i + 1}`,
      });
  }
  return list.map(({ open, close }) => ({ open, close }));
}

/** One visit type's weekly hours; a day with no period is closed. */
export const hoursForm = z
  .object({ type: visitTypeField, slotMinutes: slotMinutesField, ...hoursShape })
  .transform((fields, ctx) => {
    const hours: WeeklyHours = {};
    for (const day of weekdays) {
      const list = dayPeriods(fields as unknown as Record<string, string>, day, ctx);
      if (list.length) hours[day] = list;
    }
    return { type: fields.type, slotMinutes: fields.slotMinutes, hours };
  });

const reason = z
  .string('Enter a reason, like Thanksgiving or staff training')
  .trim()
  .min(1, 'Enter a reason, like Thanksgiving or staff training')
  .max(200, 'Reason must be 200 characters or fewer')
  .refine(isPlainLine, controlMessage('Reason'));

export const closureForm = z
  .object({
    from: z
      .string('Enter the first closed date, like 2027-01-30')
      .trim()
      .refine(isRealDate, 'Enter the first closed date as a real date, like 2027-01-30'),
    to: z
      .string()
      .trim()
      .default('')
      .refine(
        (v) => v === '' || isRealDate(v),
        'Enter the last closed date as a real date, like 2027-02-02, or leave it empty for one day',
      ),
    reason,
  })
  .transform((c) => ({ ...c, to: c.to || c.from }))
  .superRefine((c, ctx) => {
    if (c.to < c.from)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The last closed date must be on or after the first closed date',
      });
    else if (Date.parse(c.to) - Date.parse(c.from) > 366 * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'A closed range can be at most a year long' });
  });

/** A row's id: a real UUID, so 36 dashes never reach the database's uuid cast (a 500 before). */
export const idField = z.uuid('That item no longer exists');
export const clinicianIdField = z.string().regex(/^[a-z0-9-]{1,60}$/, 'That clinician no longer exists');

const videoUrlMessage =
  'Video-room link must be an https:// address, like https://video.example.com/room, or empty';

export const clinicianForm = z.object({
  name: z
    .string('Enter the clinician’s name')
    .trim()
    .min(1, 'Enter the clinician’s name')
    .max(100, 'Name must be 100 characters or fewer')
    .refine(isPlainLine, controlMessage('Name')),
  credentials: z
    .string()
    .trim()
    .max(60, 'Credentials must be 60 characters or fewer')
    .refine(isPlainLine, controlMessage('Credentials'))
    .default(''),
  role: z
    .string('Enter the clinician’s role, like Physical therapist')
    .trim()
    .min(1, 'Enter the clinician’s role, like Physical therapist')
    .max(100, 'Role must be 100 characters or fewer')
    .refine(isPlainLine, controlMessage('Role')),
  visitTypes: z
    .array(z.enum(visitTypes, 'Choose in the clinic or by video'))
    .min(1, 'Choose at least one visit type this clinician sees')
    .transform((list) => visitTypes.filter((t) => list.includes(t))),
  active: z.boolean(),
  videoUrl: z
    .string()
    .trim()
    .max(500, 'Video-room link must be 500 characters or fewer')
    // The URL parser drops line breaks inside a link, so it alone would let one be stored raw.
    .refine(isPlainLine, controlMessage('Video-room link'))
    .default('')
    .refine((v) => v === '' || isHttpsUrl(v), videoUrlMessage)
    .transform((v) => v || null),
});

export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export type SettingsInput = z.output<typeof settingsForm>;
export type HoursInput = z.output<typeof hoursForm>;
export type ClosureInput = z.output<typeof closureForm>;
export type ClinicianInput = z.output<typeof clinicianForm>;

/** First problem per field, as { field: message }. */
export function formErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
