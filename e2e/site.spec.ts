import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

const pages = [
  '/',
  '/about',
  '/privacy',
  '/accessibility',
  '/medical-disclaimer',
  '/articles',
  '/exercises',
  '/topics/causes',
  '/topics/prevention',
  '/topics/recovery',
  '/search',
  '/search?q=sciatica',
];

test.describe('site shell', () => {
  for (const path of pages) {
    test(`${path} renders one h1, the shell and passes axe @nojs`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book a free assessment' }),
      ).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText('Medical disclaimer');
      await expectAccessible(page, path);
    });
  }

  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/', '/articles', '/api/health']) {
      const headers = (await request.get(path)).headers();
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp, `${path} CSP`).toContain(directive);
      }
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['permissions-policy']).toBeTruthy();
    }
  });

  test('booking and staff pages carry a per-request script nonce; static pages do not need one', async ({
    request,
  }) => {
    for (const path of ['/book?type=clinic', '/admin']) {
      const response = await request.get(path);
      const csp = response.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path} nonce`).toBeTruthy();
      expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
      expect(csp).toContain("'strict-dynamic'");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      // Pages with personal data are also kept out of other windows' reach.
      expect(response.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
      const again = (await request.get(path)).headers()['content-security-policy'];
      expect(again).not.toBe(csp);
    }
    const article = (await request.get('/articles/why-your-back-hurts-after-training')).headers()[
      'content-security-policy'
    ];
    expect(article).toContain("script-src 'self' 'unsafe-inline'");
  });

  test('pages without client code of their own load no JavaScript but the service-worker registration', async ({
    request,
  }) => {
    const executable = /<script\b(?![^>]*type="application\/ld\+json")[^>]*>/g;
    for (const path of [
      '/',
      '/articles',
      '/articles/why-your-back-hurts-after-training',
      '/exercises/glute-bridge',
      '/topics/recovery',
      '/privacy',
      '/check',
      '/book',
    ]) {
      const html = await (await request.get(path)).text();
      // The one script is the 0.2 kB registration of the offline service worker (docs/progress.md); booking
      // pages allow only nonce scripts and keep nothing offline, so /book has none at all.
      const expected = path === '/book' ? [] : [expect.stringContaining('src="/sw-register.js"')];
      expect(html.match(executable) ?? [], path).toEqual(expected);
      expect(html, path).not.toContain('as="script"');
    }
    // /book's first step is the prerendered /book/start; with a visit type it is the dynamic page again.
    expect(await (await request.get('/book')).text()).toContain('How would you like to meet?');
    expect(await (await request.get('/book?type=clinic')).text()).toMatch(executable);
  });

  test('health answers 200 after a real database query', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  test('unknown pages get a helpful 404', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectAccessible(page);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('the home page shows the get-help-now signs above its booking links', async ({ page }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    const emergency = main.locator('[data-care-level="emergency"]');
    await expect(emergency).toBeVisible();
    await expect(main.locator('[data-care-level="urgent"]')).toBeVisible();
    const cardTop = (await emergency.boundingBox())?.y ?? Infinity;
    const bookTop = (await main.locator('a[href^="/book"]').first().boundingBox())?.y ?? -Infinity;
    expect(cardTop).toBeLessThan(bookTop);
  });

  test('pages stay readable at 320 px wide without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/', '/articles/why-your-back-hurts-after-training', '/exercises/glute-bridge']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
