// Test-only fixture shared by the slot tests: a small week in Chicago and a helper to list its free slots.
import { freeSlots, toOffsetIso, type BusyInterval, type SlotRules } from './index';

export const TZ = 'America/Chicago';
export const at = (text: string): Date => new Date(text); // native parse of offset ISO, independent of the module

export const rules: SlotRules = {
  timeZone: TZ,
  slotMinutes: 30,
  hours: {
    tue: [{ open: '08:00', close: '09:45' }], // 08:00, 08:30, 09:00 — 09:30 would end past close
    wed: [
      { open: '08:00', close: '09:00' },
      { open: '13:00', close: '14:00' },
    ],
  },
  clinicians: ['ana', 'ben'],
  closed: [],
  minNoticeMinutes: 120,
  horizonDays: 28,
};
export const MONDAY_MIDNIGHT = at('2026-11-30T00:00:00-06:00');

export function starts(slots: { start: Date }[]): string[] {
  return slots.map((s) => toOffsetIso(s.start, TZ));
}

export function list(
  overrides: Partial<SlotRules> = {},
  now = MONDAY_MIDNIGHT,
  busy: BusyInterval[] = [],
  days = 2,
) {
  return freeSlots({ rules: { ...rules, ...overrides }, from: '2026-12-01', days, now, busy });
}
