import { describe, expect, it } from 'vitest';
import { nextEnv } from './next';

describe('nextEnv', () => {
  const base = {
    ...process.env,
    BENCH_MARK: 'kept',
    DATABASE_URL: 'postgres://prod',
    SMTP_URL: 'smtp://x',
    APP_ENV: 'production',
  };

  it('runs on loopback with its own data folder, no mail and no outside database or production mode', () => {
    const env = nextEnv(base, 4321, { dataDir: '/tmp/d' });
    expect(env).toMatchObject({
      BENCH_MARK: 'kept',
      DATA_DIR: '/tmp/d',
      PORT: '4321',
      HOSTNAME: '127.0.0.1',
    });
    expect(env.SITE_URL).toBe('http://127.0.0.1:4321');
    expect(env.FORM_MIN_FILL_MS).toBe('0');
    expect(Number(env.BOOKING_RATE_LIMIT)).toBeLessThanOrEqual(10_000);
    for (const key of ['DATABASE_URL', 'SMTP_URL']) expect(env).not.toHaveProperty(key);
    // Explicit: `next start` without APP_ENV refuses to start.
    expect(env.APP_ENV).toBe('development');
  });

  it('uses the database it is given, and leaves the caller environment alone', () => {
    expect(nextEnv(base, 1, { dataDir: '/d', databaseUrl: 'postgres://bench' }).DATABASE_URL).toBe(
      'postgres://bench',
    );
    expect(base.DATABASE_URL).toBe('postgres://prod');
  });
});
