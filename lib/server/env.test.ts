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

  const production = {
    APP_ENV: 'production',
    SITE_URL: 'https://backwise.example',
    ADMIN_PASSWORD: 'tangerine-gravel-osprey',
    APP_SECRET: 's'.repeat(32),
    SMTP_URL: 'smtp://mail.backwise.example:587',
    TRUST_PROXY: '1',
  };

  it('starts in production with every required variable', () => {
    expect(parseEnv(production).production).toBe(true);
  });

  it('refuses to run in production without the staff password', () => {
    expect(() => parseEnv({ APP_ENV: 'production', SITE_URL: 'https://backwise.example' })).toThrow(
      /ADMIN_PASSWORD: required/,
    );
  });

  it('requires APP_SECRET in production, separate from the staff password', () => {
    expect(() => parseEnv({ ...production, APP_SECRET: undefined })).toThrow(
      /APP_SECRET: required when APP_ENV=production/,
    );
  });

  it('requires SMTP_URL in production: mail written to files reaches nobody', () => {
    expect(() => parseEnv({ ...production, SMTP_URL: undefined })).toThrow(
      /SMTP_URL: required when APP_ENV=production/,
    );
    expect(() => parseEnv({ ...production, SMTP_URL: '' })).toThrow(/SMTP_URL: required/);
  });

  it('requires TRUST_PROXY to be set explicitly in production, 0 included', () => {
    expect(() => parseEnv({ ...production, TRUST_PROXY: undefined })).toThrow(
      /TRUST_PROXY: required when APP_ENV=production/,
    );
    expect(parseEnv({ ...production, TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
  });

  it('refuses a common staff password in production, naming it', () => {
    for (const common of ['qwerty123456', 'Password2026!', 'leavemealone'])
      expect(() => parseEnv({ ...production, ADMIN_PASSWORD: common })).toThrow(
        /ADMIN_PASSWORD: a common password/,
      );
  });

  it('names every missing production variable at once', () => {
    const message = (() => {
      try {
        parseEnv({ APP_ENV: 'production' });
      } catch (error) {
        return String(error);
      }
      return '';
    })();
    for (const name of ['ADMIN_PASSWORD', 'APP_SECRET', 'SITE_URL', 'SMTP_URL', 'TRUST_PROXY'])
      expect(message).toContain(`${name}: required`);
  });

  it('refuses NODE_ENV=production without APP_ENV instead of running as development', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/APP_ENV: required when NODE_ENV=production/);
    expect(parseEnv({ NODE_ENV: 'production', APP_ENV: 'development' }).production).toBe(false);
    expect(parseEnv({ NODE_ENV: 'production', ...production }).production).toBe(true);
    // `next build` runs with NODE_ENV=production and needs no runtime settings.
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).production).toBe(false);
    expect(parseEnv({ NODE_ENV: 'test' }).APP_ENV).toBe('development');
  });

  it('reads TRUST_PROXY as a flag, off by default', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('reads TRUSTED_PROXIES, loopback by default, and names a bad entry', () => {
    expect(parseEnv({}).TRUSTED_PROXIES.has('127.0.0.1')).toBe(true);
    expect(parseEnv({}).TRUSTED_PROXIES.has('10.0.0.1')).toBe(false);
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8' }).TRUSTED_PROXIES.has('10.0.0.1')).toBe(true);
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrow(
      /TRUSTED_PROXIES: "proxy.local" is not an IP address/,
    );
  });
});
