import { describe, expect, it } from 'vitest';
import { parseOffsetIso, toOffsetIso } from './index';

describe('toOffsetIso', () => {
  it('prints local time with seconds and a ±HH:MM offset', () => {
    const d = new Date('2026-12-01T15:00:00Z');
    expect(toOffsetIso(d, 'America/Chicago')).toBe('2026-12-01T09:00:00-06:00');
    expect(toOffsetIso(new Date('2026-07-01T14:00:00Z'), 'America/Chicago')).toBe(
      '2026-07-01T09:00:00-05:00',
    );
    expect(toOffsetIso(d, 'Asia/Kolkata')).toBe('2026-12-01T20:30:00+05:30');
    expect(toOffsetIso(d, 'America/St_Johns')).toBe('2026-12-01T11:30:00-03:30');
  });

  it('never prints Z and drops milliseconds', () => {
    expect(toOffsetIso(new Date('2026-12-01T15:00:00.999Z'), 'UTC')).toBe('2026-12-01T15:00:00+00:00');
    expect(toOffsetIso(new Date('2026-12-01T15:00:00Z'), 'Europe/London')).toBe('2026-12-01T15:00:00+00:00');
  });

  it('rejects an invalid Date', () => {
    expect(() => toOffsetIso(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('parseOffsetIso', () => {
  it('parses the exact format and round-trips', () => {
    const text = '2026-12-01T09:00:00-06:00';
    const d = parseOffsetIso(text);
    expect(d?.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(toOffsetIso(d!, 'America/Chicago')).toBe(text);
    expect(parseOffsetIso('2026-12-01T20:30:00+05:30')?.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(parseOffsetIso('2028-02-29T00:00:00+00:00')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it.each([
    ['no offset', '2026-12-01T09:00:00'],
    ['Z', '2026-12-01T15:00:00Z'],
    ['bad month', '2026-13-01T09:00:00-06:00'],
    ['month zero', '2026-00-01T09:00:00-06:00'],
    ['bad day', '2026-02-29T09:00:00-06:00'],
    ['24:00', '2026-12-01T24:00:00-06:00'],
    ['minute 60', '2026-12-01T09:60:00-06:00'],
    ['leap second', '2026-12-31T23:59:60-06:00'],
    ['extra chars after', '2026-12-01T09:00:00-06:00 '],
    ['extra chars before', 'x2026-12-01T09:00:00-06:00'],
    ['fraction', '2026-12-01T09:00:00.000-06:00'],
    ['no seconds', '2026-12-01T09:00-06:00'],
    ['space separator', '2026-12-01 09:00:00-06:00'],
    ['lower-case t', '2026-12-01t09:00:00-06:00'],
    ['compact offset', '2026-12-01T09:00:00-0600'],
    ['offset minutes 60', '2026-12-01T09:00:00-05:60'],
    ['offset hours 24', '2026-12-01T09:00:00+24:00'],
    ['empty', ''],
    ['trailing newline', '2026-12-01T09:00:00-06:00\n'],
    ['full-width digits', '２026-12-01T09:00:00-06:00'],
  ])('rejects %s', (_label, text) => {
    expect(parseOffsetIso(text)).toBeUndefined();
  });

  it('returns undefined rather than throwing for non-strings', () => {
    expect(parseOffsetIso(undefined as unknown as string)).toBeUndefined();
    expect(parseOffsetIso(42 as unknown as string)).toBeUndefined();
  });
});
