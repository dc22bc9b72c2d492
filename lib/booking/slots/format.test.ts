import { describe, expect, it } from 'vitest';
import { formatSlotDay, formatSlotTime } from './index';

describe('formatSlotTime', () => {
  it('prints 12-hour clinic-local time with a plain space', () => {
    const tz = 'America/Chicago';
    expect(formatSlotTime(new Date('2026-12-01T09:00:00-06:00'), tz)).toBe('9:00 AM');
    expect(formatSlotTime(new Date('2026-12-01T12:30:00-06:00'), tz)).toBe('12:30 PM');
    expect(formatSlotTime(new Date('2026-12-01T00:15:00-06:00'), tz)).toBe('12:15 AM');
    expect(formatSlotTime(new Date('2026-12-01T17:45:00-06:00'), tz)).toBe('5:45 PM');
    expect(formatSlotTime(new Date('2026-12-01T15:00:00Z'), 'Europe/London')).toBe('3:00 PM');
  });
});

describe('formatSlotDay', () => {
  it('names the weekday and month of a calendar date', () => {
    expect(formatSlotDay('2026-12-01')).toBe('Tuesday, December 1');
    expect(formatSlotDay('2026-12-01', 'America/Chicago')).toBe('Tuesday, December 1');
    expect(formatSlotDay('2026-03-08', 'America/Chicago')).toBe('Sunday, March 8');
    expect(formatSlotDay('2027-01-01', 'Pacific/Kiritimati')).toBe('Friday, January 1');
  });

  it('rejects a malformed date or zone', () => {
    expect(() => formatSlotDay('2026-02-30')).toThrow(RangeError);
    expect(() => formatSlotDay('2026-12-01', 'Mars/Olympus')).toThrow(RangeError);
  });
});
