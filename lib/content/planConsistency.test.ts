// Issue 20, part 4: a plan that agrees with itself. Built from the real library (content/exercises and
// content/training) for every activity and every `worse` value, alone and in pairs, and then for any mix
// (fast-check): nothing the plan gives loads a movement that hurts, a held step is never followed by an open
// one, the first step is never held, and the general advice never suggests what the blocks hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackedPlanFrom } from '../progress/trackedPlan';
import { openSteps } from '../progress/steps';
import { selfCare } from '../triage/fixtures';
import { exerciseLoads, loadsNamedIn, movements, painful } from '../triage/movementLoads';
import { buildPlan, type SelfCarePlan } from '../triage/plan';
import { activityItems, questionsById } from '../triage/questions';
import type { Answers } from '../triage/schema';
import type { TrainingBlock, TrainingDoc } from '../triage/training';
import { planLibrary } from './planLibrary';

const library = planLibrary();
const worseValues = [...movements, 'other'];
const onsets = questionsById.onset.options.map((o) => o.value);
const durations = questionsById.duration.options.map((o) => o.value);

// `hopping` (v3) may not be a value of the question yet: the plan reads `worse` as plain strings.
const planFor = (change: Record<string, unknown>) =>
  buildPlan({ ...selfCare, trainingChange: ['more'], ...change } as Answers, library);

/** What a line asks the reader to do: after "Running hurts:" comes the advice, before it the complaint. */
const advicePart = (line: string) => (/^[^:]+ hurts?:/.test(line) ? line.slice(line.indexOf(':') + 1) : line);

const docOf = (block: TrainingBlock): TrainingDoc =>
  library.training.find((d) => d.activity === block.activity) as TrainingDoc;

function blockProblems(block: TrainingBlock, worse: readonly string[]): string[] {
  const doc = docOf(block);
  const where = `${block.activity} (${worse.join(', ')})`;
  const problems: string[] = [];
  const hurts = (text: string, tags: readonly string[] | undefined, what: string) => {
    const pain = [...painful(tags, worse), ...painful(loadsNamedIn(text), worse)];
    if (pain.length) problems.push(`${where}: ${what} "${text}" loads ${[...new Set(pain)].join(', ')}`);
  };
  for (const keep of block.keep) hurts(keep, doc.keep.find((k) => k.do === keep)?.loads, 'keep');
  for (const swap of block.swap) {
    hurts(swap.try, doc.swap.find((s) => s.try === swap.try)?.loads, 'swap');
    if (swap.exercise) hurts('', exerciseLoads(swap.exercise.slug), `swap to ${swap.exercise.slug}`);
  }
  const firstHeld = block.steps.findIndex((s) => s.held);
  if (firstHeld === 0) problems.push(`${where}: the first step is held, with nothing to do instead`);
  block.steps.forEach((step, i) => {
    const docStep = [...doc.steps, doc.gentler].find((s) => s?.title === step.title);
    if (firstHeld !== -1 && i > firstHeld && !step.held)
      problems.push(`${where}: ${step.title} open after a held step`);
    if (step.held) {
      if (step.exercises.length) problems.push(`${where}: held ${step.title} lists exercises`);
      if (/steps before it/.test(step.held))
        problems.push(`${where}: ${step.title} points to "steps before it"`);
      const before = block.steps[i - 1];
      if (i === firstHeld && before && !step.held.includes(`"${before.title}"`))
        problems.push(`${where}: held ${step.title} does not name the step to stay on`);
      return;
    }
    hurts(step.do, docStep?.loads, step.title);
    for (const e of step.exercises) hurts('', exerciseLoads(e.slug), `${step.title} exercise ${e.slug}`);
  });
  // The tracker keeps the same holds: it can take the reader no further than the first held step.
  const [tracked] = trackedPlanFrom([{ ...block, title: block.heading }], new Date(0)).activities;
  const open = tracked ? openSteps(tracked) : 0;
  if (open !== (firstHeld === -1 ? block.steps.length : firstHeld))
    problems.push(`${where}: the tracker opens ${open} steps`);
  return problems;
}

function problemsOf(plan: SelfCarePlan, worse: readonly string[]): string[] {
  const advice = [...plan.stage.advice, ...plan.pattern.advice, ...plan.onset.advice];
  return [
    ...advice.flatMap((line) =>
      painful(loadsNamedIn(advicePart(line)), worse).length ? [`advice "${line}" (${worse.join(', ')})`] : [],
    ),
    ...plan.exercises.flatMap((e) =>
      painful(exerciseLoads(e.slug), worse).length ? [`exercise ${e.slug} (${worse.join(', ')})`] : [],
    ),
    ...[...plan.training, ...(plan.buildingBack ? [plan.buildingBack] : [])].flatMap((b) =>
      blockProblems(b, worse),
    ),
  ];
}

const pairs = worseValues.flatMap((a, i) => worseValues.slice(i + 1).map((b) => [a, b]));

describe('a plan that agrees with itself', () => {
  it.each(activityItems)('%s, for every worse value alone and in pairs, and every onset', (activity) => {
    const problems = [...worseValues.map((w) => [w]), ...pairs].flatMap((worse) =>
      onsets.flatMap((onset) => problemsOf(planFor({ activity: [activity], worse, onset }), worse)),
    );
    expect(problems).toEqual([]);
  });

  it('holds for any mix of activities, worse values, onsets and stages (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...activityItems], { minLength: 1 }),
        fc.subarray(worseValues, { minLength: 1 }),
        fc.constantFrom(...onsets),
        fc.constantFrom(...durations),
        (activity, worse, onset, duration) => {
          expect(problemsOf(planFor({ activity, worse, onset, duration }), worse)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a runner who lifts, whose forward bending hurts: no "Step 1" held behind nothing, no step after a held one', () => {
    const plan = planFor({ activity: ['weights', 'running'], worse: ['bending-forward'] });
    const weights = plan.training.find((b) => b.activity === 'weights');
    expect(weights?.steps[0]?.held).toBeUndefined();
    expect(weights?.steps[0]?.title).toMatch(/^Before step 1/);
    expect(weights?.steps[1]?.held).toContain(`stay on "${weights?.steps[0]?.title}"`);
    expect(weights?.steps.slice(1).every((s) => s.held)).toBe(true);
  });

  it('a runner whose running hurts is not told to keep easy runs while every running step is held', () => {
    const plan = planFor({ activity: ['running'], worse: ['running'], onset: 'running' });
    const running = plan.training[0];
    expect(running?.keep.join(' ')).not.toMatch(/runs/);
    expect(running?.steps.filter((s) => !s.held).map((s) => s.title)).toEqual(['Step 1: walk briskly']);
    expect([...plan.pattern.advice, ...plan.onset.advice].join(' ')).not.toMatch(/shorter, easier runs/);
  });
});
