import { beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '@/lib/server/logger';

// The no-JavaScript step of the self-check: post, then 303 to a page fetched by GET; the answers ride in a
// sealed cookie, never in the address or a log.
let POST: (request: Request) => Promise<Response>;
let carried: typeof import('../carried');

beforeAll(async () => {
  process.env.APP_SECRET = 's'.repeat(40);
  vi.resetModules();
  ({ POST } = (await import('./route')) as { POST: (request: Request) => Promise<Response> });
  carried = await import('../carried');
});

function post(fields: [string, string][], headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request('http://127.0.0.1:3000/check/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const cookieValue = (response: Response) =>
  /bw_check=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

describe('POST /check/answer', () => {
  it('answers 303 to the next page, with only a sealed place in the address', async () => {
    const response = await post([
      ['step', '1'],
      ['nav', 'continue'],
      ['age', '41'],
      ['emergency', 'none'],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/check\/step\?at=v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(carried.openPlace(new URL(location, 'http://x').searchParams.get('at') ?? '')).toBe(2);
  });

  it('carries the answers in a sealed, HttpOnly, SameSite=Strict cookie for /check that the page opens', async () => {
    const response = await post([
      ['step', '0'],
      ['age', '41'],
    ]);
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=strict/i);
    expect(header).toMatch(/Path=\/check(;|$)/);
    expect(header).not.toMatch(/Max-Age|Expires/i); // a session cookie: the sealed value expires in an hour
    const value = cookieValue(response);
    expect(value).not.toContain('41');
    expect(carried.openCarried(value)).toEqual({ values: { age: '41' } });
    expect(carried.openCarried(`${value}x`)).toBeUndefined();
  });

  it('sends a refused answer back to its own page, to show the error again', async () => {
    const response = await post([['step', '0']]);
    const location = response.headers.get('location') ?? '';
    expect(carried.openPlace(new URL(location, 'http://x').searchParams.get('at') ?? '')).toBe(0);
    expect(carried.openCarried(cookieValue(response))).toEqual({ values: {}, errorAt: 0 });
  });

  it('goes back without checking the answer, and to the result when the check stops', async () => {
    const back = await post([
      ['step', '2'],
      ['nav', 'back'],
      ['age', '41'],
      ['emergency', 'none'],
    ]);
    expect(
      carried.openPlace(new URL(back.headers.get('location') ?? '', 'http://x').searchParams.get('at') ?? ''),
    ).toBe(1);
    const stop = await post([
      ['step', '1'],
      ['age', '41'],
      ['emergency', 'chest-pain'],
    ]);
    expect(
      carried.openPlace(new URL(stop.headers.get('location') ?? '', 'http://x').searchParams.get('at') ?? ''),
    ).toBe('result');
  });

  it('refuses a post from another site (403) and a body that is not a form (400), never a 500', async () => {
    expect((await post([['age', '41']], { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post([['age', '41']], { origin: 'https://evil.example' })).status).toBe(403);
    const notForm = await POST(
      new Request('http://127.0.0.1:3000/check/answer', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"age": 41}',
      }),
    );
    expect(notForm.status).toBe(400);
  });

  it('logs nothing of the answers', async () => {
    const spies = (['info', 'warn', 'error'] as const).map((level) => vi.spyOn(logger, level));
    const out = vi.spyOn(process.stdout, 'write');
    await post([
      ['step', '0'],
      ['age', 'zzmarker'],
    ]);
    for (const spy of [...spies, out])
      for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain('zzmarker');
  });
});
