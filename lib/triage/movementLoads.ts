// What each exercise and each kind of training loads (spec v3, "each exercise and step keeps its movement
// tags true"): the one table the movement tags in content/exercises, content/training and plan.ts are read
// against (lib/content/movementTags.test.ts). A tag is a `worse` value: a reader who says that movement
// makes the pain worse is never given what loads it. When in doubt, a tag is added: a held step costs the
// reader a little time, a missing tag can hurt them.
import { worseItems } from './questions';

/**
 * The movements a tag can name: every `worse` value but `other` (nothing can be known to load "something
 * else") and `none`. Written out for the literal type; `askedMovements` below reads the
 * question, and movementTags.test.ts checks every asked movement is here.
 */
export const movements = [
  'bending-forward',
  'bending-backward',
  'sitting',
  'standing-walking',
  'lifting',
  'running',
  'twisting',
  'coughing-sneezing',
  'getting-up',
  'hopping',
] as const;
export type Movement = (typeof movements)[number];

/** The `worse` values the question offers that name a movement (all but `other`). */
export const askedMovements: readonly string[] = worseItems.filter((w) => w !== 'other');

interface Entry {
  /** An exercise slug in content/exercises, or the name of a kind of training. */
  key: string;
  /** How a training document names it in its text: the text then loads what the entry loads. */
  named: RegExp;
  loads: readonly Movement[];
  /** True for an exercise of the library (content/exercises/<key>.mdx). */
  exercise?: true;
}

const exercise = (key: string, named: RegExp, loads: readonly Movement[]): Entry => ({
  key,
  named,
  loads,
  exercise: true,
});
const training = (key: string, named: RegExp, loads: readonly Movement[]): Entry => ({ key, named, loads });

export const movementTable: readonly Entry[] = [
  // The exercise library. A move done lying or on hands and knees with the back still loads nothing.
  exercise('back-extension-45', /\b45-degree back extensions?\b|\bback extensions? (bench|machine)/i, [
    'bending-forward',
    'bending-backward',
  ]),
  exercise('bird-dog', /\bbird dogs?\b/i, []),
  exercise('breathing-and-bracing', /\bbreathing\b|\bbracing\b/i, []),
  exercise('cat-camel', /\bcat-camel\b/i, ['bending-forward', 'bending-backward']),
  exercise('childs-pose', /\bchild'?s pose\b/i, ['bending-forward']),
  // Curling up raises the pressure in the belly, as a cough or a sneeze does.
  exercise('curl-up', /\bcurl-ups?\b/i, ['bending-forward', 'coughing-sneezing']),
  exercise('dead-bug', /\bdead bugs?\b/i, []),
  exercise('figure-4-stretch', /\bfigure-4\b/i, ['bending-forward']),
  exercise('front-plank', /\bfront planks?\b/i, []),
  exercise('glute-bridge', /\bglute bridges?\b/i, []),
  exercise('hamstring-stretch', /\bhamstring stretch/i, []),
  // Shifting the hips forward on one knee tends to arch the low back.
  exercise('hip-flexor-stretch', /\bhip flexor stretch/i, ['bending-backward']),
  exercise('hip-hinge-drill', /\bhinge\b|\bhinging\b/i, ['bending-forward']),
  exercise('knee-to-chest', /\bknee[- ]to[- ]chest\b/i, ['bending-forward']),
  exercise('loaded-carry', /\bcarr(y|ies|ying)\b/i, ['lifting', 'standing-walking']),
  exercise('pallof-press', /\bpallof press(es)?\b/i, []),
  exercise('pelvic-tilt', /\bpelvic tilts?\b/i, []),
  exercise('prone-press-up', /\bpress-ups?\b/i, ['bending-backward']),
  exercise('romanian-deadlift', /\bromanian deadlifts?\b/i, ['bending-forward', 'lifting']),
  exercise('sciatic-nerve-slider', /\bnerve sliders?\b/i, ['sitting']),
  exercise('side-plank', /\bside planks?\b/i, []),
  exercise('split-squat', /\bsplit squats?\b/i, []),
  exercise('standing-back-extension', /\bstanding back extensions?\b/i, ['bending-backward']),
  // Each step up stands the body on one leg.
  exercise('step-up', /\bstep-ups?\b/i, ['hopping']),
  exercise('goblet-box-squat', /\bgoblet squats?\b/i, ['lifting']),
  exercise('thoracic-rotation', /\bthoracic rotations?\b|\btrunk turns\b/i, ['twisting']),
  exercise('walking-program', /\bbrisk walk|\bwalking program/i, ['standing-walking']),
  // Kinds of training a step or swap names in words.
  training('walking', /\bwalk(s|ing|ed)?\b/i, ['standing-walking']),
  // Every running stride lands on one leg.
  training('running', /\b(run|runs|running|jog|jogs|jogging|strides|sprints?|sprinting)\b/i, [
    'running',
    'hopping',
  ]),
  training('jumping', /\b(jump|jumps|jumping|hop|hops|hopping|skipping rope|landing|plyometrics?)\b/i, [
    'hopping',
  ]),
  training('one-leg', /\bsingle-leg\b|\bone leg\b/i, ['hopping']),
  // A bike keeps you seated and bent forward; so do the rowing machine and the boat.
  training('cycling', /\b(cycle|cycling|bike|ride|rides|riding)\b/i, ['sitting', 'bending-forward']),
  training('rowing', /\b(row|rows|rowing|rower)\b/i, ['sitting', 'bending-forward']),
  training('ski-machine', /\bski\b/i, ['bending-forward']),
  // Breaststroke lifts the head and arches the back; front crawl rolls and turns the trunk.
  training('swimming', /\b(swim|swims|swimming|laps?|strokes?|crawl|backstroke|breaststroke)\b/i, [
    'bending-backward',
    'twisting',
  ]),
  training(
    'weights',
    /\b(dumbbells?|kettlebells?|barbells?|deadlifts?|lift|lifts|lifting|weights?|cleans|snatches)\b/i,
    ['lifting'],
  ),
  training(
    'twisting',
    /\b(twist|twists|twisting|swing|swings|serves?|smash(es)?|turn|turns|turning|cutting|groundstrokes?|rall(y|ies)|putting|chipping|tumble)\b/i,
    ['twisting'],
  ),
  training('sitting', /\b(sit|sits|sitting|seated)\b/i, ['sitting']),
  training('forward-bends', /\b(fold|folds|forward bends?|bend forward|bending forward|toes-to-bar)\b/i, [
    'bending-forward',
  ]),
  training('backbends', /\b(backbends?|backward bends?|arch|arching)\b/i, ['bending-backward']),
];

const byKey = new Map(movementTable.map((e) => [e.key, e]));

/** What a library exercise loads; undefined for a slug the table does not know (a test keeps that empty). */
export function exerciseLoads(slug: string): readonly Movement[] | undefined {
  const entry = byKey.get(slug);
  return entry?.exercise ? entry.loads : undefined;
}

/** The library exercises the table knows. */
export const tableExercises: readonly string[] = movementTable.filter((e) => e.exercise).map((e) => e.key);

/** Everything a text says to do loads, by the exercises and kinds of training it names. */
export function loadsNamedIn(text: string): Movement[] {
  const found = movementTable.filter((e) => e.named.test(text)).flatMap((e) => e.loads);
  return movements.filter((m) => found.includes(m));
}

/** The tags of `loads` that make the reader's pain worse. */
export function painful(loads: readonly string[] | undefined, worse: readonly string[]): string[] {
  return (loads ?? []).filter((l) => worse.includes(l));
}
