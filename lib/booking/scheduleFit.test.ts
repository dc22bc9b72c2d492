import { describe, expect, it } from 'vitest';
import { scheduleSeed } from '../clinic/clinic.config';
import { parseScheduleSeed } from '../clinic/seed';
import { scheduleFromSeed } from '../schedule/fromSeed';
import type { Schedule } from '../schedule/types';
import { outsideSchedule, type BookedVisit } from './scheduleFit';
import { freeSlots, slotRulesFor, toOffsetIso } from './slots';

const TZ = 'America/Chicago';
const facts = { timeZone: TZ };
const base = (): Schedule => scheduleFromSeed(parseScheduleSeed(scheduleSeed));
const visit = (start: string, minutes: number, over: Partial<BookedVisit> = {}): BookedVisit => ({
  type: 'clinic',
  start: new Date(start),
  end: new Date(new Date(start).getTime() + minutes * 60_000),
  clinicianId: 'maya-okafor',
  ...over,
});

describe('outsideSchedule', () => {
  it('keeps a booking that still fits', () => {
    expect(outsideSchedule(visit('2026-12-01T08:00:00-06:00', 45), base(), TZ)).toBeUndefined();
  });

  it('names a closed day, shortened hours, and a clinician who is inactive, gone or off that type', () => {
    const s = base();
    s.closures.push({ id: 'x', from: '2026-12-01', to: '2026-12-01', reason: 'Training' });
    expect(outsideSchedule(visit('2026-12-01T08:00:00-06:00', 45), s, TZ)).toBe('closed');
    const shorter = base();
    shorter.hours.clinic.tue = [{ open: '08:00', close: '12:00' }];
    // 11:45-12:30 now runs past 12:00.
    expect(outsideSchedule(visit('2026-12-01T11:45:00-06:00', 45), shorter, TZ)).toBe('hours');
    expect(outsideSchedule(visit('2026-12-01T11:00:00-06:00', 45), shorter, TZ)).toBeUndefined();
    const inactive = base();
    inactive.clinicians = inactive.clinicians.map((c) => ({ ...c, active: c.id !== 'maya-okafor' }));
    expect(outsideSchedule(visit('2026-12-01T08:00:00-06:00', 45), inactive, TZ)).toBe('clinician-inactive');
    expect(
      outsideSchedule(visit('2026-12-01T08:00:00-06:00', 45, { clinicianId: 'nobody' }), base(), TZ),
    ).toBe('clinician-gone');
    const videoOnly = base();
    videoOnly.clinicians = videoOnly.clinicians.map((c) => ({ ...c, visitTypes: ['telehealth'] }));
    expect(outsideSchedule(visit('2026-12-01T08:00:00-06:00', 45), videoOnly, TZ)).toBe('clinician-type');
  });

  it('closes every day of a range across a month end, and only those', () => {
    const s = base();
    s.hours.clinic = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '09:00', close: '17:00' }]]),
    );
    s.closures = [{ id: 'x', from: '2027-01-30', to: '2027-02-02', reason: 'Training' }];
    const at = (day: string) => outsideSchedule(visit(`${day}T10:00:00-06:00`, 45), s, TZ);
    expect(
      ['2027-01-29', '2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02', '2027-02-03'].map(at),
    ).toEqual([undefined, 'closed', 'closed', 'closed', 'closed', undefined]);
  });
});

describe('daylight-saving days in America/Chicago', () => {
  const night = (): Schedule => {
    const s = base();
    s.hours.telehealth = { sun: [{ open: '01:00', close: '04:00' }] };
    s.closures = [];
    return s;
  };
  const video = { type: 'telehealth' as const };

  it('spring forward 2027-03-14: the slots skip 02:xx, and a booking across the jump still fits', () => {
    const rules = slotRulesFor(facts, night(), 'telehealth');
    const slots = freeSlots({
      rules,
      from: '2027-03-14',
      days: 1,
      now: new Date('2027-03-10T00:00:00Z'),
      busy: [],
    });
    expect(slots.map((x) => toOffsetIso(x.start, TZ))).toEqual([
      '2027-03-14T01:00:00-06:00',
      '2027-03-14T01:30:00-06:00',
      '2027-03-14T03:00:00-05:00',
      '2027-03-14T03:30:00-05:00',
    ]);
    expect(outsideSchedule(visit('2027-03-14T01:30:00-06:00', 30, video), night(), TZ)).toBeUndefined();
    expect(outsideSchedule(visit('2027-03-14T03:30:00-05:00', 30, video), night(), TZ)).toBeUndefined();
    const later = night();
    later.hours.telehealth = { sun: [{ open: '02:30', close: '04:00' }] };
    // 02:30 does not exist that night: the period opens when the clock reaches 03:00 CDT.
    expect(outsideSchedule(visit('2027-03-14T03:00:00-05:00', 30, video), later, TZ)).toBeUndefined();
    expect(outsideSchedule(visit('2027-03-14T01:30:00-06:00', 30, video), later, TZ)).toBe('hours');
  });

  it('fall back 2026-11-01: a booking in the repeated hour fits, one past closing does not', () => {
    const s = night();
    expect(outsideSchedule(visit('2026-11-01T01:30:00-05:00', 30, video), s, TZ)).toBeUndefined();
    expect(outsideSchedule(visit('2026-11-01T01:30:00-06:00', 30, video), s, TZ)).toBeUndefined();
    expect(outsideSchedule(visit('2026-11-01T03:30:00-06:00', 30, video), s, TZ)).toBeUndefined();
    expect(outsideSchedule(visit('2026-11-01T04:00:00-06:00', 30, video), s, TZ)).toBe('hours');
  });

  it('a clinician who only sees video is offered on the DST night, for video only', () => {
    const s = night();
    s.clinicians = [{ ...s.clinicians[0]!, id: 'vic-video', visitTypes: ['telehealth'] }];
    const rules = slotRulesFor(facts, s, 'telehealth');
    const slots = freeSlots({
      rules,
      from: '2026-11-01',
      days: 1,
      now: new Date('2026-10-28T00:00:00Z'),
      busy: [],
    });
    // 01:00-04:00 by the wall clock: the repeated 01:00 and 01:30 are offered once each.
    expect(slots).toHaveLength(6);
    expect(slots.every((x) => x.freeClinicians.join() === 'vic-video')).toBe(true);
    expect(slotRulesFor(facts, s, 'clinic').clinicians).toEqual([]);
    expect(outsideSchedule(visit('2026-11-01T02:00:00-06:00', 30, { clinicianId: 'vic-video' }), s, TZ)).toBe(
      'clinician-type',
    );
  });
});
