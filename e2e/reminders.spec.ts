// Reminders end to end: two app servers on one PostgreSQL database, both running the reminder job, with a lead
// (REMINDER_HOURS) chosen so a booking's reminder falls due a few seconds after it is made.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import pg from 'pg';
import type { SMTPServer } from 'smtp-server';
import { expect, test } from '@playwright/test';
import { createDatabase, dropDatabase, startApp, stopApps } from './appServer';
import { expectAccessible } from './axe';
import { freePort, startSmtpSink } from '../lib/mail/smtpSink';
import { clinicDate } from './helpers';

const adminUrl = process.env.TEST_DATABASE_URL;
const videoLink = (id: string) => `https://video.example/room/${id}`;
/** How long after booking the reminder falls due: long enough for the second server to start, then a few reminder-job ticks (every 15 s). */
const DUE_AFTER_MS = 45_000;

test.describe('reminders from two app servers', () => {
  test.skip(!adminUrl, 'TEST_DATABASE_URL is not set');
  test.describe.configure({ mode: 'serial' });

  const dbName = `backwise_e2e_${randomBytes(5).toString('hex')}`;
  const inbox: ParsedMail[] = [];
  let smtp: SMTPServer;
  const apps: { child: ChildProcess; base: string }[] = [];
  let databaseUrl = '';
  let smtpPort = 0;

  test.beforeAll(async () => {
    databaseUrl = await createDatabase(adminUrl ?? '', dbName);
    smtpPort = await freePort();
    smtp = await startSmtpSink(smtpPort, inbox);
  });

  test.afterAll(async () => {
    await stopApps(apps);
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await dropDatabase(adminUrl ?? '', dbName);
  });

  test('one reminder with the video link, from either server; a booking inside the lead gets the link at once', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const env = { DATABASE_URL: databaseUrl, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };
    // The first server (default lead) tells us the free video times; the second gets a lead that makes the
    // second free time's reminder fall due DUE_AFTER_MS from now.
    apps.push(await startApp(await freePort(), env));
    const [a] = apps.map((app) => app.base);
    const slots = (await (
      await request.get(`${a}/api/slots?type=telehealth&from=${clinicDate(0)}&days=14`)
    ).json()) as {
      slots: { start: string }[];
    };
    const [early, later] = slots.slots.map((s) => s.start);
    if (!early || !later) throw new Error('no video times offered');
    const lead = ((Date.parse(later) - Date.now() - DUE_AFTER_MS) / 3_600_000).toFixed(6);
    const dueAt = Date.parse(later) - Number(lead) * 3_600_000;
    apps.push(await startApp(await freePort(), { ...env, REMINDER_HOURS: lead }));
    const b = apps[1]?.base ?? '';

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    for (const id of ['maya-okafor', 'sam-lindqvist'])
      await db.query(
        `insert into clinicians (id, name, credentials, role, video_url) values ($1, $1, 'PT', 'PT', $2)
         on conflict (id) do update set video_url = excluded.video_url`,
        [id, videoLink(id)],
      );
    await db.end();

    const book = async (start: string, i: number) => {
      const response = await request.post(`${b}/api/bookings`, {
        data: {
          type: 'telehealth',
          start,
          name: `Video ${i}`,
          email: `video${i}@example.com`,
          phone: '312 555 0105',
          consent: true,
        },
      });
      expect(response.status()).toBe(201);
      return (await response.json()) as { manageUrl: string };
    };
    const ahead = await book(later, 1);
    const bookedAt = Date.now();
    expect(bookedAt).toBeLessThan(dueAt);
    // Ahead of the lead: the confirmation page says when the link comes, and shows none yet.
    await page.goto(`${ahead.manageUrl}?status=confirmed`);
    await expect(
      page.getByText(/Video call: we email you the link \d+ (hours?|minutes?)( \d+ minutes?)? before/),
    ).toBeVisible();
    await expect(page.locator('[data-video-link]')).toHaveCount(0);
    await expectAccessible(page, 'video booking confirmed ahead of the lead');

    // Inside the lead (the earlier time): no reminder will come, so the confirmation carries the link.
    const inside = await book(early, 2);
    await page.goto(`${inside.manageUrl}?status=confirmed`);
    await expect(page.locator('[data-video-link]')).toHaveAttribute(
      'data-video-link',
      /^https:\/\/video\.example\/room\//,
    );
    await expect
      .poll(
        () => inbox.find((m) => m.subject?.startsWith('Booked:') && m.text?.includes('video.example/room/')),
        {
          timeout: 20_000,
        },
      )
      .toBeTruthy();

    // Both servers run the reminder job: exactly one reminder arrives, with the link, after its due time.
    await expect
      .poll(() => inbox.filter((m) => m.subject?.startsWith('Reminder:')).length, {
        timeout: DUE_AFTER_MS + 60_000,
      })
      .toBe(1);
    const arrivedAt = Date.now();
    expect(arrivedAt).toBeGreaterThanOrEqual(dueAt);
    await new Promise((r) => setTimeout(r, 20_000)); // past another tick of both jobs: room for a duplicate
    const reminders = inbox.filter((m) => m.subject?.startsWith('Reminder:'));
    expect(reminders).toHaveLength(1);
    const [reminder] = reminders;
    expect(reminder?.to && 'text' in reminder.to ? reminder.to.text : '').toContain('video1@example.com');
    expect(reminder?.text).toMatch(
      /Join the video call here, a few minutes before the time: https:\/\/video\.example\/room\//,
    );
    expect(reminder?.text).toContain(ahead.manageUrl);
    expect(reminder?.attachments.some((p) => p.contentType.startsWith('text/calendar'))).toBe(true);
    expect(
      inbox.filter((m) => m.subject?.startsWith('Reminder:') && m.text?.includes('video2@')),
    ).toHaveLength(0);

    // From the reminder's time on, the manage page shows the link too.
    await page.goto(ahead.manageUrl);
    await expect(page.locator('[data-video-link]')).toHaveAttribute(
      'data-video-link',
      /^https:\/\/video\.example\/room\//,
    );
    await expectAccessible(page, 'video booking after its reminder');
    process.stdout.write(
      `[figures] e2e reminders: lead ${Number(lead).toFixed(3)} h; booked ${((dueAt - bookedAt) / 1000).toFixed(1)} s before the reminder was due; it arrived ${((arrivedAt - dueAt) / 1000).toFixed(1)} s after its due time; 2 servers, 1 reminder, none for the booking inside the lead\n`,
    );
  });
});
