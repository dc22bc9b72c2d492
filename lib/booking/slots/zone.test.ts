import { describe, expect, it } from 'vitest';
import { addDays, localDate, toOffsetIso, zonedTimeToInstant } from './index';

const CHI = 'America/Chicago';
const LON = 'Europe/London';

describe('addDays', () => {
  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08'); // a DST day is still one calendar day
    expect(addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('rejects malformed dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-1-01', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('localDate', () => {
  it('gives the date on the clinic wall calendar, not UTC', () => {
    const lateEvening = new Date('2026-12-01T23:30:00-06:00'); // 05:30Z on Dec 2
    expect(localDate(lateEvening, CHI)).toBe('2026-12-01');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-12-02');
    expect(localDate(lateEvening, 'Asia/Tokyo')).toBe('2026-12-02');
  });
});

describe('zonedTimeToInstant', () => {
  it('converts ordinary wall times in winter and summer', () => {
    expect(zonedTimeToInstant('2026-12-01', '09:00', CHI)?.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-01', '09:00', CHI)?.toISOString()).toBe('2026-07-01T14:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-01', '09:00', LON)?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-01', '09:00', 'Asia/Kolkata')?.toISOString()).toBe(
      '2026-07-01T03:30:00.000Z',
    );
  });

  it('Chicago spring forward 2026-03-08: 02:00-02:59 does not exist', () => {
    expect(toOffsetIso(zonedTimeToInstant('2026-03-08', '01:59', CHI)!, CHI)).toBe(
      '2026-03-08T01:59:00-06:00',
    );
    expect(zonedTimeToInstant('2026-03-08', '02:00', CHI)).toBeUndefined();
    expect(zonedTimeToInstant('2026-03-08', '02:30', CHI)).toBeUndefined();
    expect(zonedTimeToInstant('2026-03-08', '02:59', CHI)).toBeUndefined();
    expect(toOffsetIso(zonedTimeToInstant('2026-03-08', '03:00', CHI)!, CHI)).toBe(
      '2026-03-08T03:00:00-05:00',
    );
    // The same wall time a day earlier exists.
    expect(zonedTimeToInstant('2026-03-07', '02:30', CHI)?.toISOString()).toBe('2026-03-07T08:30:00.000Z');
  });

  it('Chicago fall back 2026-11-01: 01:00-01:59 happens twice, the earlier one wins', () => {
    expect(zonedTimeToInstant('2026-11-01', '01:00', CHI)?.toISOString()).toBe('2026-11-01T06:00:00.000Z');
    expect(toOffsetIso(zonedTimeToInstant('2026-11-01', '01:30', CHI)!, CHI)).toBe(
      '2026-11-01T01:30:00-05:00',
    );
    expect(toOffsetIso(zonedTimeToInstant('2026-11-01', '02:00', CHI)!, CHI)).toBe(
      '2026-11-01T02:00:00-06:00',
    );
    expect(toOffsetIso(zonedTimeToInstant('2026-11-01', '00:59', CHI)!, CHI)).toBe(
      '2026-11-01T00:59:00-05:00',
    );
    // The later 01:30 (CST) exists as an instant and prints as such, but is never chosen for the wall time.
    expect(toOffsetIso(new Date('2026-11-01T07:30:00Z'), CHI)).toBe('2026-11-01T01:30:00-06:00');
  });

  it('Europe/London 2027: gap on 03-28 (01:00-01:59), overlap on 10-31 (01:00-01:59)', () => {
    expect(toOffsetIso(zonedTimeToInstant('2027-03-28', '00:59', LON)!, LON)).toBe(
      '2027-03-28T00:59:00+00:00',
    );
    expect(zonedTimeToInstant('2027-03-28', '01:00', LON)).toBeUndefined();
    expect(zonedTimeToInstant('2027-03-28', '01:30', LON)).toBeUndefined();
    expect(toOffsetIso(zonedTimeToInstant('2027-03-28', '02:00', LON)!, LON)).toBe(
      '2027-03-28T02:00:00+01:00',
    );
    expect(zonedTimeToInstant('2027-10-31', '01:30', LON)?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(toOffsetIso(zonedTimeToInstant('2027-10-31', '02:00', LON)!, LON)).toBe(
      '2027-10-31T02:00:00+00:00',
    );
  });

  it('handles half-hour DST (Lord Howe) and a midnight transition (Santiago)', () => {
    // Lord Howe goes 02:00 -> 02:30 on 2026-10-04.
    expect(zonedTimeToInstant('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBeUndefined();
    const lordHowe = zonedTimeToInstant('2026-10-04', '02:30', 'Australia/Lord_Howe');
    expect(lordHowe?.toISOString()).toBe('2026-10-03T15:30:00.000Z');
    expect(toOffsetIso(lordHowe!, 'Australia/Lord_Howe')).toBe('2026-10-04T02:30:00+11:00');
    // Santiago springs forward at 24:00 on Saturday 2026-09-05, so 2026-09-06 00:00-00:59 does not exist.
    expect(zonedTimeToInstant('2026-09-06', '00:30', 'America/Santiago')).toBeUndefined();
    expect(
      toOffsetIso(zonedTimeToInstant('2026-09-06', '01:00', 'America/Santiago')!, 'America/Santiago'),
    ).toBe('2026-09-06T01:00:00-03:00');
  });

  it('returns undefined for malformed input', () => {
    expect(zonedTimeToInstant('2026-02-30', '09:00', CHI)).toBeUndefined();
    expect(zonedTimeToInstant('2026-12-01', '24:00', CHI)).toBeUndefined();
    expect(zonedTimeToInstant('2026-12-01', '9:00', CHI)).toBeUndefined();
  });
});
