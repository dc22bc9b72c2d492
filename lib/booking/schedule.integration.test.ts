// The schedule in the database, end to end through the booking code: seeding, a save showing in the slots at
// once (on a second handle to the same PostgreSQL database: a second instance), and a closed day with bookings.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicConfig } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { openDb, type DbHandle } from '../db/client';
import { bookings, clinicians, openingHours, outbox, scheduleChanges, scheduleSettings } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import {
  addClinician,
  addClosure,
  loadSchedule,
  recentChanges,
  saveHours,
  saveSettings,
  ScheduleChangedError,
  scheduleVersion,
  seedSchedule,
  updateClinician,
} from '../schedule';
import { availableSlots } from './availability';
import { staffCancelBooking } from './changeBooking';
import { createBooking } from './createBooking';
import type { BookingDeps } from './deps';
import { bookingsOutsideSchedule, keepOutsideSchedule } from './scheduleImpact';
import { toOffsetIso } from './slots';

const clinic = parseClinic(clinicConfig);
// Monday 30 November 2026, 08:00 in Chicago.
const now = new Date('2026-11-30T14:00:00Z');
const by = { staffSession: 'abcdef123456', now };
const reader = (i: number) => ({ name: `Reader ${i}`, email: `r${i}@example.com`, phone: '312 555 0100' });
const starts = (slots: { start: Date }[]) => slots.map((s) => toOffsetIso(s.start, clinic.timeZone));

const all = await engines();

describe.each(all)('the schedule on $name', (engine) => {
  let t: TestDb;
  /** A second instance: its own pool on PostgreSQL; PGlite has one process, so the same handle. */
  let other: DbHandle;
  let deps: BookingDeps;
  beforeAll(async () => {
    if (engine.skip) return;
    t = await engine.create();
    other = t.url ? await openDb({ kind: 'postgres', url: t.url }) : t;
    deps = { db: t.db, clinic, now, siteUrl: 'https://backwise.example' };
  });
  /** A save made from a page rendered now: the version as it stands. */
  const current = async () => ({ ...by, version: await scheduleVersion(t.db) });
  afterAll(async () => {
    if (other && other !== t) await other.close();
    await t?.destroy();
  });

  it.skipIf(engine.skip)('two instances starting at once seed the schedule once', async () => {
    const [a, b] = await Promise.all([loadSchedule(t.db), loadSchedule(other.db), seedSchedule(other.db)]);
    expect(a).toEqual(b);
    expect(await t.db.$count(scheduleSettings)).toBe(1);
    expect(await t.db.$count(clinicians)).toBe(3);
    expect(await t.db.$count(scheduleChanges, eq(scheduleChanges.staffSession, 'seed'))).toBe(1);
    const hours = await t.db.$count(openingHours);
    expect(await seedSchedule(t.db)).toBe(false);
    expect(await t.db.$count(openingHours)).toBe(hours);
    expect(a.minNoticeMinutes).toBe(120);
    expect(a.closures.map((c) => [c.from, c.to])).toContainEqual(['2026-12-24', '2026-12-25']);
  });

  it.skipIf(engine.skip)('a change on one instance shows in the next slots read on the other', async () => {
    const before = await availableSlots(other.db, clinic, 'telehealth', '2026-12-06', 1, now); // a Sunday
    expect(before).toEqual([]);
    const version = (await loadSchedule(t.db)).version;
    await saveHours(
      t.db,
      await current(),
      'telehealth',
      'By video',
      {
        ...(await loadSchedule(t.db)).hours.telehealth,
        sun: [{ open: '10:00', close: '11:00' }],
      },
      30,
    );
    const after = await availableSlots(other.db, clinic, 'telehealth', '2026-12-06', 1, now);
    expect(starts(after)).toEqual(['2026-12-06T10:00:00-06:00', '2026-12-06T10:30:00-06:00']);
    expect((await loadSchedule(other.db)).version).toBe(version + 1);
    const [latest] = await recentChanges(other.db, 1);
    expect(latest).toMatchObject({ staffSession: 'abcdef123456' });
    expect(latest?.summary).toMatch(/^Hours for by video: .*Sun 10:00-11:00/);
  });

  it.skipIf(engine.skip)(
    'of two saves from the same page, the second is refused, not overwriting',
    async () => {
      const seen = await loadSchedule(t.db);
      const page = { ...by, version: seen.version };
      // Two staff members, each on a page rendered at the same version, save at once on two instances.
      const outcomes = await Promise.allSettled([
        saveSettings(t.db, page, { minNoticeMinutes: 60, horizonDays: seen.horizonDays }),
        saveSettings(other.db, page, { minNoticeMinutes: 60, horizonDays: seen.horizonDays + 1 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((o) => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(ScheduleChangedError);
      const after = await loadSchedule(other.db);
      expect(after.minNoticeMinutes).toBe(60);
      expect(after.version).toBe(seen.version + 1);
      await saveSettings(t.db, await current(), {
        minNoticeMinutes: seen.minNoticeMinutes,
        horizonDays: seen.horizonDays,
      });
    },
  );

  it.skipIf(engine.skip)('a new visit length shows in the next slots on the other instance', async () => {
    const { hours } = await loadSchedule(t.db);
    await saveHours(
      t.db,
      await current(),
      'telehealth',
      'By video',
      { ...hours.telehealth, sun: [{ open: '10:00', close: '11:00' }] },
      60,
    );
    const after = await availableSlots(other.db, clinic, 'telehealth', '2026-12-06', 1, now);
    expect(after.map((s) => [s.start.toISOString(), (s.end.getTime() - s.start.getTime()) / 60_000])).toEqual(
      [['2026-12-06T16:00:00.000Z', 60]],
    );
    expect((await loadSchedule(other.db)).slotMinutes.telehealth).toBe(60);
    const [latest] = await recentChanges(other.db, 1);
    expect(latest?.summary).toMatch(/each visit now 60 minutes \(was 30; booked visits keep theirs\)/);
    await saveHours(t.db, await current(), 'telehealth', 'By video', hours.telehealth, 30);
  });

  it.skipIf(engine.skip)(
    'a clinician added by staff is offered at once, only for the types they see',
    async () => {
      const id = await addClinician(t.db, await current(), {
        name: 'Vic Video',
        credentials: 'PT',
        role: 'Physical therapist',
        visitTypes: ['telehealth'],
        active: true,
        videoUrl: 'https://video.example.com/vic',
      });
      const tele = await availableSlots(other.db, clinic, 'telehealth', '2026-12-06', 1, now);
      expect(tele[0]?.freeClinicians).toContain(id);
      const inClinic = await availableSlots(other.db, clinic, 'clinic', '2026-12-01', 1, now);
      expect(inClinic.every((s) => !s.freeClinicians.includes(id))).toBe(true);
      expect((await loadSchedule(other.db)).clinicians.find((c) => c.id === id)?.videoUrl).toBe(
        'https://video.example.com/vic',
      );
    },
  );

  it.skipIf(engine.skip)(
    'a closed day with bookings keeps them until staff cancel or keep each',
    async () => {
      const nine = new Date('2026-12-02T14:45:00Z'); // Wed 08:45 CST
      const ten = new Date('2026-12-02T16:15:00Z'); // Wed 10:15 CST
      const kept = await createBooking(deps, { type: 'clinic', start: nine, ...reader(1) });
      const dropped = await createBooking(deps, { type: 'clinic', start: ten, ...reader(2) });
      await addClosure(t.db, await current(), {
        from: '2026-12-02',
        to: '2026-12-02',
        reason: 'Staff training',
      });

      expect(await availableSlots(other.db, clinic, 'clinic', '2026-12-02', 1, now)).toEqual([]);
      const status = async (id: string) =>
        (await t.db.select().from(bookings).where(eq(bookings.id, id)))[0]?.status;
      expect(await status(kept.booking.id)).toBe('confirmed');
      expect(await status(dropped.booking.id)).toBe('confirmed');
      const listed = await bookingsOutsideSchedule(other.db, clinic, now);
      expect(listed.map((a) => [a.row.id, a.reason])).toEqual([
        [kept.booking.id, 'closed'],
        [dropped.booking.id, 'closed'],
      ]);

      expect(await keepOutsideSchedule(t.db, clinic, by, kept.booking.id)).toBe(true);
      await staffCancelBooking(deps, dropped.booking.id);
      expect(await bookingsOutsideSchedule(other.db, clinic, now)).toEqual([]);
      expect(await status(kept.booking.id)).toBe('confirmed');
      expect(await status(dropped.booking.id)).toBe('cancelled');
      const mails = await t.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.bookingId, dropped.booking.id)));
      expect(mails.some((m) => m.subject.startsWith('Cancelled:') && m.to === 'r2@example.com')).toBe(true);
      expect((await recentChanges(t.db, 5)).map((c) => c.summary)).toContainEqual(
        expect.stringMatching(/^Kept the booking of .* outside the schedule$/),
      );
    },
  );

  it.skipIf(engine.skip)(
    'deactivating a clinician lists their bookings; mails name a new clinician',
    async () => {
      const start = new Date('2026-12-06T16:00:00Z'); // Sun 10:00 CST, by video
      const made = await createBooking(deps, { type: 'telehealth', start, ...reader(3) });
      expect(made.booking.clinicianId).toBe('maya-okafor');
      const [mail] = await t.db.select().from(outbox).where(eq(outbox.bookingId, made.booking.id));
      expect(mail?.text).toContain('With: Maya Okafor, PT, DPT');
      const maya = (await loadSchedule(t.db)).clinicians.find((c) => c.id === 'maya-okafor')!;
      await updateClinician(t.db, await current(), maya.id, { ...maya, active: false, videoUrl: null });
      const listed = await bookingsOutsideSchedule(t.db, clinic, now);
      expect(listed.map((a) => [a.row.id, a.reason])).toEqual([[made.booking.id, 'clinician-inactive']]);

      const sam = await createBooking(deps, { type: 'telehealth', start, ...reader(4) });
      expect(sam.booking.clinicianId).toBe('sam-lindqvist');
      const vic = await createBooking(deps, { type: 'telehealth', start, ...reader(5) });
      expect(vic.booking.clinicianId).toBe('vic-video');
      const [vicMail] = await t.db.select().from(outbox).where(eq(outbox.bookingId, vic.booking.id));
      expect(vicMail?.text).toContain('With: Vic Video, PT');
    },
  );
});
