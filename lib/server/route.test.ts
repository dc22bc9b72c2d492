import { describe, expect, it, vi } from 'vitest';
import { logger } from './logger';
import { HttpError, invalid, route } from './route';

describe('route wrapper', () => {
  it('passes answers through', async () => {
    const handler = route('t', async () => Response.json({ ok: true }));
    expect((await handler()).status).toBe(200);
  });

  it('maps thrown refusals and known domain errors to their 4xx', async () => {
    const bad = await route('t', async () => {
      throw invalid('from', 'use a real date');
    })();
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ error: 'invalid_request', field: 'from', message: 'use a real date' });
    const known = {
      toHttp: () => new HttpError(409, { error: 'slot_taken', field: 'start', message: 'taken' }),
    };
    const conflict = await route('t', async () => {
      throw known;
    })();
    expect(conflict.status).toBe(409);
  });

  it('logs anything else once, without its message, and answers 500', async () => {
    const spy = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await route('slots', async () => {
      throw new RangeError('secret-person@example.com');
    })();
    expect(response.status).toBe(500);
    expect(spy).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(spy.mock.calls[0]);
    expect(logged).toContain('RangeError');
    expect(logged).not.toContain('secret-person@example.com');
    spy.mockRestore();
  });

  it('shows a refusal as a page to a browser that navigated here, and as JSON to a script', async () => {
    const handler = route<[Request]>('t', async () => {
      throw new HttpError(403, { error: 'cross_site', message: 'Only from this site <b>' });
    });
    const url = 'http://localhost/book/attach-summary';
    const page = await handler(new Request(url, { headers: { 'sec-fetch-dest': 'document' } }));
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<h1>This request was not accepted</h1>');
    expect(html).toContain('Only from this site &#60;b&#62;');
    const json = await handler(new Request(url, { headers: { 'sec-fetch-dest': 'empty' } }));
    expect(json.headers.get('content-type')).toContain('application/json');
    const plain = await handler(new Request(url, { headers: { accept: 'text/html,*/*' } }));
    expect(plain.headers.get('content-type')).toContain('text/html');
  });

  it('never logs a database error with its query or parameters', async () => {
    const spy = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00 Rae Reader'), {
      code: '22021',
    });
    const drizzle = Object.assign(
      new Error('Failed query: insert into bookings values ($1, $2)\nparams: Rae Reader,rae@example.com'),
      { name: 'DrizzleQueryError', query: 'insert', params: ['Rae Reader', 'rae@example.com'], cause },
    );
    expect((await route('t', async () => Promise.reject(drizzle))()).status).toBe(500);
    const logged = JSON.stringify(spy.mock.calls[0]);
    expect(logged).toContain('DrizzleQueryError');
    expect(logged).toContain('22021');
    expect(logged).not.toMatch(/Rae Reader|rae@example\.com|insert into/);
    spy.mockRestore();
  });
});
