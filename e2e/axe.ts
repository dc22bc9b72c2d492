import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
}

/**
 * Fails the test on any WCAG 2.2 A/AA violation, listing each rule and the nodes it hit. axe runs inside the
 * page, so for a page with JavaScript off it checks the same HTML (scripts removed) in a scripted twin page.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  if (test.info().project.use.javaScriptEnabled !== false) {
    // Next streams metadata: after a client-side navigation the <title> can land a moment after the content.
    await page
      .waitForFunction(() => document.title.length > 0, undefined, { timeout: 5000 })
      .catch(() => undefined);
    expect(await violations(page), `axe violations on ${label}`).toEqual([]);
    return;
  }
  // A form post without JavaScript is a page load: check the page it lands on, not the one it leaves.
  await page.waitForLoadState('load');
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error('expectAccessible: no browser for the scripted twin page');
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const twin = await context.newPage();
    await twin.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await twin.goto(url);
    expect(await violations(twin), `axe violations on ${label} (JavaScript off)`).toEqual([]);
  } finally {
    await context.close();
  }
}
