import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedOn, hhmm, MINUTE, overlaps, scenario } from './arbitraries';
import { weekdayOf } from './calendar';
import { localParts } from './zone';
import {
  addDays,
  freeSlots,
  localDate,
  parseOffsetIso,
  slotIsOffered,
  toOffsetIso,
  zonedTimeToInstant,
} from './index';

describe('freeSlots properties', () => {
  it('every slot is inside hours, notice, horizon and open dates, with a truly free clinician', () => {
    fc.assert(
      fc.property(scenario, ({ rules, now, from, days, busy }) => {
        const slots = freeSlots({ rules, from, days, now, busy });
        const last = days > 0 ? addDays(from, days - 1) : '';
        let previous = -Infinity;
        for (const slot of slots) {
          const start = slot.start.getTime();
          expect(start).toBeGreaterThan(previous); // strictly increasing, so no duplicates
          previous = start;
          expect(slot.end.getTime() - start).toBe(rules.slotMinutes * MINUTE);
          expect(start).toBeGreaterThanOrEqual(now.getTime() + rules.minNoticeMinutes * MINUTE);
          expect(start).toBeLessThan(now.getTime() + rules.horizonDays * 24 * 60 * MINUTE);

          const date = localDate(slot.start, rules.timeZone);
          expect(date >= from && date <= last).toBe(true);
          expect(closedOn(rules, date)).toBe(false);
          const { hour, minute, second } = localParts(slot.start, rules.timeZone);
          const wall = hour * 60 + minute;
          expect(second).toBe(0);
          const inHours = (rules.hours[weekdayOf(date)] ?? []).some((p) => {
            const [oh, om] = p.open.split(':').map(Number) as [number, number];
            const [ch, cm] = p.close.split(':').map(Number) as [number, number];
            const open = oh * 60 + om;
            return (
              wall >= open &&
              (wall - open) % rules.slotMinutes === 0 &&
              wall + rules.slotMinutes <= ch * 60 + cm
            );
          });
          expect(inHours).toBe(true);
          // The wall time maps back to this instant (first occurrence when ambiguous, never a gap).
          expect(
            zonedTimeToInstant(
              date,
              `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
              rules.timeZone,
            )?.getTime(),
          ).toBe(start);

          expect(slot.freeClinicians.length).toBeGreaterThan(0);
          expect(slot.freeClinicians).toEqual(
            rules.clinicians.filter((c) => slot.freeClinicians.includes(c)),
          );
          for (const c of rules.clinicians) {
            const blocked = busy.some((b) => b.clinicianId === c && overlaps(slot, b));
            expect(slot.freeClinicians.includes(c)).toBe(!blocked);
          }

          const iso = toOffsetIso(slot.start, rules.timeZone);
          expect(parseOffsetIso(iso)?.getTime()).toBe(start);
        }
        // A booking request for a listed start is accepted with the same clinicians (sampled: it re-lists a day).
        for (const slot of [slots[0], slots[Math.floor(slots.length / 2)], slots.at(-1)]) {
          if (slot) expect(slotIsOffered({ rules, now, busy, start: slot.start })).toEqual(slot);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('offers every wall-clock slot that exists, is open, in the window and has a free clinician (reference model)', () => {
    fc.assert(
      fc.property(scenario, ({ rules, now, from, days, busy }) => {
        const expected: { start: number; free: string[] }[] = [];
        for (let i = 0; i < days; i++) {
          const date = addDays(from, i);
          if (closedOn(rules, date)) continue;
          for (const p of rules.hours[weekdayOf(date)] ?? []) {
            const [oh, om] = p.open.split(':').map(Number) as [number, number];
            const [ch, cm] = p.close.split(':').map(Number) as [number, number];
            for (let m = oh * 60 + om; m + rules.slotMinutes <= ch * 60 + cm; m += rules.slotMinutes) {
              const start = zonedTimeToInstant(date, hhmm(m), rules.timeZone)?.getTime();
              if (start === undefined || start < now.getTime() + rules.minNoticeMinutes * MINUTE) continue;
              if (start >= now.getTime() + rules.horizonDays * 24 * 60 * MINUTE) continue;
              const slot = { start: new Date(start), end: new Date(start + rules.slotMinutes * MINUTE) };
              const free = rules.clinicians.filter(
                (c) => !busy.some((b) => b.clinicianId === c && overlaps(slot, b)),
              );
              if (free.length > 0 && !expected.some((e) => e.start === start)) expected.push({ start, free });
            }
          }
        }
        expected.sort((a, b) => a.start - b.start);
        const actual = freeSlots({ rules, from, days, now, busy }).map((s) => ({
          start: s.start.getTime(),
          free: s.freeClinicians,
        }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('splitting the date range does not change the result (each day is computed independently)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 45 }), ({ rules, now, from, days, busy }, cut) => {
        const k = Math.min(cut, days);
        const whole = freeSlots({ rules, from, days, now, busy });
        const parts = [
          ...freeSlots({ rules, from, days: k, now, busy }),
          ...freeSlots({ rules, from: addDays(from, k), days: days - k, now, busy }),
        ].sort((a, b) => a.start.getTime() - b.start.getTime());
        expect(parts).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });
});
