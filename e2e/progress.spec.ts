import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { fixtures } from '../lib/progress/fixtures';
import type { ProgressData } from '../lib/progress/types';
import { expectAccessible } from './axe';

const NOTE = 'zebra-quartz-1729 felt fine on the bike';
const ARTICLE = '/articles/why-your-back-hurts-after-training';

/** Writes a named state straight into the tracker's database, with the schema of lib/progress/store.ts. */
async function seed(page: Page, data: ProgressData) {
  await page.evaluate(async (state) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backwise-progress', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('checkIns', { keyPath: 'date' });
        open.result.createObjectStore('sessions', { keyPath: 'at' });
        open.result.createObjectStore('plan');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['checkIns', 'sessions', 'plan'], 'readwrite');
    for (const c of state.checkIns) tx.objectStore('checkIns').put(c);
    for (const s of state.sessions) tx.objectStore('sessions').put(s);
    if (state.plan) tx.objectStore('plan').put(state.plan, 'current');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, data);
}

async function openTracker(page: Page) {
  await page.goto('/progress');
  await expect(page.locator('[data-tracker-ready]')).toBeVisible();
}

/** Answers the check-in (pain 7, PEG 5.7) without saving it. */
async function answerCheckIn(page: Page, pain = '7') {
  const group = (name: RegExp) => page.getByRole('group', { name });
  await group(/pain on average/)
    .getByRole('radio', { name: pain, exact: true })
    .check();
  await group(/enjoyment of life/)
    .getByRole('radio', { name: '4', exact: true })
    .check();
  await group(/general activity/)
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await page.getByRole('textbox', { name: 'Running', exact: true }).fill('3');
  await page.getByRole('textbox', { name: /A short note/ }).fill(NOTE);
}

async function fillCheckIn(page: Page) {
  await answerCheckIn(page);
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.getByRole('status')).toContainText('Check-in saved');
}

test.describe('my recovery', () => {
  test('empty, then one week: saved only in the browser, never sent, and still there after a reload', async ({
    page,
  }) => {
    const sent: { method: string; url: string; headers: string; body: string | null }[] = [];
    page.on('request', (r) =>
      sent.push({
        method: r.method(),
        url: r.url(),
        headers: JSON.stringify(r.headers()),
        body: r.postData(),
      }),
    );
    await openTracker(page);
    await expect(page.getByText('No check-ins yet.')).toBeVisible();
    await expectAccessible(page, '/progress (empty)');

    // A failed submit names the missing answers and leaves nothing saved.
    await page.getByRole('button', { name: 'Save this check-in' }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveCount(3);
    await fillCheckIn(page);
    await expect(page.getByRole('table')).toContainText('5.7');

    await page.reload();
    await expect(page.locator('[data-tracker-ready]')).toBeVisible();
    const row = page.getByRole('table').getByRole('row').nth(1);
    await expect(row).toContainText('7');
    await expect(row).toContainText('5.7');
    await expect(page.getByText(NOTE)).toBeVisible();
    await expectAccessible(page, '/progress (one week)');

    expect(sent.length).toBeGreaterThan(0);
    // Nothing the reader typed or chose leaves the page: no request has a body, none carries the note, and
    // none has a query string other than Next's payload key or the icon's version.
    for (const r of sent) {
      expect(r.method, r.url).toBe('GET');
      expect(r.body, r.url).toBeNull();
      expect(`${r.url} ${r.headers}`).not.toContain('zebra-quartz');
      expect(new URL(r.url).search, r.url).toMatch(/^(\?_rsc=[\w-]+|\?icon\.[\w.-]+)?$/);
    }
  });

  test('a ticked warning sign shows its care card at once', async ({ page }) => {
    await openTracker(page);
    const fieldset = page.getByRole('group', { name: 'Anything new since your last check-in?' });
    await expect(page.locator('[data-care-level]')).toHaveCount(0);
    await fieldset.getByRole('checkbox').first().check();
    await expect(fieldset.locator('[data-care-level="emergency"]')).toContainText(/Call .* now/);
    await fieldset.getByRole('checkbox', { name: /high temperature/ }).check();
    await expect(fieldset.locator('[data-care-level="urgent"]')).toContainText('Contact a doctor today');
    await expectAccessible(page, '/progress (anything new ticked)');
  });

  test('eight weeks: chart, table, steps, a logged session, CSV export and the printed summary', async ({
    page,
  }) => {
    await page.goto('/progress');
    await seed(page, fixtures.eightWeeks);
    await openTracker(page);
    await expect(page.getByTestId('peg-chart').locator('circle')).toHaveCount(8);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(9);
    await expect(page.locator('[data-suggestions]')).toHaveCount(0);
    await expect(page.locator('[data-change]')).toHaveText(
      'Since your first check-in: down 70% (from 6.7 to 2).',
    );
    const running = page.locator('[data-activity="running"]');
    await expect(running.locator('[aria-current="step"]')).toContainText('Step 2: easy runs');
    await expectAccessible(page, '/progress (eight weeks)');
    await page.screenshot({ path: test.info().outputPath('eight-weeks.png'), fullPage: true });

    await running.getByRole('checkbox').check();
    await running.getByRole('button', { name: /Log a session/ }).click();
    await expect(running.locator('[aria-current="step"]')).toContainText('Step 3: longer runs');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as a CSV file' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^record,date,week,pain_average/);
    expect(csv.filter((line) => line.startsWith('check-in,'))).toHaveLength(8);
    expect(csv.filter((line) => line.startsWith('session,'))).toHaveLength(6);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Save this check-in' })).toBeHidden();
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, '/progress (printed)');
  });

  test('held steps: the tracker stays on the last open step and says why', async ({ page }) => {
    await page.goto('/progress');
    await seed(page, fixtures.held);
    await openTracker(page);
    const weights = page.locator('[data-activity="weights"]');
    await expect(weights.locator('[aria-current="step"]')).toContainText('Before step 1: brace and bridge');
    await expect(weights.locator('[data-held="true"]')).toHaveCount(2);
    await expect(weights.locator('[data-held="true"]').first()).toContainText('(held)');
    await expect(weights).toContainText('The next step is held by your plan: stay on this one.');
    await expectAccessible(page, '/progress (held steps)');
    await weights.getByRole('checkbox').check();
    await weights.getByRole('button', { name: /Log a session/ }).click();
    await expect(weights.locator('[aria-current="step"]')).toContainText('Before step 1: brace and bridge');
  });

  test('a second check-in on the same date asks before it replaces the first', async ({ page }) => {
    await openTracker(page);
    await fillCheckIn(page);
    await answerCheckIn(page, '1');
    await page.getByRole('button', { name: 'Save this check-in' }).click();
    const question = page.getByRole('alertdialog', {
      name: /^Replace your check-in of \d{4}-\d{2}-\d{2}\?$/,
    });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Replace it' })).toBeFocused();
    await expectAccessible(page, '/progress (replace a check-in?)');

    await question.getByRole('button', { name: 'Keep the earlier one' }).click();
    await expect(question).toBeHidden();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('5.7');

    await page.getByRole('button', { name: 'Save this check-in' }).click();
    await question.getByRole('button', { name: 'Replace it' }).click();
    await expect(page.getByRole('status')).toContainText('Check-in saved');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('3.7');
  });

  test('a save the browser refuses is shown, and the answers stay in the form', async ({ page }) => {
    // As a full disk or a blocked store would: every IndexedDB write throws.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openTracker(page);
    await answerCheckIn(page);
    await page.getByRole('button', { name: 'Save this check-in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'This browser did not save your check-in' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: /A short note/ })).toHaveValue(NOTE);
    await expect(page.getByText(/Check-in saved/)).toHaveCount(0);
    await expectAccessible(page, '/progress (save failed)');
  });

  test('"Delete my data" with the tracker open in a second tab: both end empty, the other tab is told', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openTracker(first);
    await fillCheckIn(first);
    const second = await context.newPage();
    await openTracker(second);
    await expect(second.getByRole('table').getByRole('row')).toHaveCount(2);

    await first.getByRole('button', { name: 'Delete my data' }).click();
    await first.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(first.getByRole('status')).toHaveText('Your data has been deleted from this browser.', {
      timeout: 10_000,
    });
    await expect(second.getByRole('status')).toHaveText('Your data was deleted in another tab.');
    await expect(second.getByText('No check-ins yet.')).toBeVisible();
    await expectAccessible(second, '/progress (deleted in another tab)');
    expect(await first.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });

  test('a check-in survives a browser restart', async ({ baseURL }, testInfo) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backwise-progress-'));
    const launch = { ...testInfo.project.use.launchOptions, baseURL };
    try {
      let context = await chromium.launchPersistentContext(dir, launch);
      let page = context.pages()[0] ?? (await context.newPage());
      await openTracker(page);
      await fillCheckIn(page);
      await context.close();

      context = await chromium.launchPersistentContext(dir, launch);
      page = context.pages()[0] ?? (await context.newPage());
      await openTracker(page);
      await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('5.7');
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('offline: a visited article, the exercise library and the tracker still open; delete leaves nothing', async ({
    page,
    context,
  }) => {
    await openTracker(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(ARTICLE);
    await page.waitForFunction(
      async (p) => (await caches.match(p, { ignoreVary: true })) !== undefined,
      ARTICLE,
    );

    // Pages with personal data or answers are never cached, even after a visit.
    await page.goto('/check');
    await page.goto('/book?type=clinic');
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          paths.push(new URL(request.url).pathname);
      return paths;
    });
    expect(cached).toEqual(expect.arrayContaining(['/progress', '/exercises', ARTICLE]));
    expect(cached.filter((p) => /^\/(book|check|admin|api)(\/|$)/.test(p))).toEqual([]);

    await context.setOffline(true);
    for (const [address, heading] of [
      [ARTICLE, 'Why your lower back hurts after training'],
      ['/exercises', /exercise/i],
    ] as const) {
      const response = await page.goto(address);
      expect(response?.fromServiceWorker(), address).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    await openTracker(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My recovery');
    await fillCheckIn(page);
    await context.setOffline(false);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByRole('status')).toHaveText('Your data has been deleted from this browser.');
    await expect(page.getByText('No check-ins yet.')).toBeVisible();
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      localStorage: localStorage.length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(left).toEqual({ databases: [], caches: [], localStorage: 0, workers: 0 });
  });

  test('offline worker: a page it serves network first arrives before a slow asset it then stores', async ({
    page,
    context,
  }) => {
    await openTracker(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Empty the worker's caches (keeping them), so the article's stylesheet and scripts are new to it, and
    // make every asset the worker fetches take 5 s.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) await cache.delete(request);
      }
    });
    const slow: string[] = [];
    await context.route(/\/_next\/static\/|\.svg$/, async (route) => {
      slow.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.continue().catch(() => undefined);
    });
    const started = Date.now();
    const response = await page.goto(ARTICLE, { waitUntil: 'commit' });
    const took = Date.now() - started;
    expect(response?.fromServiceWorker()).toBe(true);
    expect(took, `the page took ${took} ms`).toBeLessThan(3000);
    // The worker fetched the page's assets after answering (the timing means nothing if it had not).
    await expect.poll(() => slow.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Why your lower back hurts after training',
    );
  });

  test('without JavaScript, /progress explains why and offers the paper check-in @nojs', async ({ page }) => {
    test.skip(test.info().project.use.javaScriptEnabled !== false, 'the no-JavaScript project covers this');
    await page.goto('/progress');
    await expect(page.getByRole('heading', { name: 'This tracker needs JavaScript' })).toBeVisible();
    await expectAccessible(page, '/progress (no JavaScript)');
    await page.getByRole('link', { name: 'Print the paper check-in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly check-in on paper');
    await expect(
      page.getByText('What number best describes your pain on average in the past week?'),
    ).toBeVisible();
    await expectAccessible(page, '/progress/paper');
  });
});
