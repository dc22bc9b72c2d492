import { expect, test, type Page } from '@playwright/test';
import { emergencyItems, urgentItems } from '../lib/triage/questions';
import { expectAccessible } from './axe';

async function sitemapUrls(page: Page, prefix: string): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] ?? '').pathname)
    .filter((p) => p.startsWith(prefix) && p !== prefix);
}

async function expectSeo(page: Page, path: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length, `${path} description`).toBeGreaterThanOrEqual(50);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}$`));
  expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  const types = blocks.map((b) => (JSON.parse(b) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['MedicalWebPage', 'BreadcrumbList']));
  const medical = blocks
    .map((b) => JSON.parse(b) as Record<string, unknown>)
    .find((b) => b['@type'] === 'MedicalWebPage');
  expect(medical?.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(medical?.reviewedBy).toBeTruthy();
}

/** The self-check's own emergency and urgent lists open the article body, before its first section. */
async function expectCareCardsFirst(page: Page, path: string) {
  const emergency = page.locator('[data-care-level="emergency"]');
  const urgent = page.locator('[data-care-level="urgent"]');
  await expect(emergency, path).toHaveCount(1);
  await expect(urgent, path).toHaveCount(1);
  await expect(emergency.locator('li'), path).toHaveCount(emergencyItems.length);
  await expect(urgent.locator('li'), path).toHaveCount(urgentItems.length);
  await expect(urgent, path).toContainText('Contact a doctor today, or call our');
  const firstSection = page.locator('.prose > h2').first();
  if ((await firstSection.count()) > 0) {
    const cardTop = (await emergency.boundingBox())?.y ?? Infinity;
    const sectionTop = (await firstSection.boundingBox())?.y ?? -Infinity;
    expect(cardTop, `${path}: care card before the first section`).toBeLessThan(sectionTop);
  }
}

test.describe('articles', () => {
  test('every article page is complete, discoverable and accessible', async ({ page }) => {
    test.setTimeout(300_000);
    const paths = await sitemapUrls(page, '/articles/');
    expect(paths.length).toBeGreaterThanOrEqual(20);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['cache-control'], path).toMatch(/s-maxage|max-age/);
      await expectSeo(page, path);
      await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
      await expect(page.getByText('Last reviewed:')).toBeVisible();
      await expect(page.getByText('Next review due:')).toBeVisible();
      await expect(page.getByText('Reviewed by:')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start the self-check' }).last()).toBeVisible();
      await expectCareCardsFirst(page, path);
      await expectAccessible(page, path);
    }
  });

  test('on a phone, the care cards are within the first screen after the key points', async ({ page }) => {
    test.setTimeout(180_000);
    const screen = { width: 390, height: 844 };
    await page.setViewportSize(screen);
    for (const path of await sitemapUrls(page, '/articles/')) {
      await page.goto(path);
      const keyPoints = await page
        .getByRole('heading', { name: 'Key points' })
        .locator('xpath=..')
        .boundingBox();
      const heading = await page.locator('[data-care-level="emergency"] h2').boundingBox();
      expect(keyPoints, path).not.toBeNull();
      expect(heading, path).not.toBeNull();
      if (!keyPoints || !heading) continue;
      // The whole emergency heading fits in one screen scrolled to the end of the key points.
      expect(heading.y + heading.height - (keyPoints.y + keyPoints.height), path).toBeLessThanOrEqual(
        screen.height,
      );
    }
  });

  test('an article page ships its Open Graph image', async ({ page, request }) => {
    await page.goto('/articles/why-your-back-hurts-after-training');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBeTruthy();
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });
});

test.describe('exercises', () => {
  test('every exercise page has its illustration, dose, steps, versions, mistakes and stop signs', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const paths = await sitemapUrls(page, '/exercises/');
    expect(paths.length).toBeGreaterThanOrEqual(12);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectSeo(page, path);
      const figure = page.locator('figure img');
      expect((await figure.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(20);
      expect(await figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      for (const name of ['How much to do', 'Steps', 'Make it easier', 'Make it harder', 'Common mistakes']) {
        await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
      }
      await expect(page.getByText('Stop and get advice if')).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'warning signs that need a doctor now or today' }),
        path,
      ).toHaveAttribute('href', '/articles/warning-signs-back-pain-is-serious#emergency-signs');
      await expectAccessible(page, path);
    }
  });
});

test.describe('search engines and feeds', () => {
  test('sitemap lists every page with lastmod, robots names it, feed is Atom', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('<urlset');
    expect(sitemap).toMatch(/<url>\s*<loc>[^<]+\/articles\/[^<]+<\/loc>\s*<lastmod>\d{4}-\d{2}-\d{2}/);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);
    const feed = await request.get('/feed.xml');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const body = await feed.text();
    expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(body.match(/<entry>/g)?.length).toBeGreaterThanOrEqual(20);
  });
});

test.describe('search', () => {
  test('finds articles and exercises without JavaScript @nojs', async ({ page }) => {
    await page.goto('/search');
    await page.getByLabel('Search articles and exercises').fill('glute bridge');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\?q=glute\+bridge/);
    await expect(page.getByRole('link', { name: 'Glute bridge' }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('updates results as you type with JavaScript', async ({ page }) => {
    await page.goto('/search');
    await page.getByLabel('Search articles and exercises').fill('sciatica');
    await expect(page.getByRole('heading', { name: /results? for “sciatica”/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /sciatica/i }).first()).toBeVisible();
  });

  test('topic filter links narrow the list @nojs', async ({ page }) => {
    await page.goto('/articles');
    const all = await page.locator('main article').count();
    await page
      .getByRole('navigation', { name: 'Filter articles by topic' })
      .getByRole('link', { name: 'Recovery' })
      .click();
    await expect(page).toHaveURL(/\/topics\/recovery$/);
    const recovery = await page.locator('main article').count();
    expect(recovery).toBeGreaterThan(0);
    expect(recovery).toBeLessThan(all);
  });
});
