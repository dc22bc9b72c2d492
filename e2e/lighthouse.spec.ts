import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// Lighthouse (mobile preset, simulated throttling) drives its own Chromium: Debian's where present.
const targets = [
  { path: '/', performance: 95 },
  { path: '/articles/why-your-back-hurts-after-training', performance: 100 },
  { path: '/check', performance: 95 },
  { path: '/book', performance: 95 },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

test.describe('lighthouse', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });

  test('mobile scores meet the bars', async ({ baseURL }) => {
    const chrome = await chromeLauncher.launch({
      chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    const rows: string[] = [];
    const failures: string[] = [];
    try {
      for (const target of targets) {
        const result = await lighthouse(`${baseURL}${target.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${target.path}`);
        const scores = Object.fromEntries(
          categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        );
        rows.push(`${target.path.padEnd(48)} ${categories.map((c) => `${c} ${scores[c]}`).join('  ')}`);
        for (const c of categories) {
          const bar = c === 'performance' ? target.performance : 100;
          if ((scores[c] ?? 0) < bar) {
            const failed = Object.values(lhr.audits)
              .filter(
                (a) =>
                  a.score !== null &&
                  a.score < 0.9 &&
                  a.scoreDisplayMode !== 'informative' &&
                  a.scoreDisplayMode !== 'notApplicable',
              )
              .map((a) => a.id)
              .slice(0, 8);
            failures.push(`${target.path} ${c} ${scores[c]} < ${bar} (low audits: ${failed.join(', ')})`);
          }
        }
      }
    } finally {
      chrome.kill();
    }
    process.stdout.write(`\nLighthouse (mobile):\n${rows.join('\n')}\n`);
    expect(failures).toEqual([]);
  });
});
