import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

/** The first Sunday on or after a clinic-local date (the seeded schedule is closed on Sundays). */
function sundayFrom(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

async function signIn(page: Page) {
  await page.goto('/admin/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign in' })).toBeVisible();
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
}

const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

// With JavaScript on and off the test runs at once against one server, so each project takes its own visit
// type and days: their hours forms never overwrite each other.
test('staff close a day that has a booking, decide on it, and add hours @nojs', async ({ page, request }) => {
  const noJs = test.info().project.name === 'no-js';
  const type = noJs ? 'clinic' : 'telehealth';
  const label = noJs ? 'in the clinic' : 'by video';
  // Days past every other spec's (which book up to 22 days ahead). Holidays can leave few open days there,
  // so one project takes the first free time and the other the last, rather than fixed days that may be closed.
  const late = await freeSlots(request, type, clinicDate(23), 6);
  const start = noJs ? late[0] : late.at(-1);
  expect(start, 'a free time to book').toBeTruthy();
  const day = start!.slice(0, 10);
  const reader = `Schedule Reader ${noJs ? 'B' : 'A'}`;
  const made = await request.post('/api/bookings', {
    data: { type, start, name: reader, email: 'schedule@example.com', phone: '312 555 0103', consent: true },
  });
  expect(made.status()).toBe(201);

  await signIn(page);
  await expectAccessible(page, 'schedule');
  const closure = page.locator('form', { has: page.getByRole('button', { name: 'Close these dates' }) });

  // A bad field: named in the summary, tied to its field, and what was typed is kept.
  await closure.getByLabel('First closed date').fill(day);
  await closure.getByLabel('Reason').fill('   ');
  await closure.getByRole('button', { name: 'Close these dates' }).click();
  await expect(summary(page)).toContainText('Enter a reason, like Thanksgiving or staff training');
  await expect(closure.getByLabel('First closed date')).toHaveValue(day);
  await expect(closure.getByLabel('Reason')).toHaveAttribute('aria-describedby', /closure-reason-error/);
  await expectAccessible(page, 'schedule: closure error');

  await closure.getByLabel('Reason').fill('Staff training');
  await closure.getByRole('button', { name: 'Close these dates' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const affected = page.locator('li', { hasText: reader });
  await expect(affected).toContainText('the clinic is now closed that day');
  await expectAccessible(page, 'schedule: bookings outside the schedule');
  expect(await freeSlots(request, type, day, 1)).toEqual([]);

  // The booking stays until staff decide: keep it with JavaScript, cancel it (and mail the reader) without.
  if (noJs) {
    await affected.getByRole('button', { name: /and email the reader/ }).click();
    await expect(page.getByRole('status')).toContainText('Booking cancelled. The reader has been emailed.');
  } else {
    await affected.getByRole('button', { name: /^Keep:/ }).click();
    await expect(page.getByRole('status')).toContainText('Booking kept.');
  }
  await expect(page.locator('li', { hasText: reader })).toHaveCount(0);
  await expect(page.getByRole('table')).toContainText(`Closed ${day}: Staff training`);
  await expectAccessible(page, 'schedule: after the decision');

  // Hours: a bad time is named and kept, then Sunday opens and its times show on /book.
  const sunday = sundayFrom(clinicDate(3));
  expect(await freeSlots(request, type, sunday, 1)).toEqual([]);
  const hours = page.locator('form', { has: page.getByRole('button', { name: `Save hours for ${label}` }) });
  const sun = hours.getByRole('group', { name: /^Sunday/ });
  await sun.getByLabel('Period 1 opens').fill('10:00');
  await sun.getByLabel('Period 1 closes').fill('25:00');
  await hours.getByRole('button', { name: `Save hours for ${label}` }).click();
  await expect(summary(page)).toContainText('Sunday, period 1: enter the closing time as 24-hour HH:MM');
  await expect(sun.getByLabel('Period 1 closes')).toHaveValue('25:00');
  await expect(sun.getByLabel('Period 1 opens')).toHaveValue('10:00');
  await expectAccessible(page, 'schedule: hours error');
  await sun.getByLabel('Period 1 closes').fill('12:00');
  await hours.getByRole('button', { name: `Save hours for ${label}` }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await expect(page.getByRole('table')).toContainText('Sun 10:00-12:00');

  const added = await freeSlots(request, type, sunday, 1);
  expect(added[0]).toMatch(new RegExp(`^${sunday}T10:00`));
  await page.goto(`/book?type=${type}&from=${sunday}`);
  await expect(page.locator(`input[value="${added[0]}"]`)).toHaveCount(1);

  // Open the day again, so other tests on this server keep their times.
  await page.goto('/admin/schedule');
  await page.getByRole('button', { name: `Open again ${day} (Staff training)` }).click();
  await expect(page.getByRole('status')).toContainText('open again');
});

test('staff add a clinician; a bad video-room link is named and kept', async ({ page }) => {
  await signIn(page);
  const add = page.locator('form', { has: page.getByRole('button', { name: 'Add this clinician' }) });
  await add.getByLabel('Name').fill('Eve Example');
  await add.getByLabel('Role').fill('Physical therapist');
  await add.getByLabel('By video').check();
  // Inactive, so the other tests on this server keep the capacity they count on.
  await add.getByLabel(/^Active/).uncheck();
  await add.getByLabel(/^Video-room link/).fill('http://video.example.com/eve');
  await add.getByRole('button', { name: 'Add this clinician' }).click();
  await expect(summary(page)).toContainText('Video-room link must be an https:// address');
  await expect(add.getByLabel(/^Video-room link/)).toHaveValue('http://video.example.com/eve');
  await expect(add.getByLabel('Name')).toHaveValue('Eve Example');
  await expectAccessible(page, 'schedule: clinician error');
  await add.getByLabel(/^Video-room link/).fill('https://video.example.com/eve');
  await add.getByRole('button', { name: 'Add this clinician' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const saved = page.locator('form', { has: page.getByRole('button', { name: 'Save Eve Example' }) });
  await expect(saved.getByLabel(/^Video-room link/)).toHaveValue('https://video.example.com/eve');
  await expect(page.getByRole('table')).toContainText(
    'Added Eve Example (inactive; sees by video; video link set)',
  );
});

test('the schedule page asks a visitor without a staff session to sign in', async ({ page }) => {
  await page.goto('/admin/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign in' })).toBeVisible();
  await expect(page.getByText('Closed dates')).toHaveCount(0);
});
