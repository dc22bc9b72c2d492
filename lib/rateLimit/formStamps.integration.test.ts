// Single-use form stamps and the shared limiter, on each engine (PostgreSQL is what several instances share).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDb } from '../db/testing';

process.env.APP_SECRET = 'f'.repeat(40);
process.env.FORM_MIN_FILL_MS = '3000';
const { issueFormStamp } = await import('../server/formStamp');
const { redeemFormStamp } = await import('./formStamps');
const { databaseRateLimiter } = await import('./limiter');

const shown = new Date('2026-12-01T10:00:00Z');
const after = (ms: number) => new Date(shown.getTime() + ms);

const all = await engines();

describe.each(all)('form stamps and limits on $name', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    if (!engine.skip) t = await engine.create();
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)(
    'a stamp is good for one post; a second post with it is refused as reused',
    async () => {
      const stamp = issueFormStamp(shown);
      expect(await redeemFormStamp(t.db, stamp, after(5000))).toBe('ok');
      expect(await redeemFormStamp(t.db, stamp, after(6000))).toBe('reused');
      // Another shown form has its own stamp.
      expect(await redeemFormStamp(t.db, issueFormStamp(shown), after(5000))).toBe('ok');
    },
  );

  it.skipIf(engine.skip)('25 posts at once with one stamp: exactly one gets through', async () => {
    const stamp = issueFormStamp(shown);
    const results = await Promise.all(
      Array.from({ length: 25 }, () => redeemFormStamp(t.db, stamp, after(5000))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'reused')).toHaveLength(24);
  });

  it.skipIf(engine.skip)('too fast, expired and forged stamps are refused and not used up', async () => {
    const stamp = issueFormStamp(shown);
    expect(await redeemFormStamp(t.db, stamp, after(1000))).toBe('too-fast');
    expect(await redeemFormStamp(t.db, stamp, after(25 * 60 * 60 * 1000))).toBe('expired');
    const [at, id] = stamp.split('.');
    expect(await redeemFormStamp(t.db, `${at}.${id}.forgedforgedforgedforg`, after(5000))).toBe('invalid');
    expect(
      await redeemFormStamp(t.db, `${Number(at) - 1}.${stamp.split('.').slice(1).join('.')}`, after(5000)),
    ).toBe('invalid');
    expect(await redeemFormStamp(t.db, undefined, after(5000))).toBe('invalid');
    // None of those used it up: the person's real post still goes through.
    expect(await redeemFormStamp(t.db, stamp, after(5000))).toBe('ok');
  });

  it.skipIf(engine.skip)(
    'the database limiter slides: a burst at a window edge still counts after it',
    async () => {
      const limiter = databaseRateLimiter(t.db, 10, 60_000);
      for (let i = 0; i < 10; i += 1) expect((await limiter.hit('edge', after(59_000))).allowed).toBe(true);
      expect((await limiter.hit('edge', after(61_000))).allowed).toBe(false);
      expect((await limiter.peek('edge', after(181_000))).allowed).toBe(true);
    },
  );
});
