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
});
