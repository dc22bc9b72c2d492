import { expect, test, type Page } from '@playwright/test';
import { SECONDS_PER_ANSWER, WORDS_PER_MINUTE } from '../lib/triage/readingTime';
import { answer, selfCarePath, type Answer } from './checkSteps';

// The home page's time promise, held to what a reader meets: walk the shortest and the longest paths, count
// the questions and the words on each question page (heading, hints, every option), and price them with the
// stated model (lib/triage/readingTime.ts): WORDS_PER_MINUTE reading, SECONDS_PER_ANSWER per question.

/** The words a reader reads on the question on screen, and its number of inputs. */
async function onScreen(page: Page): Promise<{ words: number; fields: number }> {
  const form = page.locator('form');
  // The age question's label is its heading: counted once.
  const texts = await form.locator('h1, [id$="-hint"], label:not(h1 label)').allTextContents();
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  const fields = await form.locator('input:not([type="hidden"])').count();
  return { words, fields };
}

async function measure(page: Page, path: Answer[]) {
  let words = 0;
  let fields = 0;
  await page.goto('/check');
  for (const [i, step] of path.entries()) {
    const seen = await onScreen(page);
    words += seen.words;
    fields += seen.fields;
    await answer(page, step, i);
  }
  await expect(page.locator('[data-outcome]')).toBeVisible();
  const seconds = (words / WORDS_PER_MINUTE) * 60 + path.length * SECONDS_PER_ANSWER;
  return { questions: path.length, fields, words, seconds };
}

const longest: Answer[] = [
  ...selfCarePath.slice(0, 14).map(([id, v]): Answer => {
    if (id === 'age') return [id, '50'];
    if (id === 'duration') return [id, 'over-12-weeks'];
    return [id, v];
  }),
  ['onsetBefore45', 'yes'],
  ['inflammatory', ['night-waking']],
  ...selfCarePath.slice(14),
];
const shortest: Answer[] = [
  ['age', '40'],
  ['emergency', ['bladder']],
];

test('the home page promises the time the longest path takes, by the stated model', async ({ page }) => {
  test.slow(); // two walks, one of every question
  const short = await measure(page, shortest);
  const long = await measure(page, longest);
  const minutes = Math.ceil(long.seconds / 60);
  process.stdout.write(
    `\nSelf-check time at ${WORDS_PER_MINUTE} words a minute and ${SECONDS_PER_ANSWER} s an answer:\n` +
      `  shortest: ${short.questions} questions, ${short.fields} inputs, ${short.words} words, ${Math.round(short.seconds)} s\n` +
      `  longest:  ${long.questions} questions, ${long.fields} inputs, ${long.words} words, ${Math.round(long.seconds)} s\n`,
  );
  expect(short.questions).toBe(2);
  expect(long.seconds).toBeGreaterThan(short.seconds);
  await page.goto('/');
  await expect(page.getByText(`check your symptoms in about ${minutes} minutes`)).toBeVisible();
});
