import { eq } from 'drizzle-orm';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { parseScheduleSeed } from '../clinic/seed';
import { scheduleFromSeed } from '../schedule/fromSeed';
import { bookings, outbox } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { deliverDue } from '../mail/deliver';
import { fileTransport } from '../mail/transport';
import { cancelBooking, moveBooking, staffCancelBooking } from './changeBooking';
import { isRandomToken, randomToken } from '../crypto';
import { createBooking, type CreateBookingInput, type CreatedBooking } from './createBooking';
import type { BookingDeps } from './deps';
import { availableSlots } from './availability';
import { BookingError } from './errors';
import { freeSlots, slotRulesFor } from './slots';

const clinic = parseClinic(clinicConfig);
// Monday 30 November 2026, 08:00 in Chicago: Tuesday's clinic hours are well inside notice and horizon.
const now = new Date('2026-11-30T14:00:00Z');
const tuesday9 = new Date('2026-12-01T14:45:00Z'); // 08:45 CST
// A fresh test database is seeded from the config's schedule.
const seeded = scheduleFromSeed(parseScheduleSeed(scheduleSeed));
const capacity = seeded.clinicians.filter((c) => c.visitTypes.includes('clinic')).length;

/** The manage token of a booking that was newly made (replays never carry one). */
function tokenOf(created: CreatedBooking): string {
  if (created.replayed) throw new Error('expected a new booking, got a replay');
  return created.token;
}

function person(i: number): Omit<CreateBookingInput, 'type' | 'start'> {
  return { name: `Reader ${i}`, email: `reader${i}@example.com`, phone: '312 555 0100' };
}

const all = await engines();

describe.each(all)('booking on $name', (engine) => {
  let t: TestDb;
  let deps: BookingDeps;
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    deps = {
      db: t.db,
      clinic,
      now,
      siteUrl: 'https://backwise.example',
    };
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)(
    '40 concurrent requests for one slot: exactly one per free clinician wins',
    async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          createBooking(deps, { type: 'clinic', start: tuesday9, ...person(i) }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(capacity);
      expect(lost).toHaveLength(40 - capacity);
      for (const r of lost) expect(r.reason).toMatchObject({ kind: 'slot-taken' });
      const clinicians = won.map((r) => (r.status === 'fulfilled' ? r.value.booking.clinicianId : ''));
      expect(new Set(clinicians).size).toBe(capacity);
      // The slot is gone from the free list, and every booking wrote its two mails.
      const rules = slotRulesFor(clinic, seeded, 'clinic');
      const busy = await t.db
        .select({ clinicianId: bookings.clinicianId, start: bookings.startAt, end: bookings.endAt })
        .from(bookings);
      const free = freeSlots({ rules, from: '2026-12-01', days: 1, now, busy });
      expect(free.some((s) => s.start.getTime() === tuesday9.getTime())).toBe(false);
      expect(await t.db.$count(outbox)).toBe(capacity * 2);
    },
  );

  it.skipIf(engine.skip)(
    'a retry with the same Idempotency-Key returns the same booking, even concurrently',
    async () => {
      const start = new Date('2026-12-01T16:15:00Z'); // 10:15 CST
      const input = { type: 'clinic' as const, start, ...person(100), idempotencyKey: 'double-click-1' };
      const [a, b, c] = await Promise.all([
        createBooking(deps, input),
        createBooking(deps, input),
        createBooking(deps, input),
      ]);
      expect(new Set([a.booking.id, b.booking.id, c.booking.id]).size).toBe(1);
      const fresh = [a, b, c].filter((r) => !r.replayed);
      expect(fresh).toHaveLength(1);
      // The one new booking carries a random token; replays say nothing secret (the link went by mail).
      const [first] = fresh;
      expect(first && isRandomToken(tokenOf(first))).toBe(true);
      for (const r of [a, b, c].filter((x) => x.replayed)) expect('token' in r).toBe(false);
      expect(await t.db.$count(bookings, eq(bookings.idempotencyKey, 'double-click-1'))).toBe(1);
      await expect(
        createBooking(deps, { ...input, start: new Date('2026-12-01T17:00:00Z') }),
      ).rejects.toMatchObject({
        kind: 'idempotency-mismatch',
      });
    },
  );

  it.skipIf(engine.skip)('refuses a time that is not offered', async () => {
    await expect(
      createBooking(deps, { type: 'clinic', start: new Date('2026-12-01T15:10:00Z'), ...person(1) }),
    ).rejects.toBeInstanceOf(BookingError);
    await expect(
      createBooking(deps, { type: 'clinic', start: new Date('2026-12-25T15:00:00Z'), ...person(1) }),
    ).rejects.toMatchObject({
      kind: 'not-offered',
    });
  });

  it.skipIf(engine.skip)(
    'cancel frees the slot at once; a cancelled booking cannot be moved or cancelled again',
    async () => {
      const start = new Date('2026-12-02T14:00:00Z'); // Wed 08:00 CST
      const made = await Promise.all(
        Array.from({ length: capacity }, (_, i) =>
          createBooking(deps, { type: 'clinic', start, ...person(200 + i) }),
        ),
      );
      await expect(createBooking(deps, { type: 'clinic', start, ...person(299) })).rejects.toMatchObject({
        kind: 'slot-taken',
      });
      const first = made[0];
      if (!first) throw new Error('no booking made');
      const cancelled = await cancelBooking(deps, tokenOf(first));
      expect(cancelled.status).toBe('cancelled');
      const again = await createBooking(deps, { type: 'clinic', start, ...person(298) });
      expect(again.booking.clinicianId).toBe(first.booking.clinicianId);
      await expect(moveBooking(deps, tokenOf(first), new Date('2026-12-02T15:00:00Z'))).rejects.toMatchObject(
        {
          kind: 'cancelled',
        },
      );
      await expect(cancelBooking(deps, tokenOf(first))).rejects.toMatchObject({ kind: 'cancelled' });
      await expect(cancelBooking(deps, randomToken())).rejects.toMatchObject({ kind: 'not-found' });
    },
  );

  it.skipIf(engine.skip)('move takes the new slot and frees the old one in one step', async () => {
    const from = new Date('2026-12-03T16:00:00Z'); // Thu 10:00 CST
    const to = new Date('2026-12-03T18:15:00Z'); // Thu 12:15 CST
    const made = await createBooking(deps, { type: 'clinic', start: from, ...person(300) });
    const moved = await moveBooking(deps, tokenOf(made), to);
    expect(moved.startAt.toISOString()).toBe(to.toISOString());
    expect(moved.id).toBe(made.booking.id);
    const rules = slotRulesFor(clinic, seeded, 'clinic');
    const busy = await t.db
      .select({ clinicianId: bookings.clinicianId, start: bookings.startAt, end: bookings.endAt })
      .from(bookings)
      .where(eq(bookings.status, 'confirmed'));
    const free = freeSlots({ rules, from: '2026-12-03', days: 1, now, busy });
    expect(free.find((s) => s.start.getTime() === from.getTime())?.freeClinicians).toHaveLength(capacity);
    expect(free.find((s) => s.start.getTime() === to.getTime())?.freeClinicians).toHaveLength(capacity - 1);
  });

  it.skipIf(engine.skip)(
    'the outbox delivers each mail once, as .eml files with the calendar invitation',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'backwise-outbox-'));
      try {
        const pending = await t.db.$count(outbox, eq(outbox.status, 'pending'));
        let sent = 0;
        for (let i = 0; i < 20 && sent < pending; i += 1)
          sent += (await deliverDue(t.db, fileTransport(dir), 'Clinic <c@example.com>', now)).sent;
        expect(sent).toBe(pending);
        expect((await deliverDue(t.db, fileTransport(dir), 'Clinic <c@example.com>', now)).sent).toBe(0);
        const files = readdirSync(dir);
        expect(files).toHaveLength(pending);
        const booked = files.find((f) => f.includes('-booked-') && !f.includes('clinic-'));
        const eml = readFileSync(path.join(dir, booked ?? ''), 'utf8');
        expect(eml).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
        expect(eml).toContain('DTSTART;TZID=America/Chicago:');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(engine.skip)('a failing transport backs off and retries without sending twice', async () => {
    const made = await createBooking(deps, {
      type: 'telehealth',
      start: new Date('2026-12-01T18:00:00Z'),
      ...person(400),
    });
    const failing = { send: () => Promise.reject(new Error('SMTP down')) };
    const later = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    await deliverDue(t.db, failing, 'c@example.com', later);
    const rows = await t.db.select().from(outbox).where(eq(outbox.bookingId, made.booking.id));
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.lastError === 'SMTP down')).toBe(
      true,
    );
    expect(rows.every((r) => r.nextAttemptAt.getTime() > later.getTime())).toBe(true);
    const sentTo: string[] = [];
    const ok = { send: async (row: { to: string }) => void sentTo.push(row.to) };
    await deliverDue(t.db, ok, 'c@example.com', later);
    expect(sentTo).toHaveLength(0);
    await deliverDue(t.db, ok, 'c@example.com', new Date(later.getTime() + 60 * 60 * 1000));
    expect(sentTo.sort()).toEqual([clinic.email, 'reader400@example.com'].sort());
  });

  it.skipIf(engine.skip)(
    'a manage link cannot cancel or move a visit that has started or passed',
    async () => {
      const start = new Date('2026-12-04T14:00:00Z'); // Fri 08:00 CST
      const made = await createBooking(deps, { type: 'clinic', start, ...person(500) });
      const later = { ...deps, now: new Date(start.getTime() + 60_000) };
      await expect(cancelBooking(later, tokenOf(made))).rejects.toMatchObject({ kind: 'started' });
      await expect(moveBooking(later, tokenOf(made), new Date('2026-12-04T16:00:00Z'))).rejects.toMatchObject(
        { kind: 'started' },
      );
      const [row] = await t.db.select().from(bookings).where(eq(bookings.id, made.booking.id));
      expect(row?.status).toBe('confirmed');
      expect(row?.startAt.toISOString()).toBe(start.toISOString());
    },
  );

  it.skipIf(engine.skip || engine.name !== 'postgres')(
    'a schedule lock held too long fails as busy instead of hanging',
    async () => {
      const { Client } = await import('pg');
      const url = t.url;
      if (!url) throw new Error('no url');
      const holder = new Client({ connectionString: url });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select pg_advisory_xact_lock(727275)');
        const started = Date.now();
        await expect(
          createBooking(deps, { type: 'clinic', start: new Date('2026-12-04T15:00:00Z'), ...person(501) }),
        ).rejects.toMatchObject({ kind: 'busy' });
        expect(Date.now() - started).toBeLessThan(15_000);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
    },
    30_000,
  );

  it.skipIf(engine.skip)('staff cannot cancel a visit that has started: no change, no mail', async () => {
    const [slot] = await availableSlots(t.db, clinic, 'clinic', '2026-12-08', 1, now);
    const start = slot?.start ?? now;
    const made = await createBooking(deps, { type: 'clinic', start, ...person(250) });
    const mails = () => t.db.$count(outbox, eq(outbox.bookingId, made.booking.id));
    const before = await mails();
    const during = { ...deps, now: new Date(start.getTime() + 10 * 60_000) };
    await expect(staffCancelBooking(during, made.booking.id)).rejects.toMatchObject({ kind: 'started' });
    const [row] = await t.db.select().from(bookings).where(eq(bookings.id, made.booking.id));
    expect(row?.status).toBe('confirmed');
    expect(await mails()).toBe(before);
    // A minute before it starts, staff still can.
    const justBefore = { ...deps, now: new Date(start.getTime() - 60_000) };
    expect((await staffCancelBooking(justBefore, made.booking.id)).status).toBe('cancelled');
  });
});
