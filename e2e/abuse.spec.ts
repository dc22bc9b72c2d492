// Abuse limits against a production build with the default caps: the mail cap stops a flood of moves by one
// manage link, the honeypot turns a bot away, and staff get past the login limit. Its own app and data folder,
// so the counts are its own.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, stopApps } from './appServer';
import { expectAccessible } from './axe';
import { clinicDate, STAFF_PASSWORD } from './helpers';
import { freePort } from '../lib/mail/smtpSink';

const MAIL_CAP = 10; // MAIL_DAILY_CAP's default
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bw-abuse-'));
let app: { child: ChildProcess; base: string } | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Moves per link are set high, so the mail cap itself is what stops the flood.
  app = await startApp(await freePort(), {
    DATA_DIR: dataDir,
    CHANGE_DAILY_LIMIT: '100',
  });
});

test.afterAll(async () => {
  if (app) await stopApps([app]);
});

function base(): string {
  if (!app) throw new Error('app not started');
  return app.base;
}

/** The .eml files written so far to an address (no SMTP_URL: the file outbox in DATA_DIR/outbox). */
function mailsTo(address: string): number {
  const dir = path.join(dataDir, 'outbox');
  const files = (() => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.eml'));
    } catch {
      return [];
    }
  })();
  return files.filter((f) =>
    new RegExp(`^To: .*${address}`, 'mi').test(readFileSync(path.join(dir, f), 'utf8')),
  ).length;
}

async function slots(page: Page, from: string): Promise<string[]> {
  const response = await page.request.get(`${base()}/api/slots?type=clinic&from=${from}&days=14`);
  return ((await response.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
}

test('one booking and 31 moves by its manage link send the reader at most the cap', async ({ page }) => {
  test.setTimeout(240_000);
  const reader = 'bombed-reader@example.com';
  const times = await slots(page, clinicDate(3));
  expect(times.length).toBeGreaterThan(33);
  const booked = await page.request.post(`${base()}/api/bookings`, {
    data: {
      type: 'clinic',
      start: times[0],
      name: 'Bombed Reader',
      email: reader,
      phone: '312 555 0100',
      consent: true,
    },
  });
  expect(booked.status()).toBe(201);
  const manage = new URL(((await booked.json()) as { manageUrl: string }).manageUrl).pathname;
  const outcomes: string[] = [];
  for (let i = 1; i <= 31; i += 1) {
    await page.goto(`${base()}${manage}?change=1&start=${encodeURIComponent(times[i] ?? '')}`);
    await page.getByRole('button', { name: 'Yes, move it' }).click();
    await page.waitForURL(/status=/);
    outcomes.push(new URL(page.url()).searchParams.get('status') ?? '');
  }
  expect(outcomes.slice(0, MAIL_CAP - 1).every((s) => s === 'moved')).toBe(true);
  expect(outcomes.slice(MAIL_CAP - 1).every((s) => s === 'limit')).toBe(true);
  await expect(page.getByText('changed as often as we allow in a day, so nothing was changed')).toBeVisible();
  await expectAccessible(page, 'manage: daily limit reached');
  // Every mail the app queued is written within a few seconds; wait, then count what reached the files.
  await expect.poll(() => mailsTo(reader), { timeout: 60_000 }).toBe(MAIL_CAP);
  await page.waitForTimeout(3000);
  const readerMails = mailsTo(reader);
  expect(readerMails).toBe(MAIL_CAP);
  process.stdout.write(
    `[figures] 1 booking + 31 moves: ${outcomes.filter((s) => s === 'moved').length} moved, ` +
      `${outcomes.filter((s) => s === 'limit').length} refused; ${readerMails} mails to the reader (cap ${MAIL_CAP})\n`,
  );
});

async function detailsPage(page: Page, start: string) {
  await page.goto(`${base()}/book?type=clinic&from=${start.slice(0, 10)}&start=${encodeURIComponent(start)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  await page.getByLabel('Full name').fill('Stamp Reader');
  await page.getByLabel('Email address').fill('stamp-reader@example.com');
  await page.getByLabel('Phone number').fill('312 555 0100');
  await page.getByLabel(/I agree that the clinic keeps these details/).check();
}

const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('the form turns away a bot that fills the hidden honeypot field', async ({ page }) => {
  test.setTimeout(120_000);
  const times = await slots(page, clinicDate(10));
  await detailsPage(page, times[0] ?? '');
  await page.locator('#website').evaluate((input: HTMLInputElement) => {
    input.value = 'https://spam.example';
  });
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  // Checked before anything else (the minimum fill time included), so no wait is needed.
  await expect(problem(page)).toContainText('We could not send your booking', { timeout: 20_000 });
  await expectAccessible(page, 'details: refused as a bot');
});

test('a client over the login limit still gets in with the right password after a short wait', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const attempt = async (password: string) => {
    await page.goto(`${base()}/admin`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin/);
  };
  // Eleven wrong passwords (the limit is 10 failures in 10 minutes), then one at once: refused unchecked.
  for (let i = 0; i < 11; i += 1) await attempt('wrong-password-0000');
  await attempt(STAFF_PASSWORD);
  await expect(page.getByText('Too many attempts. Wait 10 seconds and try again.')).toBeVisible();
  await expectAccessible(page, 'staff login: too many attempts');
  // Ten seconds on, the right password is checked and works: an attacker sharing the address cannot lock staff out.
  await page.waitForTimeout(10_500);
  await attempt(STAFF_PASSWORD);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
