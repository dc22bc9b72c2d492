import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.siteUrl).toBe('http://localhost:3000');
    expect(env.dataDir).toBe(path.resolve('.data'));
    expect(env.BOOKING_RATE_LIMIT).toBe(10);
    expect(env.production).toBe(false);
  });

  it('derives SITE_URL from PORT and trims a trailing slash', () => {
    expect(parseEnv({ PORT: '4100' }).siteUrl).toBe('http://localhost:4100');
    expect(parseEnv({ SITE_URL: 'https://backwise.example/' }).siteUrl).toBe('https://backwise.example');
  });

  it('names a malformed variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT:/);
  });

  it('reads REMINDER_HOURS as hours, fractions allowed, and names a bad value', () => {
    expect(parseEnv({}).REMINDER_HOURS).toBe(24);
    expect(parseEnv({ REMINDER_HOURS: '0.05' }).REMINDER_HOURS).toBe(0.05);
    expect(parseEnv({ REMINDER_HOURS: '48' }).REMINDER_HOURS).toBe(48);
    for (const bad of ['0', '-1', 'soon', '337'])
      expect(() => parseEnv({ REMINDER_HOURS: bad })).toThrow(/REMINDER_HOURS: must/);
  });

  it('refuses to run in production without the staff password', () => {
    expect(() => parseEnv({ APP_ENV: 'production', SITE_URL: 'https://backwise.example' })).toThrow(
      /ADMIN_PASSWORD: required/,
    );
  });

  it('requires APP_SECRET in production, separate from the staff password', () => {
    const base = {
      APP_ENV: 'production',
      SITE_URL: 'https://backwise.example',
      ADMIN_PASSWORD: 'x'.repeat(16),
    };
    expect(() => parseEnv(base)).toThrow(/APP_SECRET: required when APP_ENV=production/);
    expect(parseEnv({ ...base, APP_SECRET: 's'.repeat(32) }).production).toBe(true);
  });

  it('reads TRUST_PROXY as a flag, off by default', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
