// The waitlist's share of the daily caps: entries per email, and the mail cap on joined and offer mails.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicConfig } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { outbox, waitlistEntries } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { cancelBooking } from '../booking/changeBooking';
import { createBooking } from '../booking/createBooking';
import type { BookingDeps } from '../booking/deps';
import { joinWaitlist } from './join';
import { offerFreedPlaces } from './offerFreedPlaces';

process.env.MAIL_DAILY_CAP = '10';
process.env.PER_EMAIL_DAILY_LIMIT = '5';

const clinic = parseClinic(clinicConfig);
// Monday 30 November 2026, 08:00 in Chicago; video visits on Tuesdays run 18:00-20:00Z, two clinicians.
const now = new Date('2026-11-30T14:00:00Z');
const all = await engines();

describe.each(all)('waitlist limits on $name', (engine) => {
  let t: TestDb;
  const at = (ms: number): BookingDeps => ({
    db: t.db,
    clinic,
    now: new Date(now.getTime() + ms),
    siteUrl: 'https://backwise.example',
  });
  beforeAll(async () => {
    if (!engine.skip) t = await engine.create();
  });
  afterAll(async () => {
    await t?.destroy();
  });

  /** Books every video place on `day`; returns one manage token. */
  async function fillVideoDay(day: string): Promise<string> {
    const tokens: string[] = [];
    for (const time of ['18:00', '18:30', '19:00', '19:30'])
      for (const i of [1, 2]) {
        const made = await createBooking(at(0), {
          type: 'telehealth',
          start: new Date(`${day}T${time}:00Z`),
          name: `Booked ${i}`,
          email: `full${i}-${day}@example.com`,
          phone: '312 555 0100',
        });
        if (!made.replayed) tokens.push(made.token);
      }
    return tokens[0] ?? '';
  }

  const join = (email: string, day: string, ms: number) =>
    joinWaitlist(at(ms), {
      type: 'telehealth',
      from: day,
      to: day,
      name: 'Waiting',
      email,
      phone: '312 555 0111',
      consent: true,
    });

  it.skipIf(engine.skip)(
    'five entries per email a day; the sixth is refused and leaves nothing',
    async () => {
      await fillVideoDay('2026-12-01');
      const kinds: string[] = [];
      for (let i = 0; i < 6; i += 1) kinds.push((await join('Many@Example.com', '2026-12-01', i)).kind);
      expect(kinds).toEqual(['joined', 'joined', 'joined', 'joined', 'joined', 'limit']);
      expect(await t.db.$count(waitlistEntries)).toBe(5);
      expect(await t.db.$count(outbox, eq(outbox.to, 'Many@Example.com'))).toBe(5);
    },
  );

  it.skipIf(engine.skip)(
    'an address at its mail cap is not offered a place (no mail), and the run goes on',
    async () => {
      const cancelToken = await fillVideoDay('2026-12-08');
      expect((await join('capped@example.com', '2026-12-08', 0)).kind).toBe('joined');
      expect((await join('fresh@example.com', '2026-12-08', 1)).kind).toBe('joined');
      // Nine more mails to the capped address today (as if from bookings), so it holds 10.
      await t.db.insert(outbox).values(
        Array.from({ length: 9 }, () => ({
          kind: 'booked',
          to: 'capped@example.com',
          subject: 's',
          text: 't',
          createdAt: at(2000).now,
        })),
      );
      await cancelBooking(at(3000), cancelToken);
      expect(await offerFreedPlaces(at(4000))).toBe(1);
      const offers = await t.db
        .select({ to: outbox.to })
        .from(outbox)
        .where(and(eq(outbox.kind, 'waitlist-offer')));
      expect(offers.map((o) => o.to)).toEqual(['fresh@example.com']);
    },
  );
});
