import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE, ZONES } from './arbitraries';
import { localParts } from './zone';
import { localDate, parseOffsetIso, toOffsetIso, zonedTimeToInstant } from './index';

describe('zone and ISO properties', () => {
  const instant = fc.date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const zone = fc.constantFrom(
    ...ZONES,
    'America/New_York',
    'Asia/Tokyo',
    'America/Los_Angeles',
    'Asia/Kathmandu',
  );

  it('toOffsetIso/parseOffsetIso round-trip to the second', () => {
    fc.assert(
      fc.property(instant, zone, (d, tz) => {
        const text = toOffsetIso(d, tz);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        const parsed = parseOffsetIso(text);
        expect(parsed?.getTime()).toBe(Math.floor(d.getTime() / 1000) * 1000);
        expect(toOffsetIso(parsed!, tz)).toBe(text);
        expect(text.slice(0, 10)).toBe(localDate(d, tz));
      }),
      { numRuns: 500 },
    );
  });

  it('zonedTimeToInstant returns the earliest instant with that wall reading', () => {
    fc.assert(
      fc.property(instant, zone, (d, tz) => {
        const t = new Date(Math.floor(d.getTime() / MINUTE) * MINUTE);
        const p = localParts(t, tz);
        const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
        const back = zonedTimeToInstant(localDate(t, tz), time, tz);
        expect(back).toBeDefined();
        expect(back!.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(toOffsetIso(back!, tz).slice(0, 16)).toBe(toOffsetIso(t, tz).slice(0, 16));
        if (back!.getTime() < t.getTime()) {
          // Only in a fall-back overlap: the later reading has the smaller offset.
          expect(toOffsetIso(back!, tz).slice(19)).not.toBe(toOffsetIso(t, tz).slice(19));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseOffsetIso never throws and accepts only the exact shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseOffsetIso(s);
        if (r !== undefined) expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }),
    );
  });
});
