// The daily caps that stop the booking engine from being used to flood an inbox: mails per address, and new
// bookings per email. Whatever path a mail takes, the outbox writer counts it.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicConfig } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { bookings, outbox } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { availableSlots } from './availability';
import { cancelBooking, moveBooking, staffCancelBooking } from './changeBooking';
import { createBooking, type CreatedBooking } from './createBooking';
import type { BookingDeps } from './deps';

process.env.MAIL_DAILY_CAP = '10';
process.env.PER_EMAIL_DAILY_LIMIT = '5';

const clinic = parseClinic(clinicConfig);
// Monday 30 November 2026, 08:00 in Chicago.
const now = new Date('2026-11-30T14:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function tokenOf(created: CreatedBooking): string {
  if (created.replayed) throw new Error('expected a new booking');
  return created.token;
}

const all = await engines();

describe.each(all)('daily limits on $name', (engine) => {
  let t: TestDb;
  let deps: BookingDeps;
  let starts: Date[];
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    deps = { db: t.db, clinic, now, siteUrl: 'https://backwise.example' };
    starts = (await availableSlots(t.db, clinic, 'clinic', '2026-12-01', 14, now)).map((s) => s.start);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const mailsTo = (address: string) =>
    t.db.$count(outbox, eq(sql`lower(${outbox.to})`, address.toLowerCase()));

  it.skipIf(engine.skip)(
    'one booking and 30 moves: the reader gets at most the cap, and each refused move changes nothing',
    async () => {
      const email = 'Bombed@Example.com';
      const clinicBefore = await mailsTo(clinic.email);
      const made = await createBooking(deps, {
        type: 'clinic',
        start: starts[0]!,
        name: 'A',
        email,
        phone: '312 555 0100',
      });
      const token = tokenOf(made);
      const outcomes: string[] = [];
      for (let i = 1; i <= 30; i += 1) {
        const at = { ...deps, now: new Date(now.getTime() + i * 1000) };
        try {
          await moveBooking(at, token, starts[i]!);
          outcomes.push('moved');
        } catch (error) {
          outcomes.push((error as { kind?: string }).kind ?? 'error');
        }
      }
      expect(outcomes.filter((o) => o === 'moved')).toHaveLength(9);
      expect(outcomes.slice(9).every((o) => o === 'limit')).toBe(true);
      expect(await mailsTo(email)).toBe(10);
      // The booking stayed where the last allowed move put it.
      const [row] = await t.db.select().from(bookings).where(eq(bookings.id, made.booking.id));
      expect(row?.startAt.getTime()).toBe(starts[9]!.getTime());
      // The clinic heard of every change that happened, and of nothing that did not.
      expect((await mailsTo(clinic.email)) - clinicBefore).toBe(10);
      // The reader's own cancel is refused too (nothing changes, so no mail is owed)...
      await expect(
        cancelBooking({ ...deps, now: new Date(now.getTime() + 60_000) }, token),
      ).rejects.toMatchObject({
        kind: 'limit',
      });
      // ...but a cancel by staff always tells the reader.
      await staffCancelBooking({ ...deps, now: new Date(now.getTime() + 61_000) }, made.booking.id);
      expect(await mailsTo(email)).toBe(11);
      // A day later the address may be mailed again.
      const tomorrow = { ...deps, now: new Date(now.getTime() + DAY + 62_000) };
      const again = await createBooking(tomorrow, {
        type: 'clinic',
        start: starts[40]!,
        name: 'A',
        email,
        phone: '312 555 0100',
      });
      expect(again.replayed).toBe(false);
    },
    120_000,
  );

  it.skipIf(engine.skip)(
    'five new bookings per email a day; the sixth is refused and nothing is kept',
    async () => {
      const email = 'family@example.com';
      for (let i = 0; i < 5; i += 1) {
        const who = { name: `Child ${i}`, email: i % 2 ? email.toUpperCase() : email, phone: '312 555 0100' };
        await createBooking(deps, { type: 'clinic', start: starts[50 + i]!, ...who });
      }
      await expect(
        createBooking(deps, {
          type: 'clinic',
          start: starts[56]!,
          name: 'Six',
          email,
          phone: '312 555 0100',
        }),
      ).rejects.toMatchObject({ kind: 'limit' });
      const kept = await t.db.$count(bookings, and(eq(sql`lower(${bookings.email})`, email)));
      expect(kept).toBe(5);
      expect(await mailsTo(email)).toBe(5);
    },
  );

  it.skipIf(engine.skip)('concurrent moves cannot squeeze past the cap together', async () => {
    const email = 'racer@example.com';
    const made = await createBooking(deps, {
      type: 'clinic',
      start: starts[60]!,
      name: 'R',
      email,
      phone: '312 555 0100',
    });
    const token = tokenOf(made);
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, (_, i) =>
        moveBooking({ ...deps, now: new Date(now.getTime() + i) }, token, starts[61 + i]!),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(9);
    expect(await mailsTo(email)).toBeLessThanOrEqual(10);
  });
});
