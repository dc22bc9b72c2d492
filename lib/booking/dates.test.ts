import { describe, expect, it } from 'vitest';
import {
  bookingWindow,
  calendarDate,
  fromOutsideWindow,
  offsetTime,
  startOutsideWindow,
  weekView,
} from './dates';

const window = bookingWindow(
  { timeZone: 'America/Chicago', horizonDays: 28 },
  new Date('2026-12-01T15:00:00Z'),
);

describe('the validated date type', () => {
  it('accepts only real calendar dates', () => {
    expect(calendarDate.safeParse('2026-12-01').success).toBe(true);
    expect(calendarDate.safeParse('2028-02-29').success).toBe(true);
    for (const bad of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-1-01', '9999-99-99', '', 7])
      expect(calendarDate.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('accepts only exact offset times that exist', () => {
    expect(offsetTime.safeParse('2026-12-01T09:00:00-06:00').success).toBe(true);
    expect(offsetTime.safeParse('2026-02-30T09:00:00-06:00').success).toBe(false);
    expect(offsetTime.safeParse('2026-12-01T09:00:00Z').success).toBe(false);
  });

  it('keeps /api/slots and start inside the booking window', () => {
    expect(window).toEqual({ today: '2026-12-01', lastDay: '2026-12-29' });
    expect(fromOutsideWindow('2026-12-10', window)).toBeUndefined();
    expect(fromOutsideWindow('9999-12-31', window)).toMatch(/no later than 2026-12-29/);
    expect(fromOutsideWindow('2020-01-01', window)).toMatch(/no earlier than/);
    expect(startOutsideWindow(new Date('9999-12-01T15:00:00Z'), 'America/Chicago', window)).toMatch(
      /too far/,
    );
    expect(startOutsideWindow(new Date('2026-11-01T15:00:00Z'), 'America/Chicago', window)).toMatch(/past/);
    expect(startOutsideWindow(new Date('2026-12-02T15:00:00Z'), 'America/Chicago', window)).toBeUndefined();
  });

  it('pages fall back to the nearest sensible week with a notice', () => {
    expect(weekView(undefined, window)).toEqual({ from: '2026-12-01' });
    expect(weekView('2026-12-08', window)).toEqual({ from: '2026-12-08' });
    expect(weekView('2026-02-30', window)).toMatchObject({ from: '2026-12-01', notice: expect.any(String) });
    expect(weekView('9999-12-31', window)).toMatchObject({ from: '2026-12-23', notice: expect.any(String) });
    expect(weekView('2026-11-01', window)).toMatchObject({ from: '2026-12-01', notice: expect.any(String) });
  });
});
