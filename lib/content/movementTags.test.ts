// Spec v3: every exercise, keep, swap and return step carries the movements it loads, read against the one
// table in lib/triage/movementLoads.ts (what each exercise, and each kind of training named in words, loads).
import { describe, expect, it } from 'vitest';
import {
  askedMovements,
  exerciseLoads,
  loadsNamedIn,
  movementTable,
  movements,
  tableExercises,
} from '../triage/movementLoads';
import { planSlugs } from '../triage/plan';
import type { TrainingDoc } from '../triage/training';
import { allExercises } from './index';
import { planLibrary } from './planLibrary';

const docs = planLibrary().training;
const missing = (tags: readonly string[] | undefined, needed: readonly string[]) =>
  needed.filter((m) => !(tags ?? []).includes(m));

/** Every tagged item of a document, with the text a reader is asked to do and the exercises it links. */
function items(doc: TrainingDoc) {
  return [
    ...doc.keep.map((k, i) => ({ at: `keep.${i}`, text: k.do, exercises: [], loads: k.loads })),
    ...doc.swap.map((s, i) => ({
      at: `swap.${i}`,
      text: s.try,
      exercises: s.exercise ? [s.exercise] : [],
      loads: s.loads,
    })),
    ...doc.steps.map((s, i) => ({ at: `steps.${i}`, text: s.do, exercises: s.exercises ?? [], ...s })),
    ...(doc.gentler ? [{ at: 'gentler', text: doc.gentler.do, ...doc.gentler, exercises: [] }] : []),
  ].map((item) => ({ ...item, where: `${doc.activity} ${item.at}` }));
}

describe('the movement table', () => {
  it('names every movement a reader can say hurts (all worse values but "other", and v3 hopping)', () => {
    const tags: readonly string[] = movements;
    expect(askedMovements.filter((m) => !tags.includes(m))).toEqual([]);
    // hopping is a v3 value: the tags carry it before (and after) the question offers it.
    expect(tags.filter((m) => !askedMovements.includes(m) && m !== 'hopping')).toEqual([]);
  });

  it('has one entry per exercise of the library, and each entry finds its exercise by name', () => {
    const library = allExercises();
    expect([...tableExercises].sort()).toEqual(library.map((e) => e.slug).sort());
    const unnamed = library.filter((e) => !movementTable.find((t) => t.key === e.slug)?.named.test(e.title));
    expect(unnamed.map((e) => e.slug)).toEqual([]);
  });

  it('knows every exercise lib/triage/plan.ts names', () => {
    expect(planSlugs().filter((slug) => exerciseLoads(slug) === undefined)).toEqual([]);
  });
});

describe('movement tags', () => {
  it('each exercise in content/exercises carries exactly the loads of the table', () => {
    const wrong = allExercises()
      .filter((e) => [...e.loads].sort().join() !== [...(exerciseLoads(e.slug) ?? [])].sort().join())
      .map((e) => `${e.slug}: ${e.loads.join(', ')} (table: ${exerciseLoads(e.slug)?.join(', ')})`);
    expect(wrong).toEqual([]);
  });

  it('each keep, swap, step and gentler step loads what its exercises and its words load', () => {
    const untagged = docs.flatMap(items).flatMap((item) => {
      const needed = [
        ...item.exercises.flatMap((slug) => exerciseLoads(slug) ?? []),
        ...loadsNamedIn(item.text),
      ];
      const lacking = [...new Set(missing(item.loads, needed))];
      return lacking.length ? [`${item.where} "${item.text}" lacks ${lacking.join(', ')}`] : [];
    });
    expect(untagged).toEqual([]);
  });

  it('a gentler step loads nothing, and every activity whose step 1 loads something has one', () => {
    for (const doc of docs) {
      expect(doc.gentler?.loads ?? [], doc.activity).toEqual([]);
      if (doc.steps[0]?.loads?.length) expect(doc.gentler, doc.activity).toBeDefined();
    }
  });

  // The tags issue 20 found wrong, each checked by name.
  const doc = (activity: string) => docs.find((d) => d.activity === activity) as TrainingDoc;
  const step = (activity: string, n: number) => doc(activity).steps[n - 1]?.loads ?? [];
  const swapTo = (activity: string, slug: string) =>
    doc(activity).swap.find((s) => s.exercise === slug)?.loads ?? [];
  it.each([
    ["yoga-pilates step 1 (child's pose)", () => step('yoga-pilates', 1), ['bending-forward']],
    [
      'crossfit-hiit step 1 (carries, bike intervals)',
      () => step('crossfit-hiit', 1),
      ['lifting', 'sitting'],
    ],
    ['cycling step 1 (standing back extensions)', () => step('cycling', 1), ['bending-backward']],
    ["running's brisk-walk swap", () => swapTo('running', 'walking-program'), ['standing-walking']],
    ["weights' split squats with dumbbells", () => swapTo('weights', 'split-squat'), ['lifting']],
    ['racket-golf step 1 (walk)', () => step('racket-golf', 1), ['standing-walking']],
    ['rowing step 1 (cycle or walk)', () => step('rowing', 1), ['sitting', 'standing-walking']],
    ['team-sport step 1 (cycling or walking)', () => step('team-sport', 1), ['sitting', 'standing-walking']],
    ['team-sport step 2 (jogging, strides)', () => step('team-sport', 2), ['running', 'hopping']],
  ])('%s carries its loads', (_label, loads, expected) => {
    expect(loads()).toEqual(expect.arrayContaining(expected));
  });

  it('the crossfit-hiit swap to dead bugs and side planks loads nothing (it was tagged bending-backward)', () => {
    expect(swapTo('crossfit-hiit', 'dead-bug')).toEqual([]);
  });
});
