import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { bookingsCsvStream } from './exportCsv';
import { pageWindow } from './paging';
import { bookingsPage, countBookingsBetween } from './queries';

const HOUR = 3_600_000;
const from = new Date('2027-01-04T15:00:00Z');
const to = new Date(from.getTime() + 40 * HOUR);
const COUNT = 120;

// 120 bookings in range, three clinicians sharing each start time (so paging must break ties), plus one either
// side of the range that no page or export may show.
function bookingValues() {
  const at = (i: number) => new Date(from.getTime() + Math.floor(i / 3) * HOUR);
  const row = (i: number, start: Date) => ({
    type: 'clinic' as const,
    startAt: start,
    endAt: new Date(start.getTime() + HOUR / 2),
    clinicianId: `c${i % 3}`,
    name: i === 0 ? '=HYPERLINK("x")' : `Reader ${i}`,
    email: `reader${i}@example.com`,
    phone: '312 555 0100',
    manageTokenHash: `hash-${i}`,
  });
  return [
    ...Array.from({ length: COUNT }, (_, i) => row(i, at(i))),
    row(900, new Date(from.getTime() - HOUR)),
    row(901, to),
  ];
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

const all = await engines();

describe.each(all)('bounded staff lists on $name', (engine) => {
  let t: TestDb;
  let inRange: string[];
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    const made = await t.db.insert(bookings).values(bookingValues()).returning();
    inRange = made.filter((b) => b.startAt >= from && b.startAt < to).map((b) => b.id);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)('pages the bookings at most 50 at a time, each booking once', async () => {
    const total = await countBookingsBetween(t.db, from, to);
    expect(total).toBe(COUNT);
    for (const newestFirst of [false, true]) {
      const seen: string[] = [];
      const starts: number[] = [];
      for (let page = 1; page <= 3; page++) {
        const rows = await bookingsPage(t.db, from, to, { ...pageWindow(page, total), newestFirst });
        expect(rows.length).toBeLessThanOrEqual(50);
        seen.push(...rows.map((r) => r.id));
        starts.push(...rows.map((r) => r.startAt.getTime()));
      }
      expect(seen).toHaveLength(COUNT);
      expect(new Set(seen)).toEqual(new Set(inRange));
      const sorted = [...starts].sort((a, b) => (newestFirst ? b - a : a - b));
      expect(starts).toEqual(sorted);
    }
  });

  it.skipIf(engine.skip)('streams every booking in range exactly once across batches', async () => {
    // A batch of 7 ends inside groups of bookings that share a start time.
    const stream = bookingsCsvStream(t.db, {
      from,
      to,
      header: ['id', 'name'],
      cells: (r) => [r.id, r.name],
      batchSize: 7,
    });
    const lines = (await readAll(stream)).split('\r\n');
    expect(lines.shift()).toBe('id,name');
    expect(lines.pop()).toBe('');
    const ids = lines.map((l) => l.split(',')[0]);
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids)).toEqual(new Set(inRange));
    expect(lines).toContain(`${inRange[0]},"'=HYPERLINK(""x"")"`);
  });

  it.skipIf(engine.skip)('streams just the header when nothing is in range', async () => {
    const empty = bookingsCsvStream(t.db, {
      from: to,
      to: to,
      header: ['id'],
      cells: (r) => [r.id],
      batchSize: 7,
    });
    expect(await readAll(empty)).toBe('id\r\n');
  });
});
