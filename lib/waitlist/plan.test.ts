import { describe, expect, it } from 'vitest';
import {
  daysInRange,
  offerExpiry,
  planOffers,
  type ExistingOffer,
  type FreePlace,
  type WaitingEntry,
} from './plan';

const now = new Date('2026-11-30T14:00:00Z');
const place = (iso: string, day = iso.slice(0, 10)): FreePlace => ({
  type: 'clinic',
  start: new Date(iso),
  day,
});
const entry = (id: string, minute: number, fromDate = '2026-12-01', toDate = '2026-12-03'): WaitingEntry => ({
  id,
  type: 'clinic',
  fromDate,
  toDate,
  email: `${id}@example.com`,
  createdAt: new Date(now.getTime() + minute * 60_000),
});
const offer = (entryId: string, start: string, status: ExistingOffer['status'] = 'open'): ExistingOffer => ({
  entryId,
  type: 'clinic',
  start: new Date(start),
  status,
  expiresAt: new Date(now.getTime() + 3_600_000),
});

describe('planOffers', () => {
  const nine = '2026-12-01T15:00:00Z';
  const ten = '2026-12-01T16:00:00Z';

  it('offers one place to the first two who joined, not the third', () => {
    const planned = planOffers([place(nine)], [entry('c', 3), entry('a', 1), entry('b', 2)], [], now);
    expect(planned.map((p) => p.entryId)).toEqual(['a', 'b']);
  });

  it('gives each entry one offer at a time, so a second place goes to the next in line', () => {
    const planned = planOffers(
      [place(ten), place(nine)],
      [entry('a', 1), entry('b', 2), entry('c', 3)],
      [],
      now,
    );
    expect(planned.map((p) => [p.entryId, p.place.start.toISOString()])).toEqual([
      ['a', new Date(nine).toISOString()],
      ['b', new Date(nine).toISOString()],
      ['c', new Date(ten).toISOString()],
    ]);
  });

  it('skips entries of another type, outside their range, already offered that place, or holding a live offer', () => {
    const video: WaitingEntry = { ...entry('video', 0), type: 'telehealth' };
    const later = entry('later', 1, '2026-12-02', '2026-12-05');
    const declined = entry('declined', 2);
    const holding = entry('holding', 3);
    const fresh = entry('fresh', 4);
    const planned = planOffers(
      [place(nine)],
      [video, later, declined, holding, fresh],
      [offer('declined', nine, 'expired'), offer('holding', ten)],
      now,
    );
    // "holding" holds a live offer for ten, which also counts against ten's room, not nine's.
    expect(planned.map((p) => p.entryId)).toEqual(['fresh']);
  });

  it('tops a place up to two live offers: a lapsed one makes room, a live one does not', () => {
    const entries = [entry('a', 1), entry('b', 2), entry('c', 3)];
    const lapsed = { ...offer('a', nine), expiresAt: new Date(now.getTime() - 1) };
    expect(planOffers([place(nine)], entries, [lapsed, offer('b', nine)], now).map((p) => p.entryId)).toEqual(
      ['c'],
    );
    expect(planOffers([place(nine)], entries, [offer('a', nine), offer('b', nine)], now)).toEqual([]);
  });
});

describe('planOffers and one reader on the list twice', () => {
  it('counts entries with the same email as one reader', () => {
    const twice = [entry('a', 1), { ...entry('a-again', 2), email: 'A@example.com' }, entry('b', 3)];
    const nine = '2026-12-01T15:00:00Z';
    expect(planOffers([place(nine)], twice, [], now).map((p) => p.entryId)).toEqual(['a', 'b']);
  });
});

describe('offerExpiry', () => {
  it('holds an offer 12 hours, or until the booking notice begins if sooner', () => {
    const far = new Date('2026-12-05T15:00:00Z');
    expect(offerExpiry(far, 120, now).toISOString()).toBe('2026-12-01T02:00:00.000Z');
    const soon = new Date('2026-11-30T19:00:00Z');
    expect(offerExpiry(soon, 120, now).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });
});

describe('daysInRange', () => {
  it('counts both ends, across months', () => {
    expect(daysInRange('2026-12-01', '2026-12-01')).toBe(1);
    expect(daysInRange('2026-11-30', '2026-12-02')).toBe(3);
  });
});
