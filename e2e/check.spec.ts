import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { fillIn, selfCarePath, type Answer } from './checkSteps';

// The self-check walked by its contract: inputs named by question id with the spec's values. Tests tagged
// @nojs run in both projects (JavaScript on and off); the rest need JavaScript.

const change = (changes: Record<string, string | string[]>): Answer[] =>
  selfCarePath.map(([id, v]) => [id, changes[id] ?? v]);

const paths: { outcome: string; answers: Answer[] }[] = [
  {
    outcome: 'emergency',
    answers: [
      ['age', '40'],
      ['emergency', ['bladder', 'both-legs']],
    ],
  },
  {
    outcome: 'urgent',
    answers: [
      ['age', '40'],
      ['emergency', ['none']],
      ['urgent', ['fever']],
    ],
  },
  // v3: under 16 the check stops after the age.
  { outcome: 'doctor', answers: [['age', '15']] },
  { outcome: 'assessment', answers: change({ intensity: '9', onset: 'lifting' }) },
  { outcome: 'self-care', answers: selfCarePath },
];

// The number of questions depends on the answers ("only when" questions), so the counter is matched loosely
// here and exactly where a test is about it.
const counter = (index: number) => new RegExp(`^Question ${index + 1} of (19|20|21)$`);

async function answer(page: Page, step: Answer, index: number) {
  await expect(page.getByText(counter(index))).toBeVisible();
  await fillIn(page, step);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function walk(page: Page, answers: Answer[], { axe = false } = {}) {
  await page.goto('/check');
  for (const [i, step] of answers.entries()) {
    if (axe) {
      // Wait for the step's page to finish loading (a form post without JavaScript) before checking it.
      await expect(page.getByText(counter(i))).toBeVisible();
      await expectAccessible(page, `/check question ${i + 1}`);
    }
    await answer(page, step, i);
  }
}

test.describe('self-check', () => {
  for (const { outcome, answers } of paths) {
    test(`reaches ${outcome} in ${answers.length} questions @nojs`, async ({ page }) => {
      await walk(page, answers);
      const result = page.locator(`[data-outcome="${outcome}"]`);
      await expect(result).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { name: 'Why am I seeing this?' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/check');
      // Answers never travel in the address (only a sealed place does), and the one cookie, which carries them
      // from a post to the page it redirects to, is sealed, HttpOnly and for /check only.
      const url = new URL(page.url());
      expect(url.pathname).toBe('/check/step');
      expect([...url.searchParams.keys()]).toEqual(['at']);
      const cookies = await page.context().cookies();
      expect(cookies.map((c) => [c.name, c.httpOnly, c.path])).toEqual([['bw_check', true, '/check']]);
      await expectAccessible(page, `/check result ${outcome}`);
    });
  }

  test('every step and the self-care result pass axe, with the tailored plan @nojs', async ({ page }) => {
    test.slow(); // nineteen steps, each checked with axe
    await walk(page, selfCarePath, { axe: true });
    const result = page.locator('[data-outcome="self-care"]');
    await expect(result.getByRole('heading', { level: 1 })).toHaveText('You can look after this at home');
    const exercises = result.locator('[data-exercise]');
    expect(await exercises.count()).toBeGreaterThanOrEqual(3);
    expect(await exercises.count()).toBeLessThanOrEqual(6);
    await expect(exercises.first()).toContainText('Dose:');
    await expect(result.locator('[data-exercise="prone-press-up"]')).toBeVisible();
    await expect(result.getByText('Weeks 3 and 4')).toBeVisible();
    await expect(result.getByRole('link', { name: /^Running and back pain/ })).toBeVisible();
    await expect(
      result.getByText('Book an assessment if it is not better in two weeks or gets worse.'),
    ).toBeVisible();
    const offer = result.locator('form[action="/book/attach-summary"]');
    await expect(offer).toHaveAttribute('method', 'post');
    await expect(offer.getByRole('button', { name: 'Book a free assessment' })).toBeVisible();
    const summary = await offer.locator('input[type="hidden"][name="summary"]').inputValue();
    expect(summary.split('\n')).toContain('Age: 30');
    expect(summary.split('\n')).toContain('Makes it worse: Bending forward; Sitting');
    // v2: a keep/swap/pause block per activity, with steps and the check for moving on, and building back.
    for (const activity of ['weights', 'running', 'building-back']) {
      const block = result.locator(`[data-training="${activity}"]`);
      await expect(block.getByRole('heading', { level: 3 })).toBeVisible();
      await expect(block.getByText('When to move on:')).toBeVisible();
    }
    await expect(result.locator('[data-training="running"]').getByText('Keep doing')).toBeVisible();
    await expect(result.locator('[data-training="weights"]').getByText('Swap for a while')).toBeVisible();
  });

  test('the emergency result puts the number first and offers no booking @nojs', async ({ page }) => {
    await walk(page, paths[0]!.answers);
    const result = page.locator('[data-outcome="emergency"]');
    await expect(result.getByRole('heading', { level: 1 })).toHaveText('Call 911 now');
    await expect(result.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(page.getByRole('button', { name: /book/i })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /book/i })).toHaveCount(0);
    await expect(result.locator('[data-reason="emergency:bladder"]')).toBeVisible();
    await expect(result.locator('[data-reason="emergency:both-legs"]')).toBeVisible();
  });

  test('urgent and doctor results say what to do and when @nojs', async ({ page }) => {
    await walk(page, paths[1]!.answers);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact a doctor today');
    await expect(page.getByRole('link', { name: '+1 312 555 0199' }).first()).toHaveAttribute(
      'href',
      'tel:+13125550199',
    );
    await walk(page, paths[2]!.answers);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('See a doctor in the next 1 to 2 weeks');
    await expect(
      page.getByText('This self-check is for people aged 16 and over, so it stops here.'),
    ).toBeVisible();
  });

  test('the assessment result leads with the booking offer @nojs', async ({ page }) => {
    await walk(page, paths[3]!.answers);
    const result = page.locator('[data-outcome="assessment"]');
    const offer = result.locator('form[action="/book/attach-summary"][method="post"]');
    await expect(offer.getByRole('button', { name: 'Book a free assessment' })).toBeVisible();
    expect(await offer.locator('input[name="summary"]').inputValue()).toContain(
      'Worst pain in the last 24 hours (0 to 10): 9 out of 10',
    );
    await expect(result.locator('[data-reason="assessment:severe-pain"]')).toBeVisible();
  });

  test('going back keeps the answers @nojs', async ({ page }) => {
    await walk(page, selfCarePath.slice(0, 4));
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText('Question 4 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('input[name="about"][value="none"]')).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('input[name="emergency"][value="none"]')).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('30');
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 5 of 19', { exact: true })).toBeVisible();
    await expectAccessible(page, '/check after going back');
  });

  test('a missing or wrong answer shows an error summary linked to the field @nojs', async ({ page }) => {
    await page.goto('/check');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('[aria-labelledby="error-summary-title"]');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter your age' })).toHaveAttribute('href', '#age');
    await expect(page).toHaveTitle(/^Error: How old are you\?/);
    await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveAttribute(
      'aria-describedby',
      'age-hint age-error',
    );
    await expectAccessible(page, '/check age error');
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('200');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary.getByRole('link')).toHaveText(
      'Enter your age as a whole number from 1 to 120, like 34',
    );
    await fillIn(page, ['age', '40']);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary.getByRole('link')).toHaveText('Select any you have, or select "None of these"');
    await expect(summary.getByRole('link')).toHaveAttribute('href', '#emergency');
    await expect(page.locator('#emergency')).toHaveAttribute('name', 'emergency');
    await expectAccessible(page, '/check emergency error');
    await fillIn(page, ['emergency', ['bowel', 'none']]);
    await page.getByRole('button', { name: 'Continue' }).click();
    // Without JavaScript both boxes reach the server, which refuses them; with it, ticking "None" clears the others.
    if (test.info().project.use.javaScriptEnabled === false) {
      await expect(summary.getByRole('link')).toContainText('on its own');
    } else {
      await expect(page.locator('[data-outcome]')).toHaveCount(0);
      await expect(page.getByText('Question 3 of 19', { exact: true })).toBeVisible();
    }
  });

  test('how it works explains the rules, sources, limits and privacy @nojs', async ({ page }) => {
    await page.goto('/check/how-it-works');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the self-check works');
    for (const text of [
      'NG59',
      '10.2519/jospt.2020.9971',
      'https://www.nhs.uk/conditions/back-pain/',
      'not a diagnosis',
      '16 and over',
      'We do not store your answers',
    ]) {
      await expect(page.getByText(text).first()).toBeVisible();
    }
    await expectAccessible(page);
  });

  test('answers typed into the check never reach the server log @nojs', async ({ page, request }) => {
    const marker = `zz${Date.now().toString(36)}marker`;
    await page.goto('/check');
    await page.getByRole('textbox', { name: 'How old are you?' }).fill(marker);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('41');
    await page.getByRole('button', { name: 'Continue' }).click();
    await fillIn(page, ['emergency', ['chest-pain']]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[data-outcome="emergency"]')).toBeVisible();
    const api = await request.post('/api/triage', {
      data: { age: 41, emergency: [], urgent: [], [marker]: ['bladder'] },
    });
    expect(api.status()).toBe(422);
    expect(await api.json()).toMatchObject({ field: marker });
    const log = readFileSync(path.join(process.env.E2E_DATA_DIR ?? '', 'server.log'), 'utf8');
    expect(log).toContain('Ready'); // the file really is the server's output
    expect(log).not.toContain(marker);
  });
});

test.describe('self-check version 2', () => {
  test('new emergency items: the check stops with their reasons and sources @nojs', async ({ page }) => {
    await walk(page, [
      ['age', '52'],
      ['emergency', ['sudden-severe', 'heart']],
    ]);
    const result = page.locator('[data-outcome="emergency"]');
    await expect(result).toBeVisible();
    for (const code of ['emergency:sudden-severe', 'emergency:heart']) {
      const reason = result.locator(`[data-reason="${code}"]`);
      await expect(reason.getByRole('link')).toHaveAttribute(
        'href',
        `/check/how-it-works#rule-${code.replace(':', '-')}`,
      );
    }
    await expectAccessible(page, '/check result emergency (v2 items)');
  });

  test('pregnancy warning and a recent procedure: their own instructions, pregnancy first @nojs', async ({
    page,
  }) => {
    await walk(page, [
      ['age', '31'],
      ['emergency', ['none']],
      ['urgent', ['recent-procedure', 'pregnancy-warning']],
    ]);
    const result = page.locator('[data-outcome="urgent"]');
    await expect(result.getByRole('heading', { level: 1 })).toHaveText(
      'Contact your midwife or maternity unit now',
    );
    const instructions = result.locator('[data-instruction]');
    await expect(instructions).toHaveText([
      'Contact your midwife or maternity unit now.',
      'Contact the team that did your procedure today, or a doctor.',
    ]);
    await expectAccessible(page, '/check result urgent (own instructions)');
  });

  test('a fall at 70 or over stops the check at onset @nojs', async ({ page }) => {
    await walk(page, [
      ['age', '72'],
      ['emergency', ['none']],
      ['urgent', ['none']],
      ['about', ['none']],
      ['onset', 'fall'],
    ]);
    const result = page.locator('[data-outcome="urgent"]');
    await expect(result.locator('[data-reason="urgent:fracture-risk"]')).toBeVisible();
    await expect(result.getByRole('heading', { level: 1 })).toHaveText('Contact a doctor today');
    await expectAccessible(page, '/check result urgent (fracture stop at onset)');
  });

  test('the "only when" questions appear when they apply, keep answers going back, and pass axe @nojs', async ({
    page,
  }) => {
    test.slow();
    const upToStiffness = change({ age: '50', duration: 'over-12-weeks', history: 'recurrent' }).slice(0, 14);
    await walk(page, upToStiffness);
    await expect(page.getByText('Question 15 of 20', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Did this back pain start before you were 45?',
    );
    await expectAccessible(page, '/check onsetBefore45');
    await answer(page, ['onsetBefore45', 'yes'], 14);
    await expect(page.getByText('Question 16 of 21', { exact: true })).toBeVisible();
    await expectAccessible(page, '/check inflammatory');
    await answer(page, ['inflammatory', ['night-waking', 'family']], 15);
    await expect(page.getByText('Question 17 of 21', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('input[name="inflammatory"][value="family"]')).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('input[name="onsetBefore45"][value="yes"]')).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const [i, step] of selfCarePath.slice(-5).entries()) await answer(page, step, 16 + i);
    const result = page.locator('[data-outcome="doctor"]');
    await expect(result.locator('[data-reason="doctor:inflammatory"]')).toBeVisible();
    await expectAccessible(page, '/check result doctor (inflammatory)');
  });

  test('Back comes first in the page, and Enter in a text box still continues @nojs', async ({ page }) => {
    await walk(page, selfCarePath.slice(0, 9));
    await expect(page.getByText('Question 10 of 19', { exact: true })).toBeVisible();
    await expect(page.locator('form')).toHaveAttribute('action', '/check/answer');
    // The page's own HTML, so it holds with JavaScript off: Back comes before the question, Continue after it.
    const html = await page.content();
    const back = html.indexOf('value="back"');
    const input = html.indexOf('id="intensity"');
    const visibleContinue = html.lastIndexOf('value="continue"');
    expect(back).toBeGreaterThan(0);
    expect(back).toBeLessThan(input);
    expect(input).toBeLessThan(visibleContinue);
    await page.getByRole('textbox', { name: /worst in the last 24 hours/ }).fill('3');
    await page.getByRole('textbox', { name: /worst in the last 24 hours/ }).press('Enter');
    await expect(page.getByText('Question 11 of 19', { exact: true })).toBeVisible();
  });

  test('the API covers every new item; how it works lists every rule by its anchor', async ({
    page,
    request,
  }) => {
    for (const item of ['sudden-severe', 'heart']) {
      const body = await (await request.post('/api/triage', { data: { age: 40, emergency: [item] } })).json();
      expect(body).toMatchObject({ outcome: 'emergency', reasons: [{ code: `emergency:${item}` }] });
    }
    for (const item of ['upper-back', 'unwell', 'recent-procedure', 'kidney', 'pregnancy-warning']) {
      const body = await (
        await request.post('/api/triage', { data: { age: 40, emergency: [], urgent: [item] } })
      ).json();
      expect(body).toMatchObject({
        outcome: 'urgent',
        reasons: [{ code: `urgent:${item}`, source: expect.any(String) }],
      });
    }
    const bad = await request.post('/api/triage', {
      data: Buffer.from('{"age": 4'),
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status()).toBe(400);
    await page.goto('/check/how-it-works');
    for (const code of [
      'emergency-heart',
      'urgent-pregnancy-warning',
      'emergency-aneurysm',
      'doctor-bone-stress',
      'assessment-young-athlete',
    ])
      await expect(page.locator(`#rule-${code}`)).toBeVisible();
    await expect(page.getByText('NG65').first()).toBeVisible();
  });
});

test.describe('self-check version 3', () => {
  const upToWorse = (changes: Record<string, string | string[]>) => change(changes).slice(0, 13);

  test('the four v3 emergency items, with their exclusions, stop the check with reasons and sources @nojs', async ({
    page,
  }) => {
    await walk(page, [['age', '74']]);
    for (const text of [
      'Taking aspirin alone is not this.',
      'Ordinary soreness that eases as you move is not this.',
      'A dizzy moment right after a hard effort that passed within a minute or two is not this.',
      'An aortic aneurysm is a swelling of the main blood vessel in your belly.',
    ])
      await expect(page.getByText(text)).toBeVisible();
    await expectAccessible(page, '/check emergency (v3 items)');
    await answer(page, ['emergency', ['blood-thinner', 'dark-urine', 'aneurysm', 'collapse']], 1);
    const result = page.locator('[data-outcome="emergency"]');
    for (const item of ['blood-thinner', 'dark-urine', 'aneurysm', 'collapse']) {
      const reason = result.locator(`[data-reason="emergency:${item}"]`);
      await expect(reason.getByRole('link')).toHaveAttribute(
        'href',
        `/check/how-it-works#rule-emergency-${item}`,
      );
    }
    await expect(result.locator('[data-reason="emergency:dark-urine"]')).toContainText('NHS: rhabdomyolysis');
    await expectAccessible(page, '/check result emergency (v3 items)');
  });

  test('the aneurysm is on the emergency list only, not under "about you" @nojs', async ({ page }) => {
    await walk(page, [
      ['age', '66'],
      ['emergency', ['none']],
      ['urgent', ['none']],
    ]);
    await expect(page.locator('input[name="about"][value="pregnant"]')).toBeVisible();
    await expect(page.locator('input[name="about"][value="aneurysm"]')).toHaveCount(0);
    await expect(page.getByText(/aneurysm/i)).toHaveCount(0);
  });

  test('tummy and fast-worse stop the check at urgent, with their exclusions @nojs', async ({ page }) => {
    await walk(page, [
      ['age', '40'],
      ['emergency', ['none']],
    ]);
    await expect(page.getByText('Sore stomach muscles after an ab workout are not this.')).toBeVisible();
    await expect(
      page.getByText('The usual stiffness the morning after a hard session is not this.'),
    ).toBeVisible();
    await expect(
      page.getByText(/tick it even if you think training more or eating better explains it/i),
    ).toBeVisible();
    await expectAccessible(page, '/check urgent (v3 items)');
    await answer(page, ['urgent', ['tummy', 'fast-worse']], 2);
    const result = page.locator('[data-outcome="urgent"]');
    await expect(result.locator('[data-reason="urgent:tummy"]')).toBeVisible();
    await expect(result.locator('[data-reason="urgent:fast-worse"]')).toBeVisible();
    await expectAccessible(page, '/check result urgent (v3 items)');
  });

  test('treatedNoBetter is asked at 1 to 12 weeks, counts on the path, and can send to a doctor @nojs', async ({
    page,
  }) => {
    test.slow();
    const answers = change({ duration: '1-6-weeks', trend: 'same', intensity: '7' });
    await walk(page, answers.slice(0, 13));
    await expect(page.getByText('Question 14 of 20', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Have you had 2 weeks or more of treatment for this pain without it getting better?',
    );
    await expectAccessible(page, '/check treatedNoBetter');
    await answer(page, ['treatedNoBetter', 'yes'], 13);
    await expect(page.getByText('Question 15 of 20', { exact: true })).toBeVisible();
    for (const [i, step] of answers.slice(13).entries()) await answer(page, step, 14 + i);
    const result = page.locator('[data-outcome="doctor"]');
    await expect(result.locator('[data-reason="doctor:not-improving"]')).toContainText('Finucane');
    await expectAccessible(page, '/check result doctor (not improving)');
  });

  test('treatedNoBetter is not asked in the first week @nojs', async ({ page }) => {
    await walk(page, upToWorse({}));
    await expect(page.getByText('Question 14 of 19', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/stiff for more than 30 minutes/);
    await expect(page.locator('input[name="treatedNoBetter"]')).toHaveCount(0);
  });

  test('a runner whose hopping hurts is sent to a doctor for a bone stress injury @nojs', async ({
    page,
  }) => {
    const answers = change({ worse: ['hopping'], activity: ['running'], onset: 'everyday' });
    await walk(page, answers.slice(0, 12));
    await expect(page.getByText('When it hurts in your low back, buttock, hip or groin.')).toBeVisible();
    for (const [i, step] of answers.slice(12).entries()) await answer(page, step, 12 + i);
    const result = page.locator('[data-outcome="doctor"]');
    await expect(result.locator('[data-reason="doctor:bone-stress"]')).toContainText('Warden et al. 2014');
    await expectAccessible(page, '/check result doctor (hopping)');
  });

  test('under 16 the check stops after the age, with the doctor and both red-flag lists @nojs', async ({
    page,
  }) => {
    await walk(page, [['age', '14']]);
    const result = page.locator('[data-outcome="doctor"]');
    await expect(result.getByRole('heading', { level: 1 })).toHaveText(
      'See a doctor in the next 1 to 2 weeks',
    );
    await expect(result.locator('[data-reason="doctor:under-16"]')).toBeVisible();
    await expect(result.locator('[data-signs="emergency"]')).toContainText('You take a blood thinner');
    await expect(result.locator('[data-signs="emergency"]')).toContainText(
      'Taking aspirin alone is not this.',
    );
    await expect(result.locator('[data-signs="urgent"]')).toContainText(
      'New pain, cramps or a pulsing feeling',
    );
    await expect(page.locator('input[name="emergency"]')).toHaveCount(0);
    await expectAccessible(page, '/check result doctor (under 16)');
  });

  test('the plan says that pain worse by the hour, or dark pee, needs the emergency department today @nojs', async ({
    page,
  }) => {
    await walk(page, selfCarePath);
    const result = page.locator('[data-outcome="self-care"]');
    await expect(result.locator('[data-muscle-breakdown]')).toContainText(
      'emergency department (ER) the same day',
    );
    await expect(result.locator('[data-training="running"] [data-urgent-signs]')).toContainText(
      'pee turns dark',
    );
  });

  test('the API and how it works carry every v3 rule', async ({ page, request }) => {
    const about = await request.post('/api/triage', {
      data: { age: 66, emergency: [], urgent: [], about: ['aneurysm'] },
    });
    expect(await about.json()).toMatchObject({
      outcome: 'emergency',
      reasons: [{ code: 'emergency:aneurysm' }],
    });
    const bad = await request.post('/api/triage', {
      data: { age: 40, emergency: [], urgent: ['none', 'tummy'] },
    });
    expect(bad.status()).toBe(422);
    expect(await bad.json()).toMatchObject({ field: 'urgent' });
    await page.goto('/check/how-it-works');
    for (const code of [
      'emergency-blood-thinner',
      'urgent-fast-worse',
      'doctor-not-improving',
      'assessment-runner-hip',
    ])
      await expect(page.locator(`#rule-${code}`)).toBeVisible();
    await expect(page.getByText('doi:10.2519/jospt.2014.5334')).toBeVisible();
    await expectAccessible(page, '/check/how-it-works (v3)');
  });
});

test.describe('self-check with JavaScript', () => {
  // /check is served without JavaScript, so the first question is a form post; the page that answers it loads
  // the wizard, which takes over the answers carried in hidden inputs once it runs.
  async function wizardRunning(page: Page) {
    await expect(page.locator('form input[type="hidden"][name="age"]')).toHaveCount(0);
  }

  test('after the first question, steps change without a page load and focus moves to the question', async ({
    page,
  }) => {
    await walk(page, [['age', '30']]);
    await wizardRunning(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await answer(page, ['emergency', ['none']], 1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/urgent|any of these/i);
    await expect(page.getByText('Question 3 of 19', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(/\(question 3 of 19\)/);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  });

  test('the error summary takes focus and the title says Error', async ({ page }) => {
    await page.goto('/check');
    const summary = page.locator('[aria-labelledby="error-summary-title"]');
    // Found by the server on the first question, focused once the answering page runs its code.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('30');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 2 of 19', { exact: true })).toBeVisible();
    await wizardRunning(page);
    // Found in the browser from the second question on, and cleared as soon as the answer is fixed.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await page.locator('input[name="emergency"][value="none"]').check();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(0);
  });

  test('"None of these" stands alone', async ({ page }) => {
    await walk(page, [['age', '30']]);
    await wizardRunning(page);
    await page.locator('input[name="emergency"][value="bowel"]').check();
    await page.locator('input[name="emergency"][value="none"]').check();
    await expect(page.locator('input[name="emergency"][value="bowel"]')).not.toBeChecked();
    await page.locator('input[name="emergency"][value="chest-pain"]').check();
    await expect(page.locator('input[name="emergency"][value="none"]')).not.toBeChecked();
  });

  test('results can be printed', async ({ page }) => {
    await walk(page, selfCarePath);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    await expect(page).toHaveTitle(/^Your result/);
  });
});
