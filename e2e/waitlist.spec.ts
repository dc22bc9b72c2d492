import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

const outboxDir = () => path.join(process.env.E2E_DATA_DIR ?? '', 'outbox');

/** The text of the .eml files of one kind sent to `to`, soft line breaks of quoted-printable undone. */
function mailsTo(to: string, kind: string): string[] {
  let files: string[];
  try {
    files = readdirSync(outboxDir()).filter((f) => f.endsWith('.eml') && f.includes(`-${kind}-`));
  } catch {
    return [];
  }
  return files
    .map((f) =>
      readFileSync(path.join(outboxDir(), f), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '='),
    )
    .filter((text) => text.includes(`To: ${to}`));
}

async function linkInMail(to: string, kind: string, pattern: RegExp): Promise<string> {
  let link = '';
  await expect
    .poll(
      () => {
        link =
          mailsTo(to, kind)
            .map((m) => pattern.exec(m)?.[0] ?? '')
            .find(Boolean) ?? '';
        return link;
      },
      { timeout: 20_000, message: `a ${kind} mail to ${to}` },
    )
    .not.toBe('');
  return new URL(link).pathname;
}

/** A video day three weeks on with few times (Tuesday, Thursday or Friday), booked full; its manage links. */
async function fillVideoDay(request: APIRequestContext): Promise<{ day: string; manageUrls: string[] }> {
  for (let ahead = 19; ahead <= 27; ahead += 1) {
    const day = clinicDate(ahead);
    const times = await freeSlots(request, 'telehealth', day, 1);
    if (times.length === 0 || times.length > 4) continue;
    const manageUrls: string[] = [];
    for (let left = times; left.length > 0; left = await freeSlots(request, 'telehealth', day, 1)) {
      const made = await request.post('/api/bookings', {
        data: {
          type: 'telehealth',
          start: left[0],
          name: `Full Day ${manageUrls.length}`,
          email: `fullday${manageUrls.length}@example.com`,
          phone: '312 555 0120',
          consent: true,
        },
      });
      expect(made.status()).toBe(201);
      manageUrls.push(((await made.json()) as { manageUrl: string }).manageUrl);
    }
    return { day, manageUrls };
  }
  throw new Error('no short video day found three weeks on');
}

async function fillJoinForm(page: Page, who: string, from: string, to: string) {
  await page.getByLabel('First date you could come').fill(from);
  await page.getByLabel('Last date you could come').fill(to);
  await page.getByLabel('Full name').fill(`Waiting ${who}`);
  await page.getByLabel('Email address').fill(`${who}@example.com`);
  await page.getByLabel('Phone number').fill('312 555 0130');
  await page.getByLabel(/I agree that the clinic keeps these details/).check();
  // The form turns away submissions faster than a person could type (FORM_MIN_FILL_MS in e2e).
  await page.waitForTimeout(900);
}

async function join(page: Page, who: string, day: string) {
  await page.goto(`/book/waitlist?type=telehealth&from=${day}&to=${day}`);
  await fillJoinForm(page, who, day, day);
  await page.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are on the waitlist' })).toBeVisible();
}

test.describe('the waitlist', () => {
  test('join for a full day, a cancellation offers the place, the first to press books it in one step', async ({
    page,
    browser,
    request,
  }) => {
    const { day, manageUrls } = await fillVideoDay(request);
    await page.goto(`/book?type=telehealth&from=${day}`);
    await page.getByRole('link', { name: 'Join the waitlist' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Join the waitlist' })).toBeVisible();
    await expect(page.getByLabel('By video')).toBeChecked();
    await expectAccessible(page, 'join form');

    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary.getByRole('link', { name: 'Enter your full name' })).toHaveAttribute(
      'href',
      '#name',
    );
    await expect(
      summary.getByRole('link', { name: 'Tick the box to agree to the privacy notice' }),
    ).toBeVisible();
    await expectAccessible(page, 'join form with errors');

    // The week from the booking page still has free times on other days: the server says so.
    await fillJoinForm(page, 'first', clinicDate(10), day);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(summary.getByRole('link', { name: /There is a free time in these dates/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the free times in these dates' })).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Waiting first');
    await expectAccessible(page, 'join form, free times in range');

    await page.getByLabel('First date you could come').fill(day);
    await page.getByLabel(/I agree that the clinic keeps these details/).check();
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You are on the waitlist' })).toBeVisible();
    await expectAccessible(page, 'joined');
    await linkInMail(
      'first@example.com',
      'waitlist-joined',
      /https?:\/\/\S+\/book\/waitlist\/leave\/[\w-]{43}/,
    );

    const second = await (await browser.newContext()).newPage();
    await join(second, 'second', day);

    // Someone cancels: the place goes to both, by mail.
    await page.goto(new URL(manageUrls[0] ?? '').pathname);
    await page.getByRole('button', { name: 'Cancel my booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Booking cancelled' })).toBeVisible();
    const offerPattern = /https?:\/\/\S+\/book\/waitlist\/offer\/[\w-]{43}/;
    const firstOffer = await linkInMail('first@example.com', 'waitlist-offer', offerPattern);
    const secondOffer = await linkInMail('second@example.com', 'waitlist-offer', offerPattern);

    await page.goto(firstOffer);
    await expect(page.getByRole('heading', { level: 1, name: 'A time is free for you' })).toBeVisible();
    await expectAccessible(page, 'offer');
    await second.goto(secondOffer);
    await expect(second.getByRole('button', { name: 'Book this time' })).toBeVisible();

    await page.getByRole('button', { name: 'Book this time' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Booking confirmed' })).toBeVisible();
    await expect(page.locator('dt:has-text("Name") + dd')).toHaveText('Waiting first');
    await expectAccessible(page, 'booked from the offer');
    await page.goto(firstOffer);
    await expect(page.getByRole('heading', { level: 1, name: 'You booked this time' })).toBeVisible();
    await expectAccessible(page, 'offer already booked');

    await second.getByRole('button', { name: 'Book this time' }).click();
    await expect(
      second.getByText('Sorry, someone else took that time. You are still on the waitlist.'),
    ).toBeVisible();
    await expectAccessible(second, 'offer taken');

    await second.getByRole('link', { name: 'Leave the waitlist' }).click();
    await expect(second.getByRole('heading', { level: 1, name: 'Leave the waitlist?' })).toBeVisible();
    await expectAccessible(second, 'leave');
    await second.getByRole('button', { name: 'Leave the waitlist' }).click();
    await expect(second.getByText('You have left the waitlist.')).toBeVisible();
    await expectAccessible(second, 'left');
    await second.context().close();
  });

  test('without JavaScript the server names each bad field and keeps what was typed @nojs', async ({
    page,
  }) => {
    const day = clinicDate(3);
    await page.goto(`/book/waitlist?type=clinic&from=${day}&to=${day}`);
    await fillJoinForm(page, 'nojs', day, day);
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Last date you could come').fill(clinicDate(60));
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(
      page.getByRole('link', { name: 'Enter an email address like name@example.com' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: /We book up to .*: choose that date or earlier/ }),
    ).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Waiting nojs');
    await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
    await expectAccessible(page, 'join form server errors without JavaScript');
  });

  test('staff see who is waiting, with their dates and contact', async ({ page, request }) => {
    // A day with no video hours at all (a weekend) has no free time, so anyone may wait for it.
    let day = '';
    for (let ahead = 1; !day && ahead <= 7; ahead += 1)
      if ((await freeSlots(request, 'telehealth', clinicDate(ahead), 1)).length === 0)
        day = clinicDate(ahead);
    await join(page, 'staffview', day);
    await page.goto('/admin');
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const section = page.getByRole('region', { name: 'Waitlist' });
    const row = section.locator('tr', { hasText: 'Waiting staffview' });
    await expect(row).toContainText('staffview@example.com');
    await expect(row).toContainText('By video');
    await expectAccessible(page, 'staff waitlist');
  });

  test('an unknown offer or leave link is a plain not found', async ({ page }) => {
    for (const link of [`/book/waitlist/offer/${'A'.repeat(43)}`, '/book/waitlist/leave/nonsense']) {
      const response = await page.goto(link);
      expect(response?.status()).toBe(404);
    }
  });
});
