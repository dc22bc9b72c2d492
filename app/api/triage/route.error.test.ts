// An unexpected error in the handler is a bug, not bad input: it must reach the shared route wrapper and come
// out as a logged 500 (never a catch-all 422 that would hide it from the "never 5xx" property).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selfCare } from '@/lib/triage/fixtures';
import { logger } from '@/lib/server/logger';

vi.mock('@/lib/content/planLibrary', () => ({
  planLibrary: () => {
    throw new TypeError(`library broke ${marker}`);
  },
}));

const marker = 'zz-answers-4c1e';

describe('POST /api/triage: an unexpected error', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers 500 through the route wrapper and logs the route, never the answers or the message', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const { POST } = await import('./route');
    const response = await POST(
      new Request('http://localhost/api/triage', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...selfCare, activity: ['running'] }),
      }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: 'internal_error' });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toMatchObject({ route: 'POST /api/triage', error: 'TypeError' });
    expect(JSON.stringify(error.mock.calls)).not.toContain(marker);
    expect(JSON.stringify(error.mock.calls)).not.toContain('running');
  });
});
