import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

const budget = JSON.parse(readFileSync(path.join(import.meta.dirname, 'budget.json'), 'utf8')) as {
  routes: Record<string, number>;
  flows: Record<string, number>;
};
// .htmlvalidate.json turns attr-case off because React writes camelCase attributes (charSet, noModule, dateTime),
// which HTML reads case-insensitively, and relaxes valid-id because React's useId ids start with an underscore.
const validator = new HtmlValidate(
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '.htmlvalidate.json'), 'utf8')),
);
const requiredHeaders = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

/**
 * html-validate lets a script of a non-JavaScript type (a data block) carry src, async or nomodule; the W3C
 * validator does not (the held scripts on /progress were 18 such errors), so this checks what it misses.
 */
function dataBlockMisuse(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attributes) => {
      const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
      return type !== undefined && type !== 'module' && !type.includes('javascript');
    })
    .filter((attributes) =>
      /\s(src|async|defer|nomodule|crossorigin|integrity|referrerpolicy|fetchpriority|blocking)(=|\s|$)/i.test(
        attributes,
      ),
    )
    .map((attributes) => `data block with a script-only attribute: <script${attributes}>`);
}

test.describe('audit', () => {
  test('every sitemap page and form page: valid HTML and security headers', async ({ request }) => {
    test.setTimeout(180_000);
    const xml = await (await request.get('/sitemap.xml')).text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    const all = [...new Set([...paths, '/book?type=clinic', '/book?type=telehealth', '/admin'])];
    expect(all.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const p of all) {
      const response = await request.get(p);
      if (response.status() !== 200) problems.push(`${p}: status ${response.status()}`);
      for (const header of requiredHeaders)
        if (!response.headers()[header]) problems.push(`${p}: missing ${header}`);
      if (!response.headers()['content-security-policy']?.includes("frame-ancestors 'none'"))
        problems.push(`${p}: CSP lacks frame-ancestors`);
      const html = await response.text();
      problems.push(...dataBlockMisuse(html).map((m) => `${p}: ${m}`));
      const report = await validator.validateString(html);
      for (const result of report.results) {
        for (const m of result.messages) {
          // React renders a server-action form as action="" so it posts back to the same page without JavaScript.
          // The self-check gives its form a real action (useActionState's permalink), so it must be clean.
          if (
            p !== '/check' &&
            m.ruleId === 'attribute-allowed-values' &&
            m.message === 'Attribute "action" has invalid value ""'
          )
            continue;
          problems.push(`${p}: ${m.ruleId}: ${m.message} (line ${m.line})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('first-load JavaScript per route stays within the committed budget', async ({ page, request }) => {
    test.setTimeout(120_000);
    const rows: string[] = [];
    const over: string[] = [];
    const measure = async (name: string, html: string) => {
      // nomodule scripts are polyfills that only browsers without ES modules download.
      const tags = [...html.matchAll(/<script[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\bnoModule\b|\bnomodule\b/.test(tag));
      const scripts = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? ''))].filter(Boolean);
      let gzipBytes = 0;
      for (const src of scripts) gzipBytes += gzipSync(await (await request.get(src)).body()).length;
      const kb = Math.round((gzipBytes / 1024) * 10) / 10;
      const limitKb = budget.routes[name] ?? budget.flows[name] ?? 0;
      rows.push(
        `${name.padEnd(48)} ${String(kb).padStart(7)} kB gzip  (${scripts.length} files, budget ${limitKb} kB)`,
      );
      if (kb > limitKb) over.push(`${name}: ${kb} kB > ${limitKb} kB`);
    };
    for (const route of Object.keys(budget.routes))
      await measure(route, await (await request.get(route)).text());

    // The self-check's wizard code arrives with the page that answers the first question (a form post).
    await page.goto('/check');
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('30');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 2 of 19', { exact: true })).toBeVisible();
    const loaded = await page.evaluate(() =>
      [...document.scripts]
        .filter((s) => s.src && !s.noModule)
        .map((s) => `<script src="${new URL(s.src).pathname}">`),
    );
    await measure('/check, second question', loaded.join(''));

    process.stdout.write(`\nFirst-load JS per route:\n${rows.join('\n')}\n`);
    expect(over).toEqual([]);
  });
});
