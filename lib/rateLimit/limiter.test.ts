import { describe, expect, it } from 'vitest';
import { addressKey } from './address';
import { limitRule } from './index';
import { memoryRateLimiter, OVERFLOW_BUCKET, slidingDecision } from './limiter';

const t0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('memoryRateLimiter', () => {
  it('allows up to the limit per bucket, then frees up as the window slides', async () => {
    const limiter = memoryRateLimiter(2, 60_000);
    expect((await limiter.hit('a', t0)).allowed).toBe(true);
    expect((await limiter.hit('a', t0)).allowed).toBe(true);
    const refused = await limiter.hit('a', t0);
    expect(refused).toEqual({ allowed: false, retryAfter: expect.any(Number) });
    expect((await limiter.hit('b', t0)).allowed).toBe(true);
    expect((await limiter.hit('a', at(120_000))).allowed).toBe(true);
  });

  it('does not reset at a window edge: a burst at the end of one window counts in the next', async () => {
    const limiter = memoryRateLimiter(10, 60_000);
    for (let i = 0; i < 10; i += 1) expect((await limiter.hit('a', at(59_000))).allowed).toBe(true);
    // A fixed window would allow 10 more one second later.
    expect((await limiter.hit('a', at(61_000))).allowed).toBe(false);
  });

  it('says when one more attempt fits, and peek counts nothing', async () => {
    const limiter = memoryRateLimiter(1, 10_000);
    expect((await limiter.peek('a', t0)).allowed).toBe(true);
    expect((await limiter.peek('a', t0)).allowed).toBe(true);
    await limiter.hit('a', t0);
    const peeked = await limiter.peek('a', t0);
    expect(peeked.allowed).toBe(false);
    expect(peeked.retryAfter).toBeGreaterThan(0);
    expect(peeked.retryAfter).toBeLessThanOrEqual(20);
    expect((await limiter.peek('a', at(peeked.retryAfter * 1000))).allowed).toBe(true);
  });

  it('never evicts an active key, however many new keys arrive; new keys share the overflow bucket', async () => {
    const limiter = memoryRateLimiter(5, 60_000, 100);
    for (let i = 0; i < 5; i += 1) await limiter.hit('attacked', t0);
    for (let i = 0; i < 5000; i += 1) await limiter.hit(`client-${i}`, t0);
    expect(limiter.size).toBeLessThanOrEqual(101);
    // Flooding with new keys did not wipe the count of the key under watch.
    expect((await limiter.hit('attacked', t0)).allowed).toBe(false);
    // The flood itself is counted, together, in the overflow bucket.
    expect((await limiter.hit(OVERFLOW_BUCKET, t0)).allowed).toBe(false);
  });

  it('drops idle keys at the bound, so new clients get their own bucket again', async () => {
    const limiter = memoryRateLimiter(5, 60_000, 100);
    for (let i = 0; i < 100; i += 1) await limiter.hit(`old-${i}`, t0);
    expect((await limiter.hit('late', at(130_000))).allowed).toBe(true);
    expect(limiter.size).toBe(1);
  });
});

describe('one try per window (the staff login past its limit)', () => {
  it('a try counted at any moment lets the next in within the 10 s the page promises, whatever the alignment', async () => {
    const { limit, windowMs } = limitRule('loginRetry');
    for (let offset = 0; offset < windowMs; offset += 250) {
      const limiter = memoryRateLimiter(limit, windowMs);
      const at = (ms: number) => new Date(1_800_000_000_000 + offset + ms);
      expect((await limiter.hit('k', at(0))).allowed).toBe(true);
      // Refused tries are only peeked at, so they do not push the wait further.
      expect((await limiter.peek('k', at(1_000))).allowed).toBe(false);
      expect((await limiter.peek('k', at(10_000))).allowed).toBe(true);
    }
  });
});

describe('slidingDecision', () => {
  it('weighs the previous window by what is left of it', () => {
    // 10 in the previous window, half of this one gone: 5 still count, plus 5 now.
    expect(slidingDecision({ previous: 10, current: 5 }, 10, 60_000, at(30_000), 0).allowed).toBe(true);
    expect(slidingDecision({ previous: 10, current: 6 }, 10, 60_000, at(30_000), 0).allowed).toBe(false);
  });
});

describe('addressKey', () => {
  it('keys IPv6 by its /64, so one host cannot rotate addresses to escape a limit', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keys IPv4 by its address, and IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:cb00:7109')).toBe('203.0.113.9');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
