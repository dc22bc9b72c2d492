import { describe, expect, it } from 'vitest';
import { clinicConfig } from '@/lib/clinic/clinic.config';
import type { Clinic } from '@/lib/clinic/schema';
import {
  freeSlots,
  slotIsOffered,
  slotRulesFor,
  toOffsetIso,
  type BusyInterval,
  type SlotRules,
} from './index';
import { at, list, MONDAY_MIDNIGHT, rules, TZ } from './testRules';

describe('freeSlots: busy clinicians', () => {
  const busy = (clinicianId: string, start: string, end: string): BusyInterval => ({
    clinicianId,
    start: at(start),
    end: at(end),
  });

  it('drops a busy clinician from freeClinicians and hides a slot when all are busy', () => {
    const slots = list(
      {},
      MONDAY_MIDNIGHT,
      [
        busy('ana', '2026-12-01T08:00:00-06:00', '2026-12-01T08:30:00-06:00'),
        busy('ana', '2026-12-01T08:30:00-06:00', '2026-12-01T09:00:00-06:00'),
        busy('ben', '2026-12-01T08:30:00-06:00', '2026-12-01T09:00:00-06:00'),
      ],
      1,
    );
    expect(slots.map((s) => [toOffsetIso(s.start, TZ), s.freeClinicians])).toEqual([
      ['2026-12-01T08:00:00-06:00', ['ben']],
      ['2026-12-01T09:00:00-06:00', ['ana', 'ben']],
    ]);
  });

  it('a 45-minute booking of another visit type at 08:00 blocks the 08:30 slot for that clinician', () => {
    const slots = list(
      {},
      MONDAY_MIDNIGHT,
      [busy('ben', '2026-12-01T08:00:00-06:00', '2026-12-01T08:45:00-06:00')],
      1,
    );
    expect(slots.map((s) => s.freeClinicians)).toEqual([['ana'], ['ana'], ['ana', 'ben']]);
  });

  it('touching intervals do not overlap; one minute of overlap does', () => {
    const touching = list(
      {},
      MONDAY_MIDNIGHT,
      [busy('ana', '2026-12-01T07:00:00-06:00', '2026-12-01T08:00:00-06:00')],
      1,
    );
    expect(touching[0]?.freeClinicians).toEqual(['ana', 'ben']);
    const overlapping = list(
      {},
      MONDAY_MIDNIGHT,
      [busy('ana', '2026-12-01T07:00:00-06:00', '2026-12-01T08:01:00-06:00')],
      1,
    );
    expect(overlapping[0]?.freeClinicians).toEqual(['ben']);
    const endTouch = list(
      {},
      MONDAY_MIDNIGHT,
      [busy('ana', '2026-12-01T08:30:00-06:00', '2026-12-01T09:00:00-06:00')],
      1,
    );
    expect(endTouch[0]?.freeClinicians).toEqual(['ana', 'ben']);
  });

  it('keeps freeClinicians in the order of rules.clinicians and ignores unknown clinicians', () => {
    const slots = list(
      { clinicians: ['ben', 'ana'] },
      MONDAY_MIDNIGHT,
      [busy('zed', '2026-12-01T00:00:00-06:00', '2026-12-02T00:00:00-06:00')],
      1,
    );
    expect(slots[0]?.freeClinicians).toEqual(['ben', 'ana']);
    expect(slots).toHaveLength(3);
  });
});

describe('slotIsOffered', () => {
  const base = { rules, now: MONDAY_MIDNIGHT, busy: [] as BusyInterval[] };

  it('accepts exactly a listed start and nothing else', () => {
    expect(slotIsOffered({ ...base, start: at('2026-12-01T08:30:00-06:00') })?.freeClinicians).toEqual([
      'ana',
      'ben',
    ]);
    expect(slotIsOffered({ ...base, start: at('2026-12-01T08:31:00-06:00') })).toBeUndefined();
    expect(slotIsOffered({ ...base, start: at('2026-12-01T09:30:00-06:00') })).toBeUndefined(); // partial at close
    expect(slotIsOffered({ ...base, start: at('2026-12-03T08:00:00-06:00') })).toBeUndefined(); // no hours
    expect(slotIsOffered({ ...base, start: new Date(Number.NaN) })).toBeUndefined();
  });

  it('refuses a slot inside the notice window or fully booked', () => {
    const start = at('2026-12-01T08:00:00-06:00');
    expect(slotIsOffered({ ...base, now: at('2026-12-01T06:30:00-06:00'), start })).toBeUndefined();
    const busy = ['ana', 'ben'].map((clinicianId) => ({
      clinicianId,
      start,
      end: at('2026-12-01T08:30:00-06:00'),
    }));
    expect(slotIsOffered({ ...base, busy, start })).toBeUndefined();
    expect(slotIsOffered({ ...base, busy: busy.slice(1), start })?.freeClinicians).toEqual(['ana']);
  });
});

describe('slotRulesFor', () => {
  it('takes the visit type hours, length and clinicians with the clinic-wide limits', () => {
    const clinic = slotRulesFor(clinicConfig, 'clinic');
    expect(clinic).toMatchObject({
      timeZone: 'America/Chicago',
      slotMinutes: 45,
      minNoticeMinutes: 120,
      horizonDays: 28,
    });
    expect(clinic.clinicians).toEqual(['daniel-reyes', 'maya-okafor', 'sam-lindqvist']);
    expect(clinic.hours.thu).toEqual([{ open: '10:00', close: '19:00' }]);
    expect(clinic.hours.sun).toBeUndefined();
    expect(clinic.closedDates).toContain('2026-12-25');
    const tele = slotRulesFor(clinicConfig, 'telehealth');
    expect(tele.slotMinutes).toBe(30);
    expect(tele.clinicians).toEqual(['maya-okafor', 'sam-lindqvist']);
    clinic.clinicians.push('mutated');
    expect(clinicConfig.visitTypes.clinic.clinicians).toHaveLength(3);
  });

  it('accepts the parsed Clinic type', () => {
    const forParsed = (clinic: Clinic): SlotRules => slotRulesFor(clinic, 'telehealth');
    expect(typeof forParsed).toBe('function');
  });

  it('produces the real clinic schedule for a winter Tuesday', () => {
    const slots = freeSlots({
      rules: slotRulesFor(clinicConfig, 'clinic'),
      from: '2026-12-01',
      days: 1,
      now: MONDAY_MIDNIGHT,
      busy: [],
    });
    // 08:00-12:30 => 6 slots of 45 min; 13:30-18:00 => 6 slots.
    expect(slots).toHaveLength(12);
    expect(toOffsetIso(slots[5]!.start, TZ)).toBe('2026-12-01T11:45:00-06:00');
    expect(toOffsetIso(slots[6]!.start, TZ)).toBe('2026-12-01T13:30:00-06:00');
    const christmas = freeSlots({
      rules: slotRulesFor(clinicConfig, 'clinic'),
      from: '2026-12-25',
      days: 1,
      now: MONDAY_MIDNIGHT,
      busy: [],
    });
    expect(christmas).toEqual([]);
  });
});
