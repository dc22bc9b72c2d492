import { describe, expect, it } from 'vitest';
import { freeSlots, toOffsetIso, type SlotRules } from './index';

function sundaySlots(timeZone: string, date: string, slotMinutes: number, close = '04:00'): string[] {
  const rules: SlotRules = {
    timeZone,
    slotMinutes,
    hours: { sun: [{ open: '00:00', close }] },
    clinicians: ['ana'],
    closed: [],
    minNoticeMinutes: 0,
    horizonDays: 30,
  };
  const now = new Date(`${date}T00:00:00Z`);
  now.setUTCDate(now.getUTCDate() - 2);
  const slots = freeSlots({ rules, from: date, days: 1, now, busy: [] });
  const instants = slots.map((s) => s.start.getTime());
  expect(new Set(instants).size).toBe(instants.length); // no two slots share an instant
  instants.forEach((t, i) => i > 0 && expect(t).toBeGreaterThan(instants[i - 1]!));
  for (const s of slots) expect(s.end.getTime() - s.start.getTime()).toBe(slotMinutes * 60_000);
  return slots.map((s) => toOffsetIso(s.start, timeZone));
}

describe('daylight saving: America/Chicago 2026', () => {
  it('spring forward Sun 2026-03-08: 02:00 and 02:30 do not exist and are skipped', () => {
    expect(sundaySlots('America/Chicago', '2026-03-08', 30)).toEqual([
      '2026-03-08T00:00:00-06:00',
      '2026-03-08T00:30:00-06:00',
      '2026-03-08T01:00:00-06:00',
      '2026-03-08T01:30:00-06:00',
      '2026-03-08T03:00:00-05:00',
      '2026-03-08T03:30:00-05:00',
    ]);
  });

  it('spring forward with 45-minute slots: wall-clock steps, the gap slot skipped, a slot may span the jump', () => {
    expect(sundaySlots('America/Chicago', '2026-03-08', 45)).toEqual([
      '2026-03-08T00:00:00-06:00',
      '2026-03-08T00:45:00-06:00',
      '2026-03-08T01:30:00-06:00', // ends 03:15 CDT: 45 real minutes
      // 02:15 does not exist
      '2026-03-08T03:00:00-05:00',
    ]);
  });

  it('fall back Sun 2026-11-01: ambiguous 01:00/01:30 take the first (CDT) occurrence, no duplicates', () => {
    expect(sundaySlots('America/Chicago', '2026-11-01', 30)).toEqual([
      '2026-11-01T00:00:00-05:00',
      '2026-11-01T00:30:00-05:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T01:30:00-05:00',
      '2026-11-01T02:00:00-06:00',
      '2026-11-01T02:30:00-06:00',
      '2026-11-01T03:00:00-06:00',
      '2026-11-01T03:30:00-06:00',
    ]);
  });

  it('fall back with 60-minute slots: the repeated hour is offered once', () => {
    expect(sundaySlots('America/Chicago', '2026-11-01', 60)).toEqual([
      '2026-11-01T00:00:00-05:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T02:00:00-06:00',
      '2026-11-01T03:00:00-06:00',
    ]);
  });

  it('ordinary Sundays either side keep their full schedule', () => {
    expect(sundaySlots('America/Chicago', '2026-03-01', 30)).toHaveLength(8);
    expect(sundaySlots('America/Chicago', '2026-11-08', 30)).toHaveLength(8);
  });

  it('a busy interval in the repeated hour only blocks the real instants it covers', () => {
    const rules: SlotRules = {
      timeZone: 'America/Chicago',
      slotMinutes: 30,
      hours: { sun: [{ open: '00:00', close: '04:00' }] },
      clinicians: ['ana'],
      closed: [],
      minNoticeMinutes: 0,
      horizonDays: 30,
    };
    // Booked 01:00-02:00 CST: the second 01:xx hour, which no slot uses; 02:00 CST starts when it ends.
    const busy = [
      {
        clinicianId: 'ana',
        start: new Date('2026-11-01T01:00:00-06:00'),
        end: new Date('2026-11-01T02:00:00-06:00'),
      },
    ];
    const slots = freeSlots({
      rules,
      from: '2026-11-01',
      days: 1,
      now: new Date('2026-10-30T00:00:00Z'),
      busy,
    });
    expect(slots).toHaveLength(8);
  });
});

describe('daylight saving: Europe/London 2027', () => {
  it('spring forward Sun 2027-03-28 (01:00 -> 02:00)', () => {
    expect(sundaySlots('Europe/London', '2027-03-28', 30, '03:00')).toEqual([
      '2027-03-28T00:00:00+00:00',
      '2027-03-28T00:30:00+00:00',
      '2027-03-28T02:00:00+01:00',
      '2027-03-28T02:30:00+01:00',
    ]);
  });

  it('fall back Sun 2027-10-31 (02:00 -> 01:00)', () => {
    expect(sundaySlots('Europe/London', '2027-10-31', 30, '03:00')).toEqual([
      '2027-10-31T00:00:00+01:00',
      '2027-10-31T00:30:00+01:00',
      '2027-10-31T01:00:00+01:00',
      '2027-10-31T01:30:00+01:00',
      '2027-10-31T02:00:00+00:00',
      '2027-10-31T02:30:00+00:00',
    ]);
  });
});
