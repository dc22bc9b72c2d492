import fc from 'fast-check';
import { expect, test } from '@playwright/test';

// Random input of every shape against the running server: a 4xx is fine, a 5xx never is.
const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('clinic', 'telehealth', 'CLINIC', ''), fc.jsonValue()),
      start: fc.oneof(
        fc.constantFrom('2026-12-01T09:00:00-06:00', '2026-02-30T09:00:00-06:00', '9am'),
        fc.string(),
        fc.jsonValue(),
      ),
      name: fc.oneof(fc.string(), fc.jsonValue()),
      email: fc.oneof(fc.emailAddress(), fc.string()),
      phone: fc.oneof(fc.string(), fc.integer()),
      note: fc.oneof(fc.string({ maxLength: 3000 }), fc.jsonValue()),
      consent: fc.oneof(fc.constant(true), fc.jsonValue()),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

test.describe('fuzzing the JSON endpoints', () => {
  test('POST /api/bookings never answers 5xx', async ({ request }) => {
    test.setTimeout(120_000);
    await fc.assert(
      fc.asyncProperty(anyJson, fc.option(fc.string({ maxLength: 300 })), async (body, key) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (key !== null) headers['idempotency-key'] = key.replace(/[^\x20-\x7e]/g, '');
        const response = await request.post('/api/bookings', { data: JSON.stringify(body), headers });
        expect(response.status(), JSON.stringify(body)).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    const raw = await request.post('/api/bookings', {
      data: '{"type":',
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.status()).toBe(422);
    const wrongType = await request.post('/api/bookings', {
      data: 'type=clinic',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status()).toBe(415);
  });

  test('GET /api/slots never answers 5xx and names the bad parameter', async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('type', 'from', 'days', 'x'), fc.string({ maxLength: 30 })),
        async (params) => {
          const response = await request.get(`/api/slots?${new URLSearchParams(params).toString()}`);
          expect(response.status(), JSON.stringify(params)).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    const bad = await request.get('/api/slots?type=clinic&days=99');
    expect(bad.status()).toBe(422);
    expect(await bad.json()).toMatchObject({ field: 'days' });
  });

  test('POST /api/triage never answers 5xx', async ({ request }) => {
    test.setTimeout(120_000);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom(
              'age',
              'emergency',
              'urgent',
              'onset',
              'duration',
              'intensity',
              'worse',
              'emergncy',
            ),
            fc.jsonValue(),
          ),
        ),
        async (body) => {
          const response = await request.post('/api/triage', {
            data: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(response.status(), JSON.stringify(body)).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('staff and summary endpoints refuse junk without 5xx', async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 3000 }),
        async (cookie, summary) => {
          const csv = await request.get('/admin/bookings.csv', {
            headers: { cookie: `bw_staff=${encodeURIComponent(cookie)}` },
          });
          expect(csv.status()).toBe(401);
          const attach = await request.post('/book/attach-summary', { form: { summary }, maxRedirects: 0 });
          expect(attach.status()).toBe(303);
        },
      ),
      { numRuns: 60 },
    );
    expect((await request.get('/book/manage/%00%ff..%2F')).status()).toBe(400);
    expect((await request.get('/articles/%ff')).status()).toBe(400);
    expect((await request.get('/book/manage/not-a-token')).status()).toBe(404);
  });
});
