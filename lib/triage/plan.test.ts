import { describe, expect, it } from 'vitest';
import { selfCare, withAnswers } from './fixtures';
import { buildPlan, type Library } from './plan';

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
    dose: { sets: 2, reps: '8-10', frequency: 'Daily' },
  })),
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
    expect(plan.safetyNet.emergency).toHaveLength(8);
    expect(plan.safetyNet.urgent).toHaveLength(7);
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
    const plan = buildPlan(selfCare, { exercises: library.exercises.slice(0, 4), articles: [] });
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
