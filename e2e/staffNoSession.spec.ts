// Every staff server action and staff route, posted without a session: each is refused and nothing changes
// (the bookings, the failed-mail list and the schedule read the same before and after).
import { expect, test, type Page } from '@playwright/test';
import { postForms, sendForm, type PagePost } from './formPosts';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

async function signIn(page: Page): Promise<void> {
  await page.goto('/admin');
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
}

/** What staff see, without the parts that change per request (nonces, form stamps, action state). */
async function snapshot(page: Page): Promise<string> {
  const csv = await (await page.request.get('/admin/bookings.csv?view=upcoming')).text();
  await page.goto('/admin/schedule');
  const schedule = await page.locator('main').innerText();
  return `${csv}\n${schedule}`;
}

test('staff actions and routes without a session are refused and change nothing', async ({
  page,
  playwright,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const [start] = await freeSlots(request, 'clinic', clinicDate(26));
  const made = await request.post('/api/bookings', {
    data: {
      type: 'clinic',
      start,
      name: 'No Session',
      email: 'ns@example.com',
      phone: '312 555 0106',
      consent: true,
    },
  });
  expect(made.status()).toBe(201);
  await signIn(page);
  const posts: PagePost[] = [];
  for (const path of ['/admin?view=upcoming', '/admin/schedule'])
    posts.push(...(await postForms(page, path)).filter((p) => p.label !== 'Sign out'));
  const labels = posts.map((p) => p.label);
  expect(labels).toEqual(
    expect.arrayContaining(['Cancel', 'Close these dates', 'Save hours for in the clinic', 'Open again']),
  );
  const before = await snapshot(page);

  const stranger = await playwright.request.newContext({ baseURL });
  for (const post of posts) {
    for (const cookie of [undefined, 'bw_staff=forged', `bw_staff=${'A'.repeat(43)}`]) {
      const response = await sendForm(stranger, baseURL ?? '', post, post.fields, cookie ? { cookie } : {});
      const where = `${post.path} "${post.label}" cookie=${cookie}`;
      expect(response.status(), where).toBeLessThan(500);
      // Refused: sent back to the sign-in page, never a "saved" or "cancelled" notice.
      const location = response.headers().location ?? '';
      if (response.status() === 303) expect(location, where).toMatch(/^\/admin(\?error=\w+)?$/);
      else expect(await response.text(), where).toContain('Sign in');
    }
  }
  const csv = await stranger.get('/admin/bookings.csv?view=upcoming');
  expect(csv.status()).toBe(401);
  await stranger.dispose();
  expect(await snapshot(page)).toBe(before);
});
