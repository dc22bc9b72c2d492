import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { selfCare } from '../lib/triage/fixtures';
import { startApp, stopApps } from './appServer';
import {
  applyChange,
  describeChange,
  evilText,
  fieldChange,
  postForms,
  sendForm,
  type PagePost,
} from './formPosts';
import { clinicDate, freeSlots, STAFF_PASSWORD } from './helpers';

// Each property starts from a VALID request and changes one thing (a field's type or value, a dropped field,
// an unknown field, a header), so the code behind validation is reached. A 4xx is fine, a 5xx never is, and a
// refusal names the field that was changed.

const requests = new Map<string, number>();
let serverErrors = 0;
async function counted(endpoint: string, send: () => Promise<APIResponse>): Promise<APIResponse> {
  requests.set(endpoint, (requests.get(endpoint) ?? 0) + 1);
  const response = await send();
  if (response.status() >= 500) serverErrors += 1;
  return response;
}

test.afterAll(() => {
  const lines = [...requests].map(([endpoint, n]) => `  ${endpoint}: ${n}`).join('\n');
  const total = [...requests.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `[figures] fuzz requests per endpoint:\n${lines}\n[figures] fuzz total: ${total} requests, ${serverErrors} answered 5xx\n`,
  );
});

/** Odd values of the kinds clients really send: impossible or far-off dates, numbers as text, blanks. */
const oddText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '2026-02-30',
    '9999-12-31',
    '0000-01-01',
    '2026-13-01',
    '2026-12-01T09:00:00Z',
    '9999-12-31T09:00:00-06:00',
    '2026-02-30T09:00:00-06:00',
    '2026-12-01T24:00:00-06:00',
    '-1',
    '0',
    '29',
    '1.5',
    '1e3',
    'NaN',
    'clinic',
    'telehealth',
    'CLINIC',
    '%00',
    '日本語',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
);
const oddJson = fc.oneof(oddText, evilText, fc.jsonValue(), fc.constant(null), fc.integer(), fc.boolean());

type Mutation = { op: 'set'; field: string; value: unknown } | { op: 'drop'; field: string };

function mutation(fields: readonly string[], values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ op: fc.constant('set' as const), field: fc.constantFrom(...fields), value: values }),
    fc.record({ op: fc.constant('drop' as const), field: fc.constantFrom(...fields) }),
    fc.record({ op: fc.constant('set' as const), field: fc.constant('surprise'), value: values }),
  );
}

function apply(valid: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const copy = { ...valid };
  if (m.op === 'drop') delete copy[m.field];
  else copy[m.field] = m.value;
  return copy;
}

async function fieldOf(response: APIResponse): Promise<string> {
  const body = (await response.json()) as { field?: unknown; message?: unknown };
  expect(typeof body.message).toBe('string');
  return String(body.field);
}

test.describe('fuzzing from valid requests, one change at a time', () => {
  test('GET /api/slots', async ({ request }) => {
    const valid = { type: 'clinic', from: clinicDate(1), days: '7' };
    expect(
      (
        await counted('GET /api/slots', () => request.get(`/api/slots?${new URLSearchParams(valid)}`))
      ).status(),
    ).toBe(200);
    await fc.assert(
      fc.asyncProperty(mutation(['type', 'from', 'days'], oddText), async (m) => {
        const query = Object.fromEntries(Object.entries(apply(valid, m)).map(([k, v]) => [k, String(v)]));
        const response = await counted('GET /api/slots', () =>
          request.get(`/api/slots?${new URLSearchParams(query)}`),
        );
        expect(response.status(), JSON.stringify(m)).toBeLessThan(500);
        if (response.status() === 422) expect(await fieldOf(response)).toBe(m.field);
        else expect(response.status(), JSON.stringify(m)).toBe(200);
      }),
      { numRuns: 120 },
    );
    for (const from of ['2026-02-30', '9999-12-31']) {
      const response = await request.get(`/api/slots?type=clinic&from=${from}`);
      expect(response.status(), from).toBe(422);
      expect(await response.json()).toMatchObject({ field: 'from' });
    }
    const bad = await request.get('/api/slots?type=clinic&days=99');
    expect(bad.status()).toBe(422);
    expect(await bad.json()).toMatchObject({ field: 'days' });
  });

  test('POST /api/bookings', async ({ request }) => {
    test.setTimeout(150_000);
    const [start] = await freeSlots(request, 'telehealth', clinicDate(20));
    expect(start).toBeTruthy();
    const valid = {
      type: 'telehealth',
      start,
      name: 'Fuzz Reader',
      email: 'fuzz@example.com',
      phone: '312 555 0103',
      note: 'Cycling',
      consent: true,
    };
    const fields = ['type', 'start', 'name', 'email', 'phone', 'note', 'consent'];
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      counted('POST /api/bookings', () =>
        request.post('/api/bookings', {
          data: JSON.stringify(body),
          headers: { 'content-type': 'application/json', ...headers },
        }),
      );
    await fc.assert(
      fc.asyncProperty(mutation(fields, oddJson), async (m) => {
        const response = await post(apply(valid, m));
        expect(response.status(), JSON.stringify(m)).toBeLessThan(500);
        if (response.status() === 422) expect(await fieldOf(response), JSON.stringify(m)).toBe(m.field);
        else expect([201, 409], JSON.stringify(m)).toContain(response.status());
      }),
      { numRuns: 150 },
    );
    // Headers, one at a time: the idempotency key and the content type.
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (key) => {
        const printable = key.replace(/[^\x20-\x7e]/g, '');
        const response = await post(valid, { 'idempotency-key': printable });
        expect(response.status()).toBeLessThan(500);
        if (response.status() === 422) expect(await fieldOf(response)).toBe('Idempotency-Key');
      }),
      { numRuns: 40 },
    );
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await counted('POST /api/bookings', () =>
        request.post('/api/bookings', { data: JSON.stringify(valid), headers: { 'content-type': type } }),
      );
      expect(response.status(), type).toBe(415);
    }
    const far = await post({ ...valid, start: '9999-12-01T09:00:00-06:00' });
    expect(far.status()).toBe(422);
    expect(await far.json()).toMatchObject({ field: 'start' });
    const raw = await post('{"type":');
    expect(raw.status()).toBe(422);
  });

  test('POST /api/triage', async ({ request }) => {
    test.setTimeout(120_000);
    const valid: Record<string, unknown> = { ...selfCare };
    const post = (body: unknown) =>
      counted('POST /api/triage', () =>
        request.post('/api/triage', {
          data: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
      );
    expect((await post(valid)).status()).toBe(200);
    await fc.assert(
      fc.asyncProperty(mutation(Object.keys(valid), oddJson), async (m) => {
        const response = await post(apply(valid, m));
        expect(response.status(), JSON.stringify(m)).toBeLessThan(500);
        if (response.status() === 422 || response.status() === 400)
          expect(await fieldOf(response), JSON.stringify(m)).toContain(m.field);
      }),
      { numRuns: 120 },
    );
  });

  test('the /book and manage pages answer odd query strings with a friendly page', async ({ request }) => {
    test.setTimeout(150_000);
    const from = clinicDate(21);
    const valid = { type: 'clinic', from };
    const page = (path: string, query: Record<string, unknown>, endpoint: string) =>
      counted(endpoint, () =>
        request.get(`${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`),
      );
    await fc.assert(
      fc.asyncProperty(mutation(['type', 'from', 'start'], oddText), async (m) => {
        const response = await page('/book', apply(valid, m), 'GET /book');
        expect(response.status(), JSON.stringify(m)).toBe(200);
      }),
      { numRuns: 50 },
    );
    for (const odd of ['2026-02-30', '9999-12-31']) {
      const html = await (await request.get(`/book?type=clinic&from=${odd}`)).text();
      expect(html, odd).toMatch(/That date does not exist|We book up to/);
      expect(html).toContain('Choose a time');
    }

    const [start] = await freeSlots(request, 'clinic', clinicDate(22));
    const made = await request.post('/api/bookings', {
      data: {
        type: 'clinic',
        start,
        name: 'Manage Fuzz',
        email: 'mf@example.com',
        phone: '312 555 0104',
        consent: true,
      },
    });
    expect(made.status()).toBe(201);
    const manage = new URL(((await made.json()) as { manageUrl: string }).manageUrl).pathname;
    const manageValid = { change: '1', from, status: 'moved' };
    await fc.assert(
      fc.asyncProperty(mutation(['change', 'from', 'start', 'status'], oddText), async (m) => {
        const response = await page(manage, apply(manageValid, m), 'GET /book/manage/[token]');
        expect(response.status(), JSON.stringify(m)).toBe(200);
      }),
      { numRuns: 50 },
    );
    const far = await (await request.get(`${manage}?change=1&from=9999-12-31`)).text();
    expect(far).toContain('We book up to');
    expect((await request.get(`${manage}?change=1&start=9999-12-01T09:00:00-06:00`)).status()).toBe(200);
  });

  test('staff CSV: a valid session with odd views, and odd sessions', async ({ page }) => {
    await page.goto('/admin');
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
    const session = (await page.context().cookies()).find((c) => c.name === 'bw_staff')?.value ?? '';
    const csv = (request: APIRequestContext, view: string, cookie: string) =>
      counted('GET /admin/bookings.csv', () =>
        request.get(`/admin/bookings.csv?${new URLSearchParams({ view })}`, {
          headers: { cookie: `bw_staff=${cookie}` },
        }),
      );
    await fc.assert(
      fc.asyncProperty(oddText, async (view) => {
        const response = await csv(page.request, view, session);
        expect(response.status(), view).toBe(200);
        expect(response.headers()['content-type']).toContain('text/csv');
      }),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (cookie) => {
        const response = await csv(page.request, 'upcoming', encodeURIComponent(cookie));
        expect(response.status()).toBe(401);
      }),
      { numRuns: 30 },
    );
  });

  test('attach-summary refuses cross-site posts; paths with broken encoding get 400', async ({
    request,
    baseURL,
  }) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 3000 }), async (summary) => {
        const attach = await counted('POST /book/attach-summary', () =>
          request.post('/book/attach-summary', {
            form: { summary },
            maxRedirects: 0,
            headers: { origin: baseURL ?? '', 'sec-fetch-site': 'same-origin' },
          }),
        );
        expect(attach.status()).toBe(303);
      }),
      { numRuns: 30 },
    );
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: baseURL ?? '' },
    ];
    for (const headers of crossSite) {
      const response = await counted('POST /book/attach-summary', () =>
        request.post('/book/attach-summary', { form: { summary: 'planted' }, maxRedirects: 0, headers }),
      );
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()['set-cookie'] ?? '').not.toContain('bw_check_summary');
    }
    expect((await request.get('/book/manage/%00%ff..%2F')).status()).toBe(400);
    expect((await request.get('/articles/%ff')).status()).toBe(400);
    expect((await request.get('/book/manage/not-a-token')).status()).toBe(404);
  });
});

/** The server action ids a no-JavaScript form carries, for posting the same actions the way scripts do. */
function actionIdOf(post: PagePost): string | undefined {
  const bound = post.fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k))?.[1];
  if (bound) return (JSON.parse(bound) as { id?: string }).id;
  return post.fields.find(([k]) => k.startsWith('$ACTION_ID_'))?.[0].slice('$ACTION_ID_'.length);
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin`);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
}

// Every form action, on an instance of its own (the fuzzer saves schedules and cancels bookings), from the
// page's own valid form with one field changed at a time, posted as a browser without JavaScript does; then
// each action called the way scripts call it, with a previous state that is not one.
test('every form action, one field at a time, never answers 5xx', async ({ page, request }) => {
  test.setTimeout(600_000);
  const port = 4100 + Math.floor(Math.random() * 800);
  const app = await startApp(port, { BOOKING_RATE_LIMIT: '1000000' });
  const base = app.base;
  try {
    const slots = await request.get(`${base}/api/slots?type=clinic&from=${clinicDate(9)}&days=7`);
    const [start, other] = ((await slots.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
    expect(start && other).toBeTruthy();
    const made = await request.post(`${base}/api/bookings`, {
      data: {
        type: 'clinic',
        start,
        name: 'Form Fuzz',
        email: 'ff@example.com',
        phone: '312 555 0105',
        consent: true,
      },
    });
    expect(made.status()).toBe(201);
    const manage = new URL(((await made.json()) as { manageUrl: string }).manageUrl).pathname;
    const fakeToken = 'A'.repeat(43);
    const publicPages = [
      `/book?type=clinic&from=${clinicDate(9)}&start=${encodeURIComponent(other ?? '')}`,
      `/book/waitlist?type=clinic`,
      `${manage}?change=1&start=${encodeURIComponent(other ?? '')}`,
      '/check',
      `/book/waitlist/offer/${fakeToken}`,
      `/book/waitlist/leave/${fakeToken}`,
    ];
    const posts: PagePost[] = [];
    for (const path of publicPages) posts.push(...(await postForms(page, `${base}${path}`)));
    posts.push(...(await postForms(page, `${base}/admin`)));
    await signIn(page, base);
    for (const path of ['/admin?view=upcoming', '/admin/schedule'])
      posts.push(...(await postForms(page, `${base}${path}`)).filter((p) => p.label !== 'Sign out'));
    // The booking form, the waitlist, the manage page, the self-check, sign-in and every staff form.
    const labels = posts.map((p) => p.label);
    for (const label of [
      'Confirm booking',
      'Join the waitlist',
      'Cancel my booking',
      'Continue',
      'Sign in',
      'Cancel',
    ])
      expect(labels, label).toContain(label);
    for (const post of posts) {
      const endpoint = `form ${new URL(post.path).pathname.replace(/[A-Za-z0-9_-]{43}/, '[token]')} "${post.label}"`;
      await fc.assert(
        fc.asyncProperty(fieldChange(post.fields), async (change) => {
          const response = await counted(endpoint, () =>
            sendForm(page.request, base, post, applyChange(post.fields, change)),
          );
          expect(response.status(), `${endpoint} ${describeChange(change)}`).toBeLessThan(500);
        }),
        { numRuns: 20 },
      );
      // The same action as a script calls it, with a previous state (or form) that is not one.
      const id = actionIdOf(post);
      if (!id) continue;
      for (const args of ['[null,{}]', '["x",{}]', '[{"round":"x"},"x"]', '[7]', '[]']) {
        const response = await counted(`action ${endpoint}`, () =>
          page.request.post(post.path, {
            headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', origin: base },
            data: args,
            maxRedirects: 0,
          }),
        );
        expect(response.status(), `${endpoint} ${args}`).toBeLessThan(500);
      }
    }
  } finally {
    await stopApps([app]);
  }
});
