import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWindow } from '../booking/paging';
import { waitlistEntries } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { countWaiting, waitlistForStaff } from './staffView';

const from = new Date('2027-01-04T15:00:00Z');
const COUNT = 120;

// Inserted in one statement, so every entry has the same created_at: the line order must still be total.
const waitlistValues = Array.from({ length: COUNT }, (_, i) => ({
  type: 'clinic' as const,
  fromDate: '2027-01-04',
  toDate: '2027-01-20',
  name: `Waiting ${i}`,
  email: `waiting${i}@example.com`,
  phone: '312 555 0100',
  consentAt: from,
  leaveTokenHash: `leave-${i}`,
}));

const all = await engines();

describe.each(all)('the staff waitlist on $name', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    await t.db.insert(waitlistEntries).values(waitlistValues);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)('pages the waitlist in line order, each entry once', async () => {
    const total = await countWaiting(t.db);
    expect(total).toBe(COUNT);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const rows = await waitlistForStaff(t.db, from, pageWindow(page, total));
      expect(rows.length).toBeLessThanOrEqual(50);
      seen.push(...rows.map((r) => r.entry.id));
    }
    expect(new Set(seen).size).toBe(COUNT);
  });
});
