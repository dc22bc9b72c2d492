import { describe, expect, it } from 'vitest';
import { memoryRateLimiter } from './limiter';

describe('memoryRateLimiter', () => {
  it('allows up to the limit per bucket and window', async () => {
    const limiter = memoryRateLimiter(2, 60_000);
    const now = new Date('2026-12-01T10:00:00Z');
    expect((await limiter.hit('a', now)).allowed).toBe(true);
    expect((await limiter.hit('a', now)).allowed).toBe(true);
    expect((await limiter.hit('a', now)).allowed).toBe(false);
    expect((await limiter.hit('b', now)).allowed).toBe(true);
    expect((await limiter.hit('a', new Date(now.getTime() + 60_000))).allowed).toBe(true);
  });

  it('holds a bounded number of keys, even when every hit is a new key in the same window', async () => {
    const limiter = memoryRateLimiter(5, 60_000, 100);
    const now = new Date('2026-12-01T10:00:00Z');
    for (let i = 0; i < 5000; i += 1) await limiter.hit(`client-${i}`, now);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent clients are still counted.
    for (let i = 0; i < 5; i += 1) await limiter.hit('client-4999', now);
    expect((await limiter.hit('client-4999', now)).allowed).toBe(false);
  });
});
