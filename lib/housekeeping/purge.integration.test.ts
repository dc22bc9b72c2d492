import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  bookings,
  outbox,
  rateLimitHits,
  redeemedFormStamps,
  staffSessions,
  waitlistEntries,
  waitlistOffers,
} from '../db/schema';
import { pgliteForSuite } from '../db/suiteDb';
import { purgeExpired } from './purge';

const now = new Date('2027-12-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('purgeExpired', () => {
  const suiteDb = pgliteForSuite();

  it('keeps the privacy notice: old bookings, finished mail, expired sessions and old counts go', async () => {
    const t = suiteDb();
    const booking = (days: number, hash: string) => ({
      type: 'clinic' as const,
      startAt: new Date(now.getTime() - days * DAY),
      endAt: new Date(now.getTime() - days * DAY + 45 * 60_000),
      clinicianId: 'maya-okafor',
      name: 'Old',
      email: 'old@example.com',
      phone: '312 555 0100',
      manageTokenHash: hash,
    });
    await t.db.insert(bookings).values([booking(400, 'old'), booking(300, 'recent')]);
    const mail = (days: number, status: 'sent' | 'pending') => ({
      kind: 'booked',
      to: 'x@example.com',
      subject: 's',
      text: 't',
      status,
      createdAt: new Date(now.getTime() - days * DAY),
    });
    await t.db.insert(outbox).values([mail(400, 'sent'), mail(400, 'pending'), mail(10, 'sent')]);
    await t.db.insert(staffSessions).values([
      { tokenHash: 'gone', expiresAt: new Date(now.getTime() - 1000) },
      { tokenHash: 'live', expiresAt: new Date(now.getTime() + 1000) },
    ]);
    await t.db.insert(rateLimitHits).values([
      { bucket: 'b', windowStart: new Date(now.getTime() - 3 * DAY), count: 1 },
      // Yesterday's window of a day-long limit still counts in its sliding window.
      { bucket: 'b', windowStart: new Date(now.getTime() - DAY - 60_000), count: 1 },
      { bucket: 'b', windowStart: new Date(now.getTime() - 60_000), count: 1 },
    ]);
    await t.db.insert(redeemedFormStamps).values([
      { id: 'expired', expiresAt: new Date(now.getTime() - 1000) },
      { id: 'live', expiresAt: new Date(now.getTime() + 1000) },
    ]);
    await purgeExpired(t.db, now);
    expect((await t.db.select().from(bookings)).map((b) => b.manageTokenHash)).toEqual(['recent']);
    // A mail still pending is never dropped, however old.
    expect((await t.db.select().from(outbox)).map((m) => m.status).sort()).toEqual(['pending', 'sent']);
    expect((await t.db.select().from(staffSessions)).map((s) => s.tokenHash)).toEqual(['live']);
    expect(await t.db.$count(rateLimitHits)).toBe(2);
    expect((await t.db.select().from(redeemedFormStamps)).map((r) => r.id)).toEqual(['live']);
  }, 90_000);

  it('deletes waitlist entries 30 days after they end, with their offers and mails; waiting ones stay', async () => {
    const t = suiteDb();
    const entry = (hash: string, status: 'waiting' | 'left' | 'booked' | 'ended', endedDaysAgo?: number) => ({
      type: 'clinic' as const,
      fromDate: '2027-10-01',
      toDate: '2027-12-20',
      name: 'Waiting',
      email: `${hash}@example.com`,
      phone: '312 555 0100',
      consentAt: new Date(now.getTime() - 60 * DAY),
      leaveTokenHash: hash,
      status,
      endedAt: endedDaysAgo === undefined ? null : new Date(now.getTime() - endedDaysAgo * DAY),
    });
    const rows = await t.db
      .insert(waitlistEntries)
      .values([
        entry('waiting', 'waiting'),
        entry('left-old', 'left', 31),
        entry('booked-old', 'booked', 40),
        entry('ended-old', 'ended', 31),
        entry('left-recent', 'left', 29),
      ])
      .returning();
    for (const row of rows) {
      await t.db.insert(waitlistOffers).values({
        entryId: row.id,
        type: 'clinic',
        startAt: new Date(now.getTime() - 20 * DAY),
        tokenHash: `offer-${row.leaveTokenHash}`,
        expiresAt: new Date(now.getTime() - 20 * DAY),
        status: 'expired',
      });
      await t.db.insert(outbox).values({
        waitlistEntryId: row.id,
        kind: 'waitlist-offer',
        to: row.email,
        subject: 's',
        text: 't',
        status: 'sent',
      });
    }
    await purgeExpired(t.db, now);
    const kept = (await t.db.select().from(waitlistEntries)).map((e) => e.leaveTokenHash).sort();
    expect(kept).toEqual(['left-recent', 'waiting']);
    expect(await t.db.$count(waitlistOffers)).toBe(2);
    expect(await t.db.$count(outbox, eq(outbox.kind, 'waitlist-offer'))).toBe(2);
  }, 90_000);
});
