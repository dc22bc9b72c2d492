// Requests from another site: a page on another origin must not book, plant a summary or run a server action,
// and the person who meets such a refusal sees a page, not JSON. The site reached by another host name (a
// proxy, www) still works for its own pages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

/** A second web server, on another port and host name: a different origin and a different site. */
async function otherSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function staffCsv(page: Page): Promise<string> {
  await page.goto('/admin');
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
  return (await page.request.get('/admin/bookings.csv?view=upcoming')).text();
}

test('a page on another origin cannot book with a no-cors text/plain; application/json post', async ({
  page,
  request,
  baseURL,
}) => {
  const [start] = await freeSlots(request, 'telehealth', clinicDate(24));
  expect(start).toBeTruthy();
  const name = `Cross Site ${Date.now()}`;
  const body = JSON.stringify({
    type: 'telehealth',
    start,
    name,
    email: 'cross-site@example.com',
    phone: '312 555 0190',
    consent: true,
  });
  const evil = await otherSite(`<!doctype html><html lang="en"><title>Other site</title><body><script>
    fetch(${JSON.stringify(`${baseURL}/api/bookings`)}, {
      method: 'POST', mode: 'no-cors', credentials: 'include',
      headers: { 'Content-Type': 'text/plain; application/json' },
      body: ${JSON.stringify(body)},
    });
  </script></body></html>`);
  try {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/bookings'));
    await page.goto(evil.url);
    expect((await answered).status()).toBe(403);
  } finally {
    await evil.close();
  }
  expect(await staffCsv(page)).not.toContain(name);
});

test('a form posted from another site meets a styled refusal page and plants nothing @nojs', async ({
  page,
  baseURL,
}) => {
  const evil = await otherSite(`<!doctype html><html lang="en"><title>Other site</title><body><main>
    <form method="post" action="${baseURL}/book/attach-summary">
      <input type="hidden" name="summary" value="Planted summary">
      <button>Send</button>
    </form></main></body></html>`);
  try {
    await page.goto(evil.url);
    const answered = page.waitForResponse((r) => r.url().endsWith('/book/attach-summary'));
    await page.getByRole('button', { name: 'Send' }).click();
    const response = await answered;
    expect(response.status()).toBe(403);
    expect(response.headers()['set-cookie'] ?? '').not.toContain('bw_check_summary');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This request was not accepted' }),
    ).toBeVisible();
    await expect(page.locator('body')).not.toContainText('"error"');
    await expectAccessible(page, 'cross-site refusal page');
  } finally {
    await evil.close();
  }
});

test('server-action posts from another site or with a malformed Origin answer 403, not 500', async ({
  request,
  baseURL,
}) => {
  const tries: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { origin: 'not a url' },
    { origin: 'http://[::1' },
    { origin: baseURL ?? '', 'sec-fetch-site': 'cross-site' },
  ];
  for (const path of ['/book?type=clinic', '/admin', '/admin/schedule', '/check', '/'])
    for (const headers of tries) {
      const response = await request.post(path, {
        headers: { ...headers, 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' },
        data: '[]',
        maxRedirects: 0,
      });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  // A no-JavaScript server-action form post (multipart, no Next-Action header) from another site, too.
  const form = await request.post('/admin', {
    headers: { origin: 'https://evil.example' },
    multipart: { $ACTION_ID_abc: '', password: 'x' },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(403);
});

test('the site reached by another host name than SITE_URL still takes its own summary post', async ({
  playwright,
  baseURL,
}) => {
  // localhost instead of 127.0.0.1: the same server, as behind a proxy or on the www name.
  const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  const context = await playwright.request.newContext({ baseURL: other });
  const response = await context.post('/book/attach-summary', {
    form: { summary: 'From the self-check' },
    headers: { origin: other, 'sec-fetch-site': 'same-origin' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  // Relative, so the browser stays on the host it used.
  expect(response.headers().location).toBe('/book');
  await context.dispose();
});
