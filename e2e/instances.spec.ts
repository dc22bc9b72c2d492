// Two `next start` processes on one PostgreSQL database, as deploy/README.md runs them behind nginx. The test
// talks to both ports directly: nginx only spreads requests, and the rules must hold wherever one lands.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import pg from 'pg';
import type { SMTPServer } from 'smtp-server';
import { expect, test } from '@playwright/test';
import { createDatabase, dropDatabase, startApp, stopApps } from './appServer';
import { expectAccessible } from './axe';
import { freePort, startSmtpSink } from '../lib/mail/smtpSink';
import { clinicDate, STAFF_PASSWORD } from './helpers';

const adminUrl = process.env.TEST_DATABASE_URL;
test.describe('two app servers on one PostgreSQL database', () => {
  test.skip(!adminUrl, 'TEST_DATABASE_URL is not set');
  test.describe.configure({ mode: 'serial' });

  const dbName = `backwise_e2e_${randomBytes(5).toString('hex')}`;
  const inbox: ParsedMail[] = [];
  let smtp: SMTPServer;
  let apps: { child: ChildProcess; base: string }[] = [];
  let databaseUrl = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    databaseUrl = await createDatabase(adminUrl ?? '', dbName);
    const smtpPort = await freePort();
    smtp = await startSmtpSink(smtpPort, inbox);
    const env = {
      DATABASE_URL: databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      BOOKING_RATE_LIMIT: '45',
    };
    const [portA, portB] = [await freePort(), await freePort()];
    apps = await Promise.all([startApp(portA, env), startApp(portB, env)]);
  });

  test.afterAll(async () => {
    await stopApps(apps);
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await dropDatabase(adminUrl ?? '', dbName);
  });

  test('40 concurrent bookings for one slot: one per free clinician, one mail each, shared rate limit', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const [a, b] = apps.map((app) => app.base);
    if (!a || !b) throw new Error('apps not started');
    const slots = (await (await request.get(`${a}/api/slots?type=clinic&from=${clinicDate(3)}`)).json()) as {
      slots: { start: string }[];
    };
    const start = slots.slots[0]?.start;
    expect(start).toBeTruthy();
    // Warm both instances (route code and database pool), so neither wins the race by being ready first.
    expect((await request.get(`${b}/api/slots?type=clinic&from=${clinicDate(3)}`)).status()).toBe(200);
    const book = (base: string, i: number) =>
      request.post(`${base}/api/bookings`, {
        data: {
          type: 'clinic',
          start,
          name: `Racer ${i}`,
          email: `racer${i}@example.com`,
          phone: '312 555 0105',
          consent: true,
        },
      });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => book(i % 2 === 0 ? a : b, i)));
    const statuses = results.map((r) => r.status());
    const won = statuses.filter((s) => s === 201).length;
    const byInstance = [0, 1].map((k) => statuses.filter((s, i) => s === 201 && i % 2 === k).length);
    expect(won).toBe(3); // three clinicians see clinic visits
    expect(statuses.filter((s) => s === 409)).toHaveLength(37);

    // Every booking's two mails (reader and clinic) arrive once across both senders.
    const deadline = Date.now() + 30_000;
    while (inbox.length < won * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 3000)); // room for a duplicate to show up
    const ids = inbox.map((m) => m.messageId);
    expect(inbox).toHaveLength(won * 2);
    expect(new Set(ids).size).toBe(ids.length);
    const confirmations = inbox.filter((m) => m.subject?.startsWith('Booked:'));
    expect(new Set(confirmations.map((m) => (m.to && 'text' in m.to ? m.to.text : ''))).size).toBe(won);

    // The 45-per-window limit is counted in PostgreSQL: 40 used above, 5 left, wherever they land.
    const more: number[] = [];
    for (let i = 0; i < 8; i += 1) more.push((await book(i % 2 === 0 ? b : a, 100 + i)).status());
    expect(more.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(more.slice(5)).toEqual([429, 429, 429]);
    process.stdout.write(
      `[figures] two instances: 40 concurrent requests -> ${won} x 201 (instance A ${byInstance[0]}, B ${byInstance[1]}), ` +
        `${statuses.length - won} x 409; ${inbox.length} mails for ${won} bookings (${confirmations.length} confirmations, ` +
        `each once); shared limit: requests 46-48 got 429\n`,
    );
  });

  test('staff see a failed mail on /admin and retry it; a second cancel says already cancelled', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const [a, b] = apps.map((app) => app.base);
    if (!a || !b) throw new Error('apps not started');
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `insert into outbox (kind, to_address, subject, body_text, status, attempts, last_error)
       values ('booked', 'lost@example.com', 'Lost mail subject', 'Hello', 'failed', 60, 'connect ECONNREFUSED')
       returning id`,
    );
    const failedId = rows[0]?.id;
    await db.end();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${b}/admin`);
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Mail that could not be sent' })).toBeVisible();
    await expect(page.locator(`[data-outbox-id="${failedId}"]`)).toContainText('Lost mail subject');
    await expectAccessible(page, 'staff with failed mail');
    await page.getByRole('button', { name: 'Retry Lost mail subject' }).click();
    await expect(page.getByText('The mail is queued again')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mail that could not be sent' })).toHaveCount(0);
    await expect
      .poll(() => inbox.some((m) => m.subject === 'Lost mail subject'), { timeout: 15_000 })
      .toBe(true);

    // The same booking cancelled from two stale staff pages, one on each instance: the second changes nothing.
    const stale = await context.newPage();
    await page.goto(`${b}/admin?view=upcoming`);
    await stale.goto(`${a}/admin?view=upcoming`);
    const cancel = { name: /Cancel Racer \d+ at/ };
    const label = await page.getByRole('button', cancel).first().getAttribute('aria-label');
    await page.getByRole('button', { name: label ?? '' }).click();
    await expect(page.getByText('Booking cancelled. The reader has been emailed.')).toBeVisible();
    await stale.getByRole('button', { name: label ?? '' }).click();
    await expect(stale.getByText('That booking was already cancelled. Nothing was changed')).toBeVisible();
    await context.close();
  });
});
