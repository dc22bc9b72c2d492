import type { VisitType } from '../lib/clinic/visitTypes';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

async function chooseFirstTime(page: Page, type: VisitType, from: string) {
  await page.goto(`/book?type=${type}&from=${from}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a time' })).toBeVisible();
  await expect(
    page.getByText(/Times are in Central (Standard|Daylight) Time, America\/Chicago/),
  ).toBeVisible();
  await expectAccessible(page, 'choose a time');
  await page.locator('label[for^="start-"]').first().click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
}

async function fillDetails(page: Page, who: string) {
  await page.getByLabel('Full name').fill(`Reader ${who}`);
  await page.getByLabel('Email address').fill(`${who}@example.com`);
  await page.getByLabel('Phone number').fill('312 555 0100');
  await page.getByLabel(/Anything you would like us to know/).fill('I run marathons.');
  await page.getByLabel(/I agree that the clinic keeps these details/).check();
  // The form turns away submissions faster than a person could type (FORM_MIN_FILL_MS in e2e).
  await page.waitForTimeout(900);
}

async function bookingJourney(page: Page, from: string, who: string) {
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'Book a free assessment' })).toBeVisible();
  await expectAccessible(page, 'book start');
  await chooseFirstTime(page, 'clinic', from);
  await page.waitForTimeout(900);
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your full name' })).toHaveAttribute('href', '#name');
  await expect(
    summary.getByRole('link', { name: 'Tick the box to agree to the privacy notice' }),
  ).toBeVisible();
  await expectAccessible(page, 'details with errors');
  await fillDetails(page, who);
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Booking confirmed' })).toBeVisible();
  // The suite's server has no SMTP_URL: mail only goes to files, so the page must not claim it emailed anyone.
  await expect(page.getByText('No email was sent: this server has no mail set up.')).toBeVisible();
  await expect(page.getByText(/emailed you/)).toHaveCount(0);
  await expectAccessible(page, 'confirmed');
}

async function moveAndCancel(page: Page) {
  const ics = await page.request.get(`${new URL(page.url()).pathname}/calendar.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const icsText = await ics.text();
  expect(icsText).toContain('DTSTART;TZID=America/Chicago:');
  // Calendars get shared, so the file never carries the secret manage link.
  expect(icsText).not.toContain('/book/manage/');
  const before = await page.locator('dt:has-text("When") + dd').textContent();
  await page.getByRole('link', { name: 'Choose a new time' }).click();
  await page.locator('label[for^="start-"]').nth(3).click();
  await page.getByRole('button', { name: 'Choose this time' }).click();
  // Without JavaScript the choice is a page load: check the confirmation page once it is there.
  await expect(page.getByRole('button', { name: 'Yes, move it' })).toBeVisible();
  await expectAccessible(page, 'confirm move');
  await page.getByRole('button', { name: 'Yes, move it' }).click();
  await expect(page.getByText('Your booking has moved to the new time')).toBeVisible();
  expect(await page.locator('dt:has-text("When") + dd').textContent()).not.toBe(before);
  await page.getByRole('button', { name: 'Cancel my booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Booking cancelled' })).toBeVisible();
  await expect(page.locator('[data-booking-status="cancelled"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel my booking' })).toHaveCount(0);
  await expectAccessible(page, 'cancelled');
}

test.describe('booking a free assessment', () => {
  test('the whole journey with JavaScript: book, see errors, confirm, move and cancel', async ({ page }) => {
    await bookingJourney(page, clinicDate(2), 'js-reader');
    await moveAndCancel(page);
  });

  test('the whole journey without JavaScript @nojs', async ({ page }) => {
    await bookingJourney(page, clinicDate(5), 'nojs-reader');
    await moveAndCancel(page);
  });

  test('a server-side error keeps what was typed @nojs', async ({ page }) => {
    await chooseFirstTime(page, 'clinic', clinicDate(9));
    await page.getByLabel('Full name').fill('Kept Name');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel(/Anything you would like us to know/).fill('Kept note');
    await page.waitForTimeout(900);
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(
      page.getByRole('link', { name: 'Enter an email address like name@example.com' }),
    ).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Kept Name');
    await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
    await expect(page.getByLabel(/Anything you would like us to know/)).toHaveValue('Kept note');
    await expectAccessible(page, 'server errors without JavaScript');
  });

  test('a time taken meanwhile: clear message, details kept, fresh times offered', async ({
    page,
    request,
  }) => {
    const from = clinicDate(12);
    await chooseFirstTime(page, 'telehealth', from);
    const start = await page.locator('input[name="start"][type="hidden"]').getAttribute('value');
    expect(start).toBeTruthy();
    // Everyone else takes the last places at that time while the reader types.
    for (const i of [1, 2]) {
      const taken = await request.post('/api/bookings', {
        data: {
          type: 'telehealth',
          start,
          name: `Other ${i}`,
          email: `other${i}@example.com`,
          phone: '312 555 0101',
          consent: true,
        },
      });
      expect(taken.status()).toBe(201);
    }
    expect(await freeSlots(request, 'telehealth', from)).not.toContain(start);
    await fillDetails(page, 'late-reader');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page.getByRole('link', { name: /that time was just taken/ })).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Reader late-reader');
    await expectAccessible(page, 'slot taken');
    await page.locator('label[for^="start-"]').first().click();
    await page.getByLabel(/I agree that the clinic keeps these details/).check();
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Booking confirmed' })).toBeVisible();
  });

  test('a replayed API request returns the same booking and never claims a mail the server cannot send, nor hands out the secret', async ({
    request,
  }) => {
    const [start] = await freeSlots(request, 'telehealth', clinicDate(18));
    const send = () =>
      request.post('/api/bookings', {
        data: {
          type: 'telehealth',
          start,
          name: 'Replay Reader',
          email: 'replay@example.com',
          phone: '312 555 0106',
          consent: true,
        },
        headers: { 'idempotency-key': `replay-${start}` },
      });
    const first = await send();
    expect(first.status()).toBe(201);
    const made = (await first.json()) as { id: string; manageUrl: string };
    expect(made.manageUrl).toMatch(/\/book\/manage\/[A-Za-z0-9_-]{43}$/);
    const again = await send();
    expect(again.status()).toBe(201);
    expect(again.headers()['idempotent-replayed']).toBe('true');
    const replayed = (await again.json()) as Record<string, unknown>;
    expect(replayed.id).toBe(made.id);
    expect(replayed).not.toHaveProperty('manageUrl');
    expect(String(replayed.message)).toContain('No email was sent');
    expect(JSON.stringify(replayed)).not.toContain(made.manageUrl.split('/').pop() ?? '');
  });

  test('an impossible or far-off week shows the nearest sensible one, kindly @nojs', async ({ page }) => {
    for (const [from, text] of [
      ['2026-02-30', 'That date does not exist'],
      ['9999-12-31', 'We book up to'],
    ]) {
      const response = await page.goto(`/book?type=clinic&from=${from}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Choose a time' })).toBeVisible();
    }
    await expectAccessible(page, 'week out of range');
  });

  test('an unknown manage link shows a plain not found', async ({ page }) => {
    const response = await page.goto(`/book/manage/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});

test.describe('staff', () => {
  test('sign in, see bookings by day, cancel one, export CSV, sign out', async ({ page, request }) => {
    const from = clinicDate(15);
    const [start] = await freeSlots(request, 'clinic', from);
    const made = await request.post('/api/bookings', {
      data: {
        type: 'clinic',
        start,
        name: 'Staff View Reader',
        email: 'staffview@example.com',
        phone: '312 555 0102',
        consent: true,
      },
    });
    expect(made.status()).toBe(201);
    const { manageUrl } = (await made.json()) as { manageUrl: string };

    expect((await request.get('/admin/bookings.csv')).status()).toBe(401);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Staff sign in' })).toBeVisible();
    await expectAccessible(page, 'login');
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'That password is not right',
    );
    await expectAccessible(page, 'login error');
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'bw_staff');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000);

    await page.getByRole('link', { name: 'upcoming' }).click();
    const row = page.locator('tr', { hasText: 'Staff View Reader' });
    await expect(row).toBeVisible();
    await expectAccessible(page, 'staff upcoming');
    const csv = await page.request.get('/admin/bookings.csv?view=upcoming');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('staffview@example.com');
    // The list is paged: the range is said in words, and a bad page number shows the first page, not an error.
    const pages = page.getByRole('navigation', { name: 'Bookings pages' });
    await expect(pages).toContainText(/^Showing 1–\d+ of \d+/);
    await page.goto('/admin?view=upcoming&page=-3');
    await expect(pages).toContainText(/^Showing 1–\d+ of \d+/);
    await expect(row).toBeVisible();
    await expectAccessible(page, 'staff upcoming, bad page number');

    await row.getByRole('button', { name: /Cancel Staff View Reader/ }).click();
    await expect(page.getByText('Booking cancelled. The reader has been emailed.')).toBeVisible();
    await expect(page.locator('tr', { hasText: 'Staff View Reader' })).toContainText('cancelled');
    await page.goto(new URL(manageUrl).pathname);
    await expect(page.getByRole('heading', { level: 1, name: 'Booking cancelled' })).toBeVisible();

    await page.goto('/admin');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staff sign in' })).toBeVisible();
    expect((await page.request.get('/admin/bookings.csv')).status()).toBe(401);
  });
});
