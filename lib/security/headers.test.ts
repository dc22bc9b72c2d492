import { describe, expect, it } from 'vitest';
import { headersFor } from './headers.mjs';

const get = (headers: { key: string; value: string }[], key: string) =>
  headers.find((h) => h.key === key)?.value;
const production = { production: true, dev: false, nonce: 'bm9uY2U=' };
const development = { ...production, production: false };

describe('headersFor', () => {
  it('adds HSTS to every kind of path in production, and only there', () => {
    for (const pathname of ['/', '/articles/x', '/api/bookings', '/no-such-page', '/book', '/admin/login']) {
      expect(
        get(headersFor({ pathname, hasVisitType: false }, production), 'Strict-Transport-Security'),
      ).toMatch(/max-age=63072000/);
      expect(
        get(headersFor({ pathname, hasVisitType: false }, development), 'Strict-Transport-Security'),
      ).toBe(undefined);
    }
  });

  it('gives booking and staff pages the nonce policy, public documents the static one', () => {
    const article = headersFor({ pathname: '/articles/x', hasVisitType: false }, production);
    expect(get(article, 'Content-Security-Policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(get(article, 'Cross-Origin-Opener-Policy')).toBe(undefined);
    const step = headersFor({ pathname: '/book', hasVisitType: true }, production);
    expect(get(step, 'Content-Security-Policy')).toContain("'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(get(step, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
    // The first booking step (no visit type) is a public document: no opener isolation.
    expect(
      get(headersFor({ pathname: '/book', hasVisitType: false }, production), 'Cross-Origin-Opener-Policy'),
    ).toBe(undefined);
    for (const key of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options'])
      expect(get(step, key)).toBeTruthy();
  });
});
