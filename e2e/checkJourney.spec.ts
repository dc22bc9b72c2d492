import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { expectAccessible } from './axe';
import { answer, counter, fillIn, selfCarePath, walk, wizardRunning } from './checkSteps';

// Issue 20, part 5: a journey that keeps its place. Without JavaScript every answer is a post answered by a
// 303 to a page fetched with GET; with it, each step is a history entry and the answers stay in the tab.

const jsOff = () => test.info().project.use.javaScriptEnabled === false;

/** The address holds nothing but an opaque, sealed place: never an answer, a question id or an outcome. */
function expectOpaqueAddress(page: Page): string {
  const url = new URL(page.url());
  expect(url.pathname).toBe('/check/step');
  expect([...url.searchParams.keys()]).toEqual(['at']);
  const at = url.searchParams.get('at') ?? '';
  expect(at).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  return at;
}

/** Continues, and returns the GET the browser was sent to by the post's 303. */
async function continueByRedirect(page: Page): Promise<Response> {
  const [landed] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.url().includes('/check/step')),
    page.getByRole('button', { name: 'Continue' }).click(),
  ]);
  return landed;
}

test.describe('the self-check keeps its place', () => {
  test('without JavaScript each answer is posted, redirected with 303 and fetched by GET @nojs', async ({
    page,
  }) => {
    test.skip(!jsOff(), 'with JavaScript only the first answer is posted');
    await page.goto('/check');
    const tokens: string[] = [];
    for (const [i, step] of selfCarePath.slice(0, 5).entries()) {
      await expect(page.getByText(counter(i + 1))).toBeVisible();
      await fillIn(page, step);
      const landed = await continueByRedirect(page);
      expect(landed.request().method()).toBe('GET');
      const post = landed.request().redirectedFrom();
      expect(post?.method()).toBe('POST');
      expect(new URL(post?.url() ?? '').pathname).toBe('/check/answer');
      expect((await post?.response())?.status()).toBe(303);
      await expect(page.getByText(counter(i + 2))).toBeVisible();
      tokens.push(expectOpaqueAddress(page));
    }
    // The place does not grow with the answers: the same length after one answer and after five.
    expect(new Set(tokens.map((t) => t.length)).size).toBe(1);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(['bw_check']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/check' });
    expect(cookies[0]?.expires).toBe(-1); // ends with the browser session
    for (const text of ['30', 'running', 'none', 'age']) expect(cookies[0]?.value).not.toContain(text);
  });

  test('without JavaScript Back, Forward and reload show the pages again, never a resubmission @nojs', async ({
    page,
  }) => {
    test.skip(!jsOff(), 'the JavaScript wizard has its own test');
    await walk(page, selfCarePath.slice(0, 5));
    await expect(page.getByText('Question 6 of 19', { exact: true })).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Question 5 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="onset"][value="running"]')).toBeChecked();
    await expectAccessible(page, '/check after the browser Back (no JavaScript)');
    await page.goBack();
    await expect(page.getByText('Question 4 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="about"][value="none"]')).toBeChecked();
    await page.goForward();
    await expect(page.locator('input[name="onset"][value="running"]')).toBeChecked();
    await page.reload();
    await expect(page.getByText('Question 5 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="onset"][value="running"]')).toBeChecked();
    // A changed answer after going back is taken from there on.
    await page.locator('input[name="onset"][value="lifting"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 6 of 19', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('input[name="onset"][value="lifting"]')).toBeChecked();
  });

  test('without JavaScript an error is shown after the redirect too, and a reload keeps it @nojs', async ({
    page,
  }) => {
    test.skip(!jsOff(), 'with JavaScript errors are found in the browser');
    await walk(page, selfCarePath.slice(0, 1));
    const landed = await continueByRedirect(page);
    expect(landed.request().redirectedFrom()?.method()).toBe('POST');
    const summary = page.locator('[aria-labelledby="error-summary-title"]');
    await expect(summary.getByRole('link')).toHaveText('Select any you have, or select "None of these"');
    await page.reload();
    await expect(summary.getByRole('link')).toHaveText('Select any you have, or select "None of these"');
    // Answered after all: going back shows the question with its answer, without the old error.
    await answer(page, ['emergency', ['none']], 1);
    await page.goBack();
    await expect(page.getByText('Question 2 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="emergency"][value="none"]')).toBeChecked();
    await expect(summary).toHaveCount(0);
  });

  test('with JavaScript Back and Forward move between questions with their answers, and a reload keeps them', async ({
    page,
  }) => {
    test.skip(jsOff(), 'needs JavaScript');
    await walk(page, selfCarePath.slice(0, 1));
    await wizardRunning(page);
    for (const [i, step] of selfCarePath.slice(1, 6).entries()) await answer(page, step, i + 1);
    await expect(page.getByText('Question 7 of 19', { exact: true })).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Question 6 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="duration"][value="under-1-week"]')).toBeChecked();
    await page.goBack();
    await expect(page.getByText('Question 5 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="onset"][value="running"]')).toBeChecked();
    await expectAccessible(page, '/check after the browser Back (JavaScript)');
    await page.goForward();
    await expect(page.getByText('Question 6 of 19', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Question 6 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="duration"][value="under-1-week"]')).toBeChecked();
    await page.goBack();
    await expect(page.locator('input[name="onset"][value="running"]')).toBeChecked();
    await page.goForward();
    for (const [i, step] of selfCarePath.slice(5).entries()) await answer(page, step, i + 5);
    await expect(page.locator('[data-outcome="self-care"]')).toBeVisible();
    // The answers are kept in the tab only: never in the address, and only the first one ever reached the server.
    expectOpaqueAddress(page);
    const kept = await page.evaluate(() => window.sessionStorage.getItem('backwise-check'));
    expect(JSON.parse(kept ?? '{}')).toMatchObject({ onset: 'running', trainingChange: ['more'] });
    await page.reload();
    await expect(page.locator('[data-outcome="self-care"]')).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Question 19 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="trainingChange"][value="more"]')).toBeChecked();
    await page.goForward();
    await expect(page.locator('[data-outcome="self-care"]')).toBeVisible();
    // Starting again forgets them.
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page.getByRole('textbox', { name: 'How old are you?' })).toBeVisible();
    expect(await page.evaluate(() => window.sessionStorage.getItem('backwise-check'))).toBeNull();
  });

  test('the two red-flag lists say which list they are @nojs', async ({ page }) => {
    await walk(page, selfCarePath.slice(0, 1));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/^Emergency signs:?\s*Do you have any of these\?$/);
    await expect(page).toHaveTitle(/^Emergency signs: Do you have any of these\?/);
    await expectAccessible(page, '/check emergency signs');
    await answer(page, ['emergency', ['none']], 1);
    await expect(heading).toHaveText(/^Signs to see a doctor today:?\s*Do you have any of these\?$/);
    await expect(page).toHaveTitle(/^Signs to see a doctor today: Do you have any of these\?/);
    await expectAccessible(page, '/check signs to see a doctor today');
  });
});

const results: { outcome: string; path: [string, string | string[]][]; first: RegExp }[] = [
  {
    outcome: 'emergency',
    path: [
      ['age', '40'],
      ['emergency', ['bladder']],
    ],
    first: /^Call 911/,
  },
  {
    outcome: 'urgent',
    path: [
      ['age', '40'],
      ['emergency', ['none']],
      ['urgent', ['fever', 'night-pain', 'unwell', 'kidney']],
    ],
    first: /doctor for an appointment today/,
  },
  { outcome: 'self-care', path: selfCarePath, first: /exercises in your plan/ },
];

test.describe('the result starts with a short summary', () => {
  for (const { outcome, path: answers, first } of results) {
    test(`${outcome}: outcome, main reasons and what to do first, before the rest @nojs`, async ({
      page,
    }) => {
      await walk(page, answers);
      const result = page.locator(`[data-outcome="${outcome}"]`);
      const summary = result.locator('[data-summary]');
      await expect(summary.getByRole('heading', { level: 2, name: 'In short' })).toBeVisible();
      await expect(summary.locator('[data-first-step]')).toHaveText(first);
      // Right under the heading (and the emergency call button): before every other section and card.
      const order = await result.evaluate((root) =>
        [...root.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''),
      );
      expect(order[0]).toMatch(/now|today|home/);
      expect(order[1]).toBe('In short');
      if (outcome === 'urgent') {
        await expect(summary.getByRole('listitem')).toHaveCount(3);
        await expect(summary.getByRole('link', { name: 'and 1 more, with their sources' })).toHaveAttribute(
          'href',
          '#why-title',
        );
      }
      if (outcome === 'self-care') {
        if (jsOff()) {
          await expect(summary.getByRole('button', { name: 'Start tracking my recovery' })).toBeHidden();
          const needs = summary.locator('[data-tracker-needs-js]');
          await expect(needs).toBeVisible();
          await expect(needs).toContainText('needs JavaScript');
          await expect(needs).toContainText('only on this device');
          await expect(needs.getByRole('link', { name: 'paper check-in' })).toHaveAttribute(
            'href',
            '/progress/paper',
          );
        } else {
          await expect(summary.getByRole('button', { name: 'Start tracking my recovery' })).toBeVisible();
          await expect(summary.locator('[data-tracker-needs-js]')).toBeHidden();
        }
      }
      await expectAccessible(page, `/check result ${outcome} with its summary`);
    });
  }
});

test('answers typed into the journey never reach the server log @nojs', async ({ page }) => {
  const marker = `zz${Date.now().toString(36)}journey`;
  await walk(page, [['age', marker]]);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue(marker);
  await page.reload();
  await page.goBack();
  const log = readFileSync(path.join(process.env.E2E_DATA_DIR ?? '', 'server.log'), 'utf8');
  expect(log).toContain('Ready');
  expect(log).not.toContain(marker);
});
