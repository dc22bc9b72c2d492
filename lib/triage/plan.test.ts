import { describe, expect, it } from 'vitest';
import { selfCare, withAnswers } from './fixtures';
import { exerciseLoads } from './movementLoads';
import { buildPlan, planSlugs, type Library } from './plan';
import type { TrainingDoc } from './training';

const slugs = [
  'bird-dog',
  'cat-camel',
  'curl-up',
  'dead-bug',
  'front-plank',
  'glute-bridge',
  'hamstring-stretch',
  'hip-flexor-stretch',
  'hip-hinge-drill',
  'knee-to-chest',
  'pelvic-tilt',
  'prone-press-up',
  'side-plank',
];
const library: Library = {
  exercises: slugs.map((slug) => ({
    slug,
    title: slug,
    url: `/exercises/${slug}`,
    dose: '2 sets of 8-10 reps',
    frequency: 'Daily',
    loads: exerciseLoads(slug) ?? [],
  })),
  training: [],
  articles: [
    'first-48-hours-after-a-back-tweak',
    'rest-or-stay-active',
    'running-and-back-pain',
    'lifting-form-checklist',
    'mckenzie-method-explained',
    'how-long-does-back-pain-last',
  ].map((slug) => ({ slug, title: slug, url: `/articles/${slug}` })),
};
const exercisesOf = (plan: ReturnType<typeof buildPlan>) => plan.exercises.map((e) => e.slug);

describe('buildPlan', () => {
  it('gives 3 to 6 exercises with a dose, a 6-week progression, articles and safety-netting', () => {
    const plan = buildPlan(selfCare, library);
    expect(plan.exercises.length).toBeGreaterThanOrEqual(3);
    expect(plan.exercises.length).toBeLessThanOrEqual(6);
    expect(plan.exercises[0]).toMatchObject({ dose: '2 sets of 8-10 reps', frequency: 'Daily' });
    expect(plan.progression.map((p) => p.weeks)).toEqual(['Weeks 1 and 2', 'Weeks 3 and 4', 'Weeks 5 and 6']);
    expect(plan.articles.length).toBeGreaterThan(0);
    expect(plan.safetyNet.review).toBe('Book an assessment if it is not better in two weeks or gets worse.');
    expect(plan.safetyNet.emergency).toHaveLength(14);
    expect(plan.safetyNet.urgent).toHaveLength(14);
  });

  it('follows the stage (duration)', () => {
    expect(buildPlan(selfCare, library).stage.title).toBe('In the first week');
    expect(buildPlan(withAnswers({ duration: '1-6-weeks' }), library).stage.title).toBe(
      'From week 1 to week 6',
    );
    expect(buildPlan(selfCare, library).articles.map((a) => a.slug)).toContain(
      'first-48-hours-after-a-back-tweak',
    );
  });

  it('follows the pattern: bending forward brings press-ups and drops knee-to-chest', () => {
    const plan = buildPlan(withAnswers({ worse: ['bending-forward'] }), library);
    expect(exercisesOf(plan)[0]).toBe('prone-press-up');
    expect(exercisesOf(plan)).not.toContain('knee-to-chest');
    expect(plan.articles.map((a) => a.slug)).toContain('mckenzie-method-explained');
  });

  it('follows the pattern: bending backward drops press-ups', () => {
    const plan = buildPlan(withAnswers({ worse: ['bending-backward', 'sitting'] }), library);
    expect(exercisesOf(plan)).not.toContain('prone-press-up');
    expect(exercisesOf(plan)[0]).toBe('knee-to-chest');
  });

  it('follows the onset', () => {
    expect(exercisesOf(buildPlan(withAnswers({ onset: 'lifting', worse: ['none'] }), library))).toContain(
      'hip-hinge-drill',
    );
    expect(buildPlan(withAnswers({ onset: 'lifting' }), library).articles.map((a) => a.slug)).toContain(
      'lifting-form-checklist',
    );
    expect(buildPlan(selfCare, library).onset.title).toBe('How it started: running');
  });

  it('plans differ for different answers', () => {
    const a = buildPlan(selfCare, library);
    const b = buildPlan(
      withAnswers({ duration: '1-6-weeks', onset: 'lifting', worse: ['bending-backward'] }),
      library,
    );
    expect(exercisesOf(a)).not.toEqual(exercisesOf(b));
  });

  it('skips what the library does not have', () => {
    const plan = buildPlan(selfCare, {
      exercises: library.exercises.slice(0, 4),
      articles: [],
      training: [],
    });
    expect(plan.exercises.every((e) => slugs.slice(0, 4).includes(e.slug))).toBe(true);
    expect(plan.articles).toEqual([]);
  });
});

describe('buildPlan articles', () => {
  it('always includes one for the stage and one for the start', () => {
    const all = {
      ...library,
      articles: [
        'first-48-hours-after-a-back-tweak',
        'rest-or-stay-active',
        'pain-relief-options',
        'running-and-back-pain',
        'cross-training-and-low-impact-options',
        'mckenzie-method-explained',
        'everyday-habits-for-a-healthy-back',
      ].map((slug) => ({ slug, title: slug, url: `/articles/${slug}` })),
    };
    const slugsOf = buildPlan(withAnswers({ worse: ['bending-forward', 'sitting'] }), all).articles.map(
      (a) => a.slug,
    );
    expect(slugsOf.slice(0, 2)).toEqual(['first-48-hours-after-a-back-tweak', 'running-and-back-pain']);
    expect(slugsOf.length).toBeLessThanOrEqual(5);
  });
});

// In-test training documents, shaped like content/training/*.mdx.
const doc = (activity: string, title: string, extra: Partial<TrainingDoc> = {}): TrainingDoc => ({
  activity,
  title,
  keep: [{ do: `Keep easy ${activity}.` }, { do: 'Easy runs.', loads: ['running'] }],
  swap: [
    { instead: 'Hill repeats', try: 'Hard cycling', exercise: 'glute-bridge', loads: ['sitting'] },
    { instead: 'Your long session', try: 'Two short ones', loads: ['running'] },
    { instead: 'Heavy days', try: 'Light days', exercise: 'not-in-library' },
  ],
  pause: ['Races.'],
  steps: [
    { title: 'Step 1: walk', do: 'Walk 20 minutes.', exercises: ['bird-dog', 'glute-bridge'] },
    { title: 'Step 2: run-walk', do: 'Run 1, walk 2.', exercises: ['side-plank'], loads: ['running'] },
    {
      title: 'Step 3: lift',
      do: 'Lift light.',
      exercises: ['hip-hinge-drill'],
      loads: ['bending-forward', 'lifting'],
    },
  ],
  moveOn: 'Move on after two sessions where the pain stayed acceptable and was no worse the next morning.',
  evidence: 'The evidence is weak.',
  references: [
    { authors: 'A B', year: 2020, title: 'A study', source: 'A journal', url: 'https://doi.org/10.1/x' },
  ],
  ...extra,
});
const withTraining: Library = {
  ...library,
  training: [
    doc('running', 'Running'),
    doc('weights', 'Weight training'),
    doc('crossfit-hiit', 'CrossFit, HIIT and circuit classes'),
    doc('building-back', 'Building your training back up'),
  ],
};
const trainingOf = (change: Record<string, unknown>) => buildPlan(withAnswers(change), withTraining);

describe('buildPlan training (v2)', () => {
  it('gives one block per chosen activity, in the order of the question', () => {
    const plan = trainingOf({ activity: ['running', 'weights'] });
    expect(plan.training.map((b) => b.activity)).toEqual(['weights', 'running']);
    expect(plan.training.map((b) => b.heading)).toEqual(['Your weight training', 'Your running']);
    expect(trainingOf({ activity: ['crossfit-hiit'] }).training[0]?.heading).toBe(
      'Your CrossFit, HIIT and circuit classes',
    );
    expect(trainingOf({ activity: ['none'] }).training).toEqual([]);
    expect(trainingOf({ activity: ['cycling'] }).training).toEqual([]); // no document: no block
  });

  it('each block keeps, swaps, pauses and returns in steps with the check for moving on', () => {
    const [block] = trainingOf({ activity: ['running'] }).training;
    expect(block?.keep).toEqual(['Keep easy running.', 'Easy runs.']);
    expect(block?.pause).toEqual(['Races.']);
    expect(block?.steps.map((s) => s.title)).toEqual(['Step 1: walk', 'Step 2: run-walk', 'Step 3: lift']);
    expect(block?.moveOn).toMatch(/no worse the next morning/);
    expect(block?.steps[0]?.exercises.map((e) => e.slug)).toEqual(['bird-dog', 'glute-bridge']);
  });

  it('links a swap to the library only where the exercise exists', () => {
    const [block] = trainingOf({ activity: ['running'], worse: ['none'] }).training;
    expect(block?.swap.map((s) => s.exercise?.slug)).toEqual(['glute-bridge', undefined, undefined]);
  });

  it('never loads a movement that makes the pain worse: keeps and swaps left out, steps held from there on', () => {
    const [block] = trainingOf({ activity: ['running'], worse: ['running', 'sitting'] }).training;
    expect(block?.keep).toEqual(['Keep easy running.']);
    expect(block?.swap.map((s) => s.instead)).toEqual(['Heavy days']);
    const held = block?.steps.filter((s) => s.held);
    expect(held?.map((s) => s.title)).toEqual(['Step 2: run-walk', 'Step 3: lift']);
    expect(held?.[0]?.held).toMatch(/^Running makes your pain worse/);
    expect(held?.[0]?.held).toContain('stay on "Step 1: walk"');
    expect(held?.[1]?.held).toContain('without skipping ahead');
    expect(held?.every((s) => s.exercises.length === 0)).toBe(true);
    const lifting = trainingOf({ activity: ['weights'], worse: ['lifting'] }).training[0];
    expect(lifting?.steps.find((s) => s.held)?.held).toMatch(/^Lifting makes your pain worse/);
  });

  it('every block, building back too, says that pain worse by the hour or dark pee needs the emergency department the same day (v3)', () => {
    const plan = trainingOf({ activity: ['running', 'weights'], trainingChange: ['more'] });
    for (const block of [...plan.training, plan.buildingBack])
      expect(block?.urgentSigns).toMatch(
        /worse by the hour after a hard session.*pee turns dark.*emergency department.*same day/,
      );
    expect(plan.safetyNet.muscleBreakdown).toBe(plan.training[0]?.urgentSigns);
  });

  it('a held step 1 comes after the gentler step, which it names as the step to stay on', () => {
    const gentler = { title: 'Before step 1: bridges', do: 'Glute bridges.', exercises: ['glute-bridge'] };
    const first = {
      title: 'Step 1: walk',
      do: 'Walk.',
      exercises: ['bird-dog'],
      loads: ['standing-walking'],
    };
    const plan = buildPlan(withAnswers({ activity: ['running'], worse: ['standing-walking', 'lifting'] }), {
      ...library,
      training: [
        doc('running', 'Running', { gentler, steps: [first, ...doc('running', 'R').steps.slice(1)] }),
      ],
    });
    const steps = plan.training[0]?.steps ?? [];
    expect(steps.map((s) => s.title)).toEqual([
      'Before step 1: bridges',
      'Step 1: walk',
      'Step 2: run-walk',
      'Step 3: lift',
    ]);
    expect(steps[0]).toMatchObject({ exercises: [{ slug: 'glute-bridge' }] });
    expect(steps[0]?.held).toBeUndefined();
    expect(steps[1]?.held).toBe(
      'Standing or walking makes your pain worse at the moment, and this step loads it. Hold this step until it no longer does: until then, stay on "Before step 1: bridges".',
    );
    expect(steps[2]?.held).toBe(
      'Held while "Step 1: walk" is held: take the steps in order, without skipping ahead.',
    );
    expect(steps[3]?.held).toBe(steps[2]?.held);
  });

  it('names every movement a held step loads that hurts, in plain words', () => {
    const [block] = trainingOf({ activity: ['weights'], worse: ['bending-forward', 'lifting'] }).training;
    expect(block?.steps[2]?.held).toMatch(
      /^Bending forward and lifting make your pain worse .* loads them\./,
    );
  });

  it('adds building back for any training change, and not without one', () => {
    for (const change of ['more', 'new', 'after-break'])
      expect(trainingOf({ trainingChange: [change] }).buildingBack?.heading).toBe(
        'Building your training back up',
      );
    expect(trainingOf({ trainingChange: ['none'] }).buildingBack).toBeUndefined();
    expect(trainingOf({ trainingChange: [] }).buildingBack).toBeUndefined();
  });

  it('no exercise anywhere in the plan loads what makes the pain worse', () => {
    const plan = trainingOf({ activity: ['running', 'weights'], worse: ['bending-forward', 'running'] });
    const named = plan.training.flatMap((b) => [
      ...b.steps.flatMap((s) => s.exercises.map((e) => e.slug)),
      ...b.swap.flatMap((s) => (s.exercise ? [s.exercise.slug] : [])),
    ]);
    expect(named).not.toContain('side-plank');
    expect(named).not.toContain('hip-hinge-drill');
    expect(plan.exercises.map((e) => e.slug)).not.toContain('knee-to-chest');
  });

  it('names its own exercises from a list the slug test can read', () => {
    expect(planSlugs()).toContain('prone-press-up');
    expect(new Set(planSlugs()).size).toBe(planSlugs().length);
  });
});
