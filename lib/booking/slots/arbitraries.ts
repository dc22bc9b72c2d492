// fast-check arbitraries shared by the property tests (test-only; not exported from index.ts).
import fc from 'fast-check';
import { everyWeekday } from '../../clinic/weekdays';
import { addDays, localDate, type BusyInterval, type SlotRules } from './index';

export const ZONES = [
  'America/Chicago',
  'Europe/London',
  'Australia/Lord_Howe', // 30-minute DST shift
  'America/Santiago', // DST changes at midnight
  'America/St_Johns', // -03:30 / -02:30
  'Asia/Kolkata',
  'Pacific/Auckland',
  'UTC',
] as const;
const CLINICIANS = ['ana', 'ben', 'cai'];
export const MINUTE = 60_000;

export const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const period = fc
  .record({ open: fc.integer({ min: 0, max: 23 * 4 }), length: fc.integer({ min: 1, max: 40 }) })
  .map(({ open, length }) => ({
    open: hhmm(open * 15),
    close: hhmm(Math.min(open * 15 + length * 15, 23 * 60 + 59)),
  }));
const dayHours = fc.option(fc.array(period, { maxLength: 2 }), { nil: undefined });

const rulesArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  slotMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
  hours: fc.record(everyWeekday(dayHours)),
  clinicians: fc.subarray(CLINICIANS, { minLength: 1 }),
  closedRanges: fc.array(
    fc.record({ start: fc.integer({ min: -2, max: 40 }), length: fc.integer({ min: 0, max: 4 }) }),
    { maxLength: 4 },
  ),
  minNoticeMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  horizonDays: fc.integer({ min: 1, max: 40 }),
});

export const scenario = fc
  .record({
    rules: rulesArb,
    // Around the 2026/2027 DST changes of every zone above.
    now: fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fromOffset: fc.integer({ min: -3, max: 35 }),
    days: fc.integer({ min: 0, max: 45 }),
    busy: fc.array(
      fc.record({
        clinicianId: fc.constantFrom(...CLINICIANS, 'someone-else'),
        startMinutes: fc.integer({ min: -24 * 60, max: 45 * 24 * 60 }),
        lengthMinutes: fc.integer({ min: 1, max: 240 }),
      }),
      { maxLength: 60 },
    ),
  })
  .map(({ rules: r, now, fromOffset, days, busy }) => {
    const today = localDate(now, r.timeZone);
    const rules: SlotRules = {
      timeZone: r.timeZone,
      slotMinutes: r.slotMinutes,
      hours: r.hours,
      clinicians: r.clinicians,
      closed: r.closedRanges.map((c) => ({
        from: addDays(today, c.start),
        to: addDays(today, c.start + c.length),
      })),
      minNoticeMinutes: r.minNoticeMinutes,
      horizonDays: r.horizonDays,
    };
    const base = Math.floor(now.getTime() / MINUTE) * MINUTE;
    const busyIntervals: BusyInterval[] = busy.map((b) => ({
      clinicianId: b.clinicianId,
      start: new Date(base + b.startMinutes * MINUTE),
      end: new Date(base + (b.startMinutes + b.lengthMinutes) * MINUTE),
    }));
    return { rules, now, from: addDays(today, fromOffset), days, busy: busyIntervals };
  });

export const overlaps = (s: { start: Date; end: Date }, b: BusyInterval) =>
  s.start < b.end && b.start < s.end;

/** Whether a date is in a closed range, written apart from the module so the properties check it. */
export const closedOn = (rules: SlotRules, date: string) =>
  rules.closed.some((c) => c.from <= date && date <= c.to);
