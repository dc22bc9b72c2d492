import { describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '@/lib/clinic/clinic.config';
import { parseClinic, type Clinic } from '@/lib/clinic/schema';
import { parseScheduleSeed } from '@/lib/clinic/seed';
import { scheduleFromSeed } from '@/lib/schedule/fromSeed';
import type { Schedule } from '@/lib/schedule/types';
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

const facts = parseClinic(clinicConfig);
const seeded = (): Schedule => scheduleFromSeed(parseScheduleSeed(scheduleSeed));

describe('slotRulesFor', () => {
  it('takes the visit type hours and length, the schedule limits and its clinicians', () => {
    const schedule = seeded();
    const clinic = slotRulesFor(facts, schedule, 'clinic');
    expect(clinic).toMatchObject({
      timeZone: 'America/Chicago',
      slotMinutes: 45,
      minNoticeMinutes: 120,
      horizonDays: 28,
    });
    expect(clinic.clinicians).toEqual(['daniel-reyes', 'maya-okafor', 'sam-lindqvist']);
    expect(clinic.hours.thu).toEqual([{ open: '10:00', close: '19:00' }]);
    expect(clinic.hours.sun).toBeUndefined();
    expect(clinic.closed).toContainEqual({ from: '2026-12-24', to: '2026-12-25' });
    const tele = slotRulesFor(facts, schedule, 'telehealth');
    expect(tele.slotMinutes).toBe(30);
    expect(tele.clinicians).toEqual(['maya-okafor', 'sam-lindqvist']);
    clinic.clinicians.push('mutated');
    clinic.hours.thu?.push({ open: '20:00', close: '21:00' });
    expect(schedule.hours.clinic.thu).toHaveLength(1);
  });

  it('leaves out inactive clinicians and those who do not see the visit type', () => {
    const schedule = seeded();
    schedule.clinicians = [
      ...schedule.clinicians.map((c) => (c.id === 'maya-okafor' ? { ...c, active: false } : c)),
      { ...schedule.clinicians[0]!, id: 'vic-video', visitTypes: ['telehealth'] },
    ];
    expect(slotRulesFor(facts, schedule, 'clinic').clinicians).toEqual(['daniel-reyes', 'sam-lindqvist']);
    expect(slotRulesFor(facts, schedule, 'telehealth').clinicians).toEqual(['sam-lindqvist', 'vic-video']);
  });

  it('offers a clinician who only sees video visits for video, never in the clinic', () => {
    const schedule = seeded();
    schedule.clinicians = [{ ...schedule.clinicians[0]!, id: 'vic-video', visitTypes: ['telehealth'] }];
    const args = { from: '2026-12-01', days: 1, now: MONDAY_MIDNIGHT, busy: [] };
    const video = freeSlots({ rules: slotRulesFor(facts, schedule, 'telehealth'), ...args });
    expect(video.length).toBeGreaterThan(0);
    expect(video.every((s) => s.freeClinicians.join() === 'vic-video')).toBe(true);
    expect(freeSlots({ rules: slotRulesFor(facts, schedule, 'clinic'), ...args })).toEqual([]);
  });

  it('accepts the parsed Clinic and the Schedule types', () => {
    const forParsed = (clinic: Clinic, schedule: Schedule): SlotRules =>
      slotRulesFor(clinic, schedule, 'telehealth');
    expect(typeof forParsed).toBe('function');
  });

  it('produces the seeded clinic schedule for a winter Tuesday and closes Christmas', () => {
    const rules = slotRulesFor(facts, seeded(), 'clinic');
    const slots = freeSlots({ rules, from: '2026-12-01', days: 1, now: MONDAY_MIDNIGHT, busy: [] });
    // 08:00-12:30 => 6 slots of 45 min; 13:30-18:00 => 6 slots.
    expect(slots).toHaveLength(12);
    expect(toOffsetIso(slots[5]!.start, TZ)).toBe('2026-12-01T11:45:00-06:00');
    expect(toOffsetIso(slots[6]!.start, TZ)).toBe('2026-12-01T13:30:00-06:00');
    const christmas = freeSlots({ rules, from: '2026-12-24', days: 2, now: MONDAY_MIDNIGHT, busy: [] });
    expect(christmas).toEqual([]);
  });
});
