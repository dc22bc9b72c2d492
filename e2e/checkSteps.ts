import { expect, type Page } from '@playwright/test';

// Walking the self-check by its contract (inputs named by question id with the spec's values), for the specs
// about the journey itself.

export type Answer = [id: string, value: string | string[]];

/** A path that fires no rule: 19 questions to the self-care result. */
export const selfCarePath: Answer[] = [
  ['age', '30'],
  ['emergency', ['none']],
  ['urgent', ['none']],
  ['about', ['none']],
  ['onset', 'running'],
  ['duration', 'under-1-week'],
  ['trend', 'better'],
  ['legPain', 'none'],
  ['legNumbness', 'no'],
  ['intensity', '4'],
  ['function', 'limited'],
  ['history', 'recurrent'],
  ['worse', ['sitting', 'bending-forward']],
  ['stiffness', 'no'],
  ['worry', 'slightly'],
  ['avoiding', 'no'],
  ['lowMood', 'no'],
  ['activity', ['running', 'weights']],
  ['trainingChange', ['more']],
];

export async function fillIn(page: Page, [id, value]: Answer) {
  const inputs = page.locator(`input[name="${id}"]:not([type="hidden"])`);
  const type = await inputs.first().getAttribute('type');
  if (type === 'text') await inputs.fill(String(value));
  else
    for (const v of [value].flat())
      await page.locator(`input[name="${id}"][value="${v}"]:not([type="hidden"])`).check();
}

/** "Question 3 of 19": the total depends on the answers, so it is matched loosely. */
export const counter = (number: number) => new RegExp(`^Question ${number} of \\d+$`);

/** Answers the question on screen, which must be the path's `index`th, and continues. */
export async function answer(page: Page, step: Answer, index: number) {
  await expect(page.getByText(counter(index + 1))).toBeVisible();
  await fillIn(page, step);
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function walk(page: Page, answers: Answer[]) {
  await page.goto('/check');
  for (const [i, step] of answers.entries()) await answer(page, step, i);
}

/** With JavaScript: the wizard's code has taken over the answers the first post carried. */
export async function wizardRunning(page: Page) {
  await expect(page.locator('form input[type="hidden"][name="age"]')).toHaveCount(0);
}
