import { describe, expect, it } from 'vitest';
import { everyWeekday } from '../../clinic/schema';
import { freeSlots } from './index';
import { at, list, MONDAY_MIDNIGHT, rules, starts } from './testRules';

describe('freeSlots: weekly hours', () => {
  it('lists slots from each opening in steps of slotMinutes, no partial slot at close', () => {
    const slots = list();
    expect(starts(slots)).toEqual([
      '2026-12-01T08:00:00-06:00',
      '2026-12-01T08:30:00-06:00',
      '2026-12-01T09:00:00-06:00',
      '2026-12-02T08:00:00-06:00',
      '2026-12-02T08:30:00-06:00',
      '2026-12-02T13:00:00-06:00',
      '2026-12-02T13:30:00-06:00',
    ]);
    for (const s of slots) {
      expect(s.end.getTime() - s.start.getTime()).toBe(30 * 60_000);
      expect(s.freeClinicians).toEqual(['ana', 'ben']);
    }
  });

  it('steps by the slot length and stops when the next slot would pass close', () => {
    expect(starts(list({ slotMinutes: 45 }, MONDAY_MIDNIGHT, [], 1))).toEqual([
      '2026-12-01T08:00:00-06:00',
      '2026-12-01T08:45:00-06:00',
    ]);
    expect(starts(list({ slotMinutes: 105 }, MONDAY_MIDNIGHT, [], 1))).toEqual(['2026-12-01T08:00:00-06:00']);
    expect(list({ slotMinutes: 106 }, MONDAY_MIDNIGHT, [], 1)).toEqual([]);
  });

  it('lists only the requested dates and nothing on days without hours', () => {
    expect(freeSlots({ rules, from: '2026-12-03', days: 4, now: MONDAY_MIDNIGHT, busy: [] })).toEqual([]);
    expect(list({}, MONDAY_MIDNIGHT, [], 0)).toEqual([]);
    expect(starts(freeSlots({ rules, from: '2026-12-02', days: 1, now: MONDAY_MIDNIGHT, busy: [] }))[0]).toBe(
      '2026-12-02T08:00:00-06:00',
    );
  });

  it('rejects a malformed from date or slot length', () => {
    expect(() => freeSlots({ rules, from: '2026-12-1', days: 1, now: MONDAY_MIDNIGHT, busy: [] })).toThrow(
      RangeError,
    );
    expect(() => list({ slotMinutes: 0 })).toThrow(RangeError);
  });
});

describe('freeSlots: notice and horizon', () => {
  it('allows a slot exactly at the minimum notice, not one minute closer', () => {
    expect(starts(list({}, at('2026-12-01T06:00:00-06:00'), [], 1))[0]).toBe('2026-12-01T08:00:00-06:00');
    expect(starts(list({}, at('2026-12-01T06:01:00-06:00'), [], 1))[0]).toBe('2026-12-01T08:30:00-06:00');
    expect(starts(list({}, at('2026-12-01T06:00:00.001-06:00'), [], 1))[0]).toBe('2026-12-01T08:30:00-06:00');
  });

  it('never lists a slot that has started or is in the past', () => {
    expect(list({ minNoticeMinutes: 0 }, at('2026-12-01T08:00:00-06:00'), [], 1)).toHaveLength(3);
    expect(list({ minNoticeMinutes: 0 }, at('2026-12-01T08:00:01-06:00'), [], 1)).toHaveLength(2);
    expect(list({}, at('2026-12-03T00:00:00-06:00'))).toEqual([]);
  });

  it('excludes a slot starting exactly at now + horizonDays*24h, includes one a minute earlier', () => {
    const now = at('2026-11-30T08:30:00-06:00');
    expect(starts(list({ horizonDays: 1 }, now, [], 1))).toEqual(['2026-12-01T08:00:00-06:00']);
    const nowMinus = at('2026-11-30T08:29:00-06:00');
    expect(starts(list({ horizonDays: 1 }, nowMinus, [], 1))).toEqual(['2026-12-01T08:00:00-06:00']);
    const nowPlus = at('2026-11-30T08:31:00-06:00');
    expect(starts(list({ horizonDays: 1 }, nowPlus, [], 1))).toEqual([
      '2026-12-01T08:00:00-06:00',
      '2026-12-01T08:30:00-06:00',
    ]);
  });

  it('ignores requested days beyond the horizon', () => {
    const slots = freeSlots({
      rules: { ...rules, horizonDays: 7 },
      from: '2026-11-30',
      days: 10_000,
      now: MONDAY_MIDNIGHT,
      busy: [],
    });
    expect(slots).toHaveLength(7); // Tue 1 Dec (3) + Wed 2 Dec (4); the horizon ends Mon 7 Dec 00:00
  });
});

describe('freeSlots: closed dates', () => {
  it('has no slots on a closed date and keeps the others', () => {
    const slots = list({ closed: [{ from: '2026-12-01', to: '2026-12-01' }] });
    expect(starts(slots).every((s) => s.startsWith('2026-12-02'))).toBe(true);
    expect(slots).toHaveLength(4);
  });

  it('closes every day of a range across a month end, and opens the day after', () => {
    const closed = [{ from: '2027-01-30', to: '2027-02-02' }];
    const week = { ...rules, hours: everyWeekday([{ open: '09:00', close: '10:00' }]), closed };
    const slots = freeSlots({
      rules: week,
      from: '2027-01-29',
      days: 6,
      now: at('2027-01-28T00:00:00-06:00'),
      busy: [],
    });
    expect([...new Set(starts(slots).map((s) => s.slice(0, 10)))]).toEqual(['2027-01-29', '2027-02-03']);
  });
});
