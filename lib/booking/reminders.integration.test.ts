import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { openDb } from '../db/client';
import type { Db } from '../db/client';
import { bookings, clinicians, outbox, type OutboxRow } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { deliverDue } from '../mail/deliver';
import { cancelBooking, moveBooking, staffCancelBooking } from './changeBooking';
import { createBooking, type CreateBookingInput, type CreatedBooking } from './createBooking';
import type { BookingDeps } from './deps';
import { queueDueReminders, REMINDER_RETRY_MS, retimeReminders } from './reminders';
import { loadSchedule } from '../schedule';

const clinic = parseClinic(clinicConfig);
const HOUR = 3_600_000;
const secret = 'test-secret-'.padEnd(40, 'x');
// Monday 30 November 2026, 08:00 in Chicago.
const now = new Date('2026-11-30T14:00:00Z');
const site = 'https://backwise.example';
const link = (id: string) => `https://video.example/room/${id}`;

function tokenOf(created: CreatedBooking): string {
  if (created.replayed) throw new Error('expected a new booking');
  return created.token;
}

const person = (i: number): Omit<CreateBookingInput, 'type' | 'start'> => ({
  name: `Reader ${i}`,
  email: `reader${i}@example.com`,
  phone: '312 555 0100',
});

/** Staff set (or clear) a clinician's video-room link, as the schedule page does. */
async function setVideoLinks(db: Db, url: (id: string) => string | null) {
  const { clinicians: staff } = await loadSchedule(db);
  for (const c of staff) {
    await db
      .update(clinicians)
      .set({ videoUrl: url(c.id) })
      .where(eq(clinicians.id, c.id));
  }
}

async function mailsOf(db: Db, bookingId: string, kind?: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(
      kind ? and(eq(outbox.bookingId, bookingId), eq(outbox.kind, kind)) : eq(outbox.bookingId, bookingId),
    )
    .orderBy(outbox.createdAt);
}

async function only(db: Db, bookingId: string, kind: string): Promise<OutboxRow> {
  const rows = await mailsOf(db, bookingId, kind);
  expect(rows).toHaveLength(1);
  return rows[0] as OutboxRow;
}

const sequenceOf = (ics: string | null) => Number(/SEQUENCE:(\d+)/.exec(ics ?? '')?.[1] ?? NaN);

const all = await engines();

describe.each(all)('reminders on $name', (engine) => {
  let t: TestDb;
  let deps: BookingDeps;
  const at = (when: Date): BookingDeps => ({ ...deps, now: when });
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    deps = { db: t.db, clinic, now, siteUrl: site, secret, reminderHours: 24 };
    await setVideoLinks(t.db, link);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)('queues one reminder at the lead, with the manage link and the .ics', async () => {
    const start = new Date('2026-12-02T14:45:00Z'); // Wed 08:45 CST
    const made = await createBooking(deps, { type: 'clinic', start, ...person(1) });
    const remindAt = new Date(start.getTime() - 24 * HOUR);
    expect(made.booking.remindAt).toEqual(remindAt);
    expect(made.booking.manageTokenSealed).toMatch(/^v1\./);
    expect(await queueDueReminders(deps, new Date(remindAt.getTime() - 1000))).toBe(0);
    expect(await queueDueReminders(deps, remindAt)).toBe(1);
    expect(await queueDueReminders(deps, new Date(remindAt.getTime() + 60_000))).toBe(0);
    const reminder = await only(t.db, made.booking.id, 'reminder');
    expect(reminder.to).toBe('reader1@example.com');
    expect(reminder.subject).toBe('Reminder: your assessment on Wednesday, December 2 at 8:45 AM');
    expect(reminder.text).toContain(`${site}/book/manage/${tokenOf(made)}`);
    expect(reminder.text).toContain('Wear clothes you can move in');
    expect(reminder.notAfter).toEqual(start);
    expect(reminder.ics).toContain(`UID:${made.booking.id}@backwise`);
    const booked = await only(t.db, made.booking.id, 'booked');
    expect(sequenceOf(reminder.ics)).toBeGreaterThan(sequenceOf(booked.ics));
    const [row] = await t.db.select().from(bookings).where(eq(bookings.id, made.booking.id));
    expect(row?.remindAt).toBeNull();
    expect(row?.remindedAt).toEqual(remindAt);
    // Only the reader gets a reminder: no clinic copy for a clinic visit.
    expect((await mailsOf(t.db, made.booking.id)).map((m) => m.kind).sort()).toEqual([
      'booked',
      'clinic-booked',
      'reminder',
    ]);
  });

  it.skipIf(engine.skip)('a moved booking is reminded for its new time only, once per time', async () => {
    const first = new Date('2026-12-03T16:00:00Z'); // Thu 10:00 CST
    const second = new Date('2026-12-04T14:00:00Z'); // Fri 08:00 CST
    const third = new Date('2026-12-07T14:00:00Z'); // Mon 7 Dec 08:00 CST
    const made = await createBooking(deps, { type: 'clinic', start: first, ...person(2) });
    const token = tokenOf(made);
    const moved = await moveBooking(at(new Date('2026-12-01T12:00:00Z')), token, second);
    expect(moved.remindAt).toEqual(new Date(second.getTime() - 24 * HOUR));
    expect(await queueDueReminders(deps, new Date(first.getTime() - 24 * HOUR))).toBe(0);
    expect(await queueDueReminders(deps, new Date(second.getTime() - 24 * HOUR))).toBe(1);
    const reminder = await only(t.db, made.booking.id, 'reminder');
    expect(reminder.subject).toBe('Reminder: your assessment on Friday, December 4 at 8:00 AM');
    expect(reminder.notAfter).toEqual(second);
    const moveMail = await only(t.db, made.booking.id, 'moved');
    expect(sequenceOf(reminder.ics)).toBeGreaterThan(sequenceOf(moveMail.ics));
    // Reminded, then moved again beyond the lead: the new time gets its own reminder, once.
    const movedAgain = await moveBooking(at(new Date(second.getTime() - 20 * HOUR)), token, third);
    expect(movedAgain.remindedAt).toBeNull();
    expect(await queueDueReminders(deps, new Date(third.getTime() - 24 * HOUR))).toBe(1);
    expect(await queueDueReminders(deps, new Date(third.getTime() - 23 * HOUR))).toBe(0);
    const reminders = await mailsOf(t.db, made.booking.id, 'reminder');
    expect(reminders.map((r) => r.notAfter)).toEqual([second, third]);
    // The reminder for the old time, still queued when the booking moved, is withdrawn, never sent.
    expect(reminders.map((r) => r.status)).toEqual(['expired', 'pending']);
    // Moved inside the lead: its move mail is the last word, no reminder.
    const fourth = new Date('2026-12-07T14:45:00Z');
    const late = await moveBooking(at(new Date(third.getTime() - 2 * HOUR)), token, fourth);
    expect(late.remindAt).toBeNull();
    expect(await queueDueReminders(deps, new Date(fourth.getTime() - HOUR))).toBe(0);
    expect(await mailsOf(t.db, made.booking.id, 'reminder')).toHaveLength(2);
  });

  it.skipIf(engine.skip)('a cancelled booking gets no reminder, whoever cancelled it', async () => {
    const start = new Date('2026-12-02T16:15:00Z'); // Wed 10:15 CST
    const byReader = await createBooking(deps, { type: 'clinic', start, ...person(3) });
    const byStaff = await createBooking(deps, { type: 'clinic', start, ...person(4) });
    const cancelled = await cancelBooking(deps, tokenOf(byReader));
    expect(cancelled.remindAt).toBeNull();
    expect((await staffCancelBooking(deps, byStaff.booking.id)).remindAt).toBeNull();
    expect(await queueDueReminders(deps, new Date(start.getTime() - 24 * HOUR))).toBe(0);
    expect(await queueDueReminders(deps, new Date(start.getTime() - HOUR))).toBe(0);
    expect(await mailsOf(t.db, byReader.booking.id, 'reminder')).toHaveLength(0);
    expect(await mailsOf(t.db, byStaff.booking.id, 'reminder')).toHaveLength(0);
  });

  it.skipIf(engine.skip)(
    'a reminder queued but not yet sent is withdrawn when the booking is cancelled',
    async () => {
      const start = new Date('2026-12-03T16:45:00Z'); // Thu 10:45 CST
      const made = await createBooking(deps, { type: 'clinic', start, ...person(10) });
      const due = new Date(start.getTime() - 24 * HOUR);
      expect(await queueDueReminders(deps, due)).toBe(1);
      await cancelBooking(at(new Date(due.getTime() + 60_000)), tokenOf(made));
      expect((await only(t.db, made.booking.id, 'reminder')).status).toBe('expired');
      const sent: string[] = [];
      await deliverDue(t.db, { send: async (r) => void sent.push(r.kind) }, 'c@example.com', due, {
        clock: () => due,
      });
      expect(sent).not.toContain('reminder');
    },
  );

  it.skipIf(engine.skip)(
    'a video booking inside the lead gets no reminder: its confirmation carries the link',
    async () => {
      const late = new Date('2026-11-30T20:00:00Z'); // Mon 14:00 CST
      const start = new Date('2026-12-01T18:00:00Z'); // Tue 12:00 CST, 22 hours later
      const made = await createBooking(at(late), { type: 'telehealth', start, ...person(5) });
      expect(made.booking.remindAt).toBeNull();
      const url = link(made.booking.clinicianId);
      const booked = await only(t.db, made.booking.id, 'booked');
      expect(booked.text).toContain(`Where: Video call: ${url}`);
      expect(booked.ics).toContain(`LOCATION:Video call: ${url}`);
      expect((await only(t.db, made.booking.id, 'clinic-booked')).text).toContain(`Video link: ${url}`);
      expect(await queueDueReminders(deps, new Date(start.getTime() - HOUR))).toBe(0);
      expect(await mailsOf(t.db, made.booking.id, 'reminder')).toHaveLength(0);
    },
  );

  it.skipIf(engine.skip)(
    'a video booking ahead of the lead is told when the link comes, and its reminder carries it',
    async () => {
      const start = new Date('2026-12-02T13:00:00Z'); // Wed 07:00 CST
      const made = await createBooking(deps, { type: 'telehealth', start, ...person(6) });
      const url = link(made.booking.clinicianId);
      const booked = await only(t.db, made.booking.id, 'booked');
      expect(booked.text).toContain('Where: Video call: we email you the link the day before');
      expect(booked.text).not.toContain(url);
      expect(await queueDueReminders(deps, new Date(start.getTime() - 24 * HOUR))).toBe(1);
      const reminder = await only(t.db, made.booking.id, 'reminder');
      expect(reminder.text).toContain(`Join the video call here, a few minutes before the time: ${url}`);
      expect(reminder.ics).toContain(`LOCATION:Video call: ${url}`);
      expect(reminder.subject).toBe('Reminder: your assessment on Wednesday, December 2 at 7:00 AM');
      expect(await mailsOf(t.db, made.booking.id, 'clinic-video-link-missing')).toHaveLength(0);
    },
  );

  it.skipIf(engine.skip)(
    'without a link set, no link is invented: the reader is told and the clinic is flagged',
    async () => {
      await setVideoLinks(t.db, () => null);
      try {
        const start = new Date('2026-12-02T13:30:00Z'); // Wed 07:30 CST
        const made = await createBooking(deps, { type: 'telehealth', start, ...person(7) });
        const clinicMail = await only(t.db, made.booking.id, 'clinic-booked');
        expect(clinicMail.text).toContain(
          `No video link set for ${made.booking.clinicianId === 'maya-okafor' ? 'Maya Okafor' : 'Sam Lindqvist'}`,
        );
        expect(await queueDueReminders(deps, new Date(start.getTime() - 24 * HOUR))).toBe(1);
        const reminder = await only(t.db, made.booking.id, 'reminder');
        expect(reminder.text).toContain('We will email you the link to the video call before your visit.');
        expect(reminder.text).not.toContain('video.example');
        const flag = await only(t.db, made.booking.id, 'clinic-video-link-missing');
        expect(flag.to).toBe(clinic.email);
        expect(flag.text).toContain('reader7@example.com');
        expect(flag.notAfter).toEqual(start);
      } finally {
        await setVideoLinks(t.db, link);
      }
    },
  );

  it.skipIf(engine.skip)('a reminder still unsent when the visit begins expires, never sent', async () => {
    const start = new Date('2026-12-02T17:00:00Z'); // Wed 11:00 CST
    const made = await createBooking(deps, { type: 'clinic', start, ...person(8) });
    expect(await queueDueReminders(deps, new Date(start.getTime() - 24 * HOUR))).toBe(1);
    const sent: string[] = [];
    const up = { send: async (r: OutboxRow) => void sent.push(r.kind) };
    await deliverDue(t.db, up, 'c@example.com', start, { clock: () => start });
    expect(sent).not.toContain('reminder');
    expect((await only(t.db, made.booking.id, 'reminder')).status).toBe('expired');
    // And a booking whose reminder time passed while no sender ran is never reminded late.
    const missed = new Date('2026-12-02T17:45:00Z'); // Wed 11:45 CST
    const other = await createBooking(deps, { type: 'clinic', start: missed, ...person(9) });
    expect(await queueDueReminders(deps, new Date(missed.getTime() + 60_000))).toBe(0);
    expect(await mailsOf(t.db, other.booking.id, 'reminder')).toHaveLength(0);
    const [row] = await t.db.select().from(bookings).where(eq(bookings.id, other.booking.id));
    expect(row?.remindAt).toBeNull();
  });

  it.skipIf(engine.skip)(
    'one reminder that fails to queue is skipped and retried; the others go',
    async () => {
      const fresh = await engine.create();
      try {
        const base: BookingDeps = { ...deps, db: fresh.db };
        const starts = ['08:00', '08:45', '09:30'].map((hm) => new Date(`2026-12-02T${hm}:00-06:00`));
        const made: CreatedBooking[] = [];
        for (const [i, start] of starts.entries())
          made.push(await createBooking(base, { type: 'clinic', start, ...person(30 + i) }));
        // The middle reminder fails inside its insert, as a bad row would.
        await fresh.db.execute(sql`
        create function refuse_reminder() returns trigger language plpgsql as $$
        begin raise exception 'refused for the test'; end $$`);
        await fresh.db.execute(sql`
        create trigger refuse_reminder before insert on outbox for each row
        when (new.kind = 'reminder' and new.to_address = 'reader31@example.com') execute function refuse_reminder()`);
        const due = new Date((starts[2] as Date).getTime() - 24 * HOUR);
        expect(await queueDueReminders(base, due)).toBe(2);
        const reminded = async (i: number) =>
          (await mailsOf(fresh.db, made[i]?.booking.id ?? '', 'reminder')).length;
        expect([await reminded(0), await reminded(1), await reminded(2)]).toEqual([1, 0, 1]);
        const [bad] = await fresh.db
          .select()
          .from(bookings)
          .where(eq(bookings.id, made[1]?.booking.id ?? ''));
        expect(bad?.remindAt).toEqual(new Date(due.getTime() + REMINDER_RETRY_MS));
        // Until then it is not tried again; once the fault is gone, the retry queues it.
        expect(await queueDueReminders(base, new Date(due.getTime() + 60_000))).toBe(0);
        await fresh.db.execute(sql`drop trigger refuse_reminder on outbox`);
        expect(await queueDueReminders(base, new Date(due.getTime() + REMINDER_RETRY_MS))).toBe(1);
        expect(await reminded(1)).toBe(1);
      } finally {
        await fresh.destroy();
      }
    },
    120_000,
  );

  it.skipIf(engine.skip)(
    'two sender instances claiming at once queue each reminder exactly once',
    async () => {
      const fresh = await engine.create();
      const second = fresh.url ? await openDb({ kind: 'postgres', url: fresh.url }) : undefined;
      try {
        const base: BookingDeps = { ...deps, db: fresh.db };
        const day = '2026-12-02';
        const starts = ['08:00', '08:45', '09:30', '10:15', '11:00', '11:45'].map(
          (hm) => new Date(`${day}T${hm}:00-06:00`),
        );
        const made = (
          await Promise.all(
            starts.flatMap((start, i) =>
              scheduleSeed.clinicians
                .filter((c) => c.visitTypes.includes('clinic'))
                .map((_, j) => createBooking(base, { type: 'clinic', start, ...person(100 + i * 10 + j) })),
            ),
          )
        ).map((m) => m.booking);
        const handles = [fresh.db, second?.db ?? fresh.db];
        const due = new Date(starts.at(-1)!.getTime() - 24 * HOUR);
        const started = performance.now();
        const counts = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            queueDueReminders({ ...base, db: handles[i % 2] as Db }, new Date(due.getTime() + i), 5),
          ),
        );
        const ms = performance.now() - started;
        const total = counts.reduce((a, b) => a + b, 0);
        expect(total).toBe(made.length);
        const rows = await fresh.db.select().from(outbox).where(eq(outbox.kind, 'reminder'));
        expect(rows).toHaveLength(made.length);
        expect(new Set(rows.map((r) => r.bookingId)).size).toBe(made.length);
        process.stdout.write(
          `[figures] ${engine.name}: ${made.length} due reminders, 40 concurrent claims over ${handles[0] === handles[1] ? 1 : 2} handles in ${ms.toFixed(0)} ms: ${total} queued, ${rows.length} outbox rows\n`,
        );
      } finally {
        await second?.close();
        await fresh.destroy();
      }
    },
    // A fresh database and 40 claims, each row in its own transaction: slow on a loaded machine.
    120_000,
  );
  it.skipIf(engine.skip)(
    'a new REMINDER_HOURS moves the reminders still waiting; one whose new time has passed keeps its own',
    async () => {
      const start = new Date('2026-12-09T14:45:00Z'); // Wed 08:45 CST
      const soon = new Date('2026-12-01T14:45:00Z'); // Tue 08:45 CST, under 25 hours after `now`
      const later = await createBooking(deps, { type: 'clinic', start, ...person(300) });
      const near = await createBooking(deps, { type: 'clinic', start: soon, ...person(301) });
      const remindAtOf = async (id: string) =>
        (await t.db.select().from(bookings).where(eq(bookings.id, id)))[0]?.remindAt?.getTime();
      expect(await remindAtOf(later.booking.id)).toBe(start.getTime() - 24 * HOUR);

      const twoHours = { ...deps, reminderHours: 2 };
      expect(await retimeReminders(twoHours, now)).toBeGreaterThanOrEqual(2);
      expect(await remindAtOf(later.booking.id)).toBe(start.getTime() - 2 * HOUR);
      expect(await retimeReminders(twoHours, now)).toBe(0);
      await queueDueReminders(twoHours, new Date(start.getTime() - 24 * HOUR));
      expect(await mailsOf(t.db, later.booking.id, 'reminder')).toHaveLength(0);
      await queueDueReminders(twoHours, new Date(start.getTime() - 2 * HOUR));
      expect(await mailsOf(t.db, later.booking.id, 'reminder')).toHaveLength(1);

      // 48 hours before `soon` is already past: moving it there would fire at once, so it keeps its time.
      const nearBefore = await remindAtOf(near.booking.id);
      await retimeReminders({ ...deps, reminderHours: 48 }, now);
      expect(await remindAtOf(near.booking.id)).toBe(nearBefore);
    },
  );
});
