// The self-care plan: built from the stage (duration), the pattern (what makes it worse) and the start
// (onset), and what the reader trains (activity, trainingChange), so two readers with different answers get
// different plans. Pure: the exercise, article and training library is passed in (built by
// lib/content/planLibrary.ts), so this file never touches the content engine.
import { painful, type Movement } from './movementLoads';
import { emergencyItems, NONE, optionLabel, urgentItems } from './questions';
import { MUSCLE_BREAKDOWN_WARNING } from './safetyNet';
import type { Answers } from './schema';
import { trainingPlan, type ExerciseLink, type TrainingBlock, type TrainingDoc } from './training';

export interface LibraryExercise {
  slug: string;
  title: string;
  url: string;
  /** Already in words, e.g. "2 sets of 8-12 reps, hold 5 seconds". */
  dose: string;
  frequency: string;
  /** The movements it loads (the exercise's `loads`): never chosen for a reader they hurt. */
  loads: readonly string[];
}
export interface LibraryArticle {
  slug: string;
  title: string;
  url: string;
}
export interface Library {
  exercises: readonly LibraryExercise[];
  articles: readonly LibraryArticle[];
  training: readonly TrainingDoc[];
}

export interface AdviceBlock {
  title: string;
  advice: string[];
}
export interface PlanExercise {
  slug: string;
  title: string;
  url: string;
  dose: string;
  frequency: string;
  why: string;
}
export interface SelfCarePlan {
  stage: AdviceBlock;
  pattern: AdviceBlock;
  onset: AdviceBlock;
  exercises: PlanExercise[];
  progression: { weeks: string; text: string }[];
  articles: LibraryArticle[];
  /** One keep/swap/pause block per chosen activity. */
  training: TrainingBlock[];
  /** Building load back gradually: only when the training changed before the pain. */
  buildingBack?: TrainingBlock;
  safetyNet: { emergency: string[]; urgent: string[]; muscleBreakdown: string; review: string };
}

type Duration = NonNullable<Answers['duration']>;
type Onset = NonNullable<Answers['onset']>;
type Pick = [slug: string, why: string];

/**
 * A line of advice that suggests a movement: said only while none of `loads` makes the pain worse, else
 * `otherwise` is said (or nothing), so the advice never suggests what the training blocks hold.
 */
interface Advice {
  text: string;
  loads: readonly Movement[];
  otherwise?: Line;
}
type Line = string | Advice;

function say(line: Line | undefined, worse: readonly string[]): string | undefined {
  if (line === undefined || typeof line === 'string') return line;
  return painful(line.loads, worse).length ? say(line.otherwise, worse) : line.text;
}

interface Stage {
  title: string;
  advice: Line[];
  exercises: Pick[];
  articles: string[];
}

const stages: Record<Duration, Stage> = {
  'under-1-week': {
    title: 'In the first week',
    advice: [
      {
        text: 'Keep moving gently. Short walks help more than bed rest.',
        loads: ['standing-walking'],
        otherwise: 'Keep moving gently, in ways that do not make the pain worse. Bed rest does not help.',
      },
      'A heat pack or warm bath can ease tight muscles.',
      'Pause heavy training, but do what you can without the pain getting much worse.',
    ],
    exercises: [
      ['pelvic-tilt', 'Gentle movement to ease stiffness in the first days.'],
      ['knee-to-chest', 'A soft stretch that often eases pain early on.'],
      ['cat-camel', 'Moves your back through a small, comfortable range.'],
    ],
    articles: ['first-48-hours-after-a-back-tweak', 'rest-or-stay-active', 'pain-relief-options'],
  },
  '1-6-weeks': {
    title: 'From week 1 to week 6',
    advice: [
      'Most back pain gets much better within 6 weeks.',
      'Build your activity up a little each week. Some soreness is OK if it settles by the next day.',
      'Start bringing back the training you enjoy, at a lighter load, leaving out what makes the pain worse.',
    ],
    exercises: [
      ['cat-camel', 'Keeps your back moving as it recovers.'],
      ['glute-bridge', 'Builds strength in your hips to share the load.'],
      ['bird-dog', 'Teaches your back to stay steady while your arms and legs move.'],
    ],
    articles: ['how-long-does-back-pain-last', 'progressing-load-safely'],
  },
  '6-12-weeks': {
    title: 'After 6 weeks',
    advice: [
      'Keep active and build strength step by step.',
      'Book an assessment so we can find what is holding your recovery back.',
    ],
    exercises: [
      ['bird-dog', 'Builds control of your back.'],
      ['dead-bug', 'Builds control of your belly muscles.'],
      ['side-plank', 'Builds strength along the side of your trunk.'],
    ],
    articles: ['how-long-does-back-pain-last', 'when-to-see-a-physical-therapist'],
  },
  'over-12-weeks': {
    title: 'After 12 weeks',
    advice: [
      'Long-lasting pain does not mean damage. Strength and activity still help.',
      'A physical therapist can plan this with you.',
    ],
    exercises: [
      ['bird-dog', 'Builds control of your back.'],
      ['dead-bug', 'Builds control of your belly muscles.'],
      ['side-plank', 'Builds strength along the side of your trunk.'],
    ],
    articles: ['living-with-recurring-back-pain', 'when-to-see-a-physical-therapist'],
  },
};

const onsets: Record<Onset, { advice: Line; exercises: Pick[]; articles: string[] }> = {
  lifting: {
    advice: {
      text: 'When you go back to lifting, start light and practise hinging at the hips.',
      loads: ['lifting', 'bending-forward'],
      otherwise:
        'It started with a heavy load: build back to heavy work slowly, once the moves that hurt no longer make the pain worse.',
    },
    exercises: [['hip-hinge-drill', 'Practises the hip hinge, so your hips take the load when you lift.']],
    articles: ['lifting-form-checklist', 'lifting-technique-and-spinal-load'],
  },
  running: {
    advice: {
      text: 'Go back to running with shorter, easier runs on flat ground, and add a little each week.',
      loads: ['running', 'hopping'],
      otherwise:
        'Wait to go back to what started it until it no longer makes the pain worse, then start short and easy.',
    },
    exercises: [['glute-bridge', 'Strong hips steady your back while you run.']],
    articles: ['running-and-back-pain', 'cross-training-and-low-impact-options'],
  },
  sport: {
    advice: {
      text: 'Go back to training before matches, and to twisting and contact last.',
      loads: ['twisting', 'lifting'],
      otherwise:
        'Go back to your sport once the moves that hurt no longer make the pain worse, with training before matches.',
    },
    exercises: [['side-plank', 'Builds trunk strength for turning and landing.']],
    articles: ['training-load-spikes-and-overtraining', 'warm-up-that-protects-your-back'],
  },
  'gym-other': {
    advice: {
      text: 'Go back to the gym at about half your usual load and build up over a few weeks.',
      loads: ['lifting'],
      otherwise:
        'Go back to the gym at about half your usual load, leaving out the moves that make the pain worse.',
    },
    exercises: [['dead-bug', 'Builds trunk control you can take back into your workouts.']],
    articles: ['returning-to-the-gym-after-back-pain', 'training-load-spikes-and-overtraining'],
  },
  fall: {
    advice:
      'After a fall or knock, build back slowly, and get it checked if the pain gets worse instead of better.',
    exercises: [['pelvic-tilt', 'Gentle movement while the bruising settles.']],
    articles: ['rest-or-stay-active'],
  },
  everyday: {
    advice: 'Change position often through the day and break up long jobs into shorter ones.',
    exercises: [['hip-hinge-drill', 'Helps you bend and lift everyday things with your hips.']],
    articles: ['everyday-habits-for-a-healthy-back'],
  },
  'not-sure': {
    advice: 'Back pain often starts without one clear cause. It is still very likely to get better.',
    exercises: [],
    articles: ['why-your-back-hurts-after-training'],
  },
};

interface Pattern {
  advice: Line;
  add: Pick[];
  /** Left out for a clinical reason beyond the movements they load (those are read from their tags). */
  avoid: string[];
  articles: string[];
}
const patterns: Record<Movement | 'other', Pattern> = {
  'bending-forward': {
    advice: {
      text: 'Bending forward hurts: for now, bend at your hips and knees, and try gentle backward bends.',
      loads: ['bending-backward'],
      otherwise: 'Bending forward hurts: for now, bend at your hips and knees, and keep your back still.',
    },
    add: [['prone-press-up', 'Bending backward often eases pain that bending forward makes worse.']],
    avoid: [],
    articles: ['mckenzie-method-explained'],
  },
  'bending-backward': {
    advice: {
      text: 'Bending backward hurts: for now, keep your low back flat, and try gentle forward bends.',
      loads: ['bending-forward'],
      otherwise: 'Bending backward hurts: for now, keep your low back flat.',
    },
    add: [['knee-to-chest', 'Bending forward gently often eases pain that arching makes worse.']],
    avoid: [],
    articles: [],
  },
  sitting: {
    advice: {
      text: 'Sitting hurts: get up and move every 20 to 30 minutes, and use a cushion to support your lower back.',
      loads: ['standing-walking'],
      otherwise:
        'Sitting hurts: change position every 20 to 30 minutes, and use a cushion to support your lower back.',
    },
    add: [['prone-press-up', 'Undoes the forward bend of sitting.']],
    avoid: [],
    articles: ['everyday-habits-for-a-healthy-back'],
  },
  'standing-walking': {
    advice: {
      text: 'Standing or walking hurts: take short breaks, sit or lean forward a little to ease it.',
      loads: ['sitting', 'bending-forward'],
      otherwise:
        'Standing or walking hurts: take short breaks, and rest in a position that eases it, such as lying with your knees bent.',
    },
    add: [
      ['pelvic-tilt', 'Tilting your pelvis back often eases pain from standing.'],
      ['hip-flexor-stretch', 'Loosens the front of your hips, which can pull on your back when you stand.'],
    ],
    // Pain on standing often eases with a forward bend and gets worse with arching.
    avoid: ['prone-press-up'],
    articles: ['tight-hips-hamstrings-and-muscle-imbalance'],
  },
  lifting: {
    advice: 'Lifting hurts: keep loads close to your body and light for now.',
    add: [['hip-hinge-drill', 'Practises lifting with your hips instead of your back.']],
    avoid: [],
    articles: ['lifting-form-checklist'],
  },
  running: {
    advice: {
      text: 'Running hurts: for now, walk briskly or cycle instead, and come back to it in small steps.',
      loads: ['standing-walking', 'sitting', 'bending-forward'],
      otherwise: {
        text: 'Running hurts: for now, walk briskly instead, and come back to it in small steps.',
        loads: ['standing-walking'],
        otherwise: {
          text: 'Running hurts: for now, cycle instead, and come back to it in small steps.',
          loads: ['sitting', 'bending-forward'],
          otherwise:
            'Running hurts: give it a rest for now, keep to the exercises below, and come back to it in small steps.',
        },
      },
    },
    add: [['glute-bridge', 'Strong hips take some of the jolt of running off your back.']],
    avoid: [],
    articles: ['running-and-back-pain', 'cross-training-and-low-impact-options'],
  },
  twisting: {
    advice:
      'Twisting hurts: move your feet to face what you reach for, so your hips and shoulders move together, and keep trunk work still for now.',
    add: [['bird-dog', 'Trains your back to stay steady without twisting.']],
    avoid: [],
    articles: [],
  },
  'coughing-sneezing': {
    advice:
      'Coughing or sneezing hurts: it often does with back pain. Brace your belly or lean on something as you cough or sneeze.',
    add: [],
    avoid: [],
    articles: [],
  },
  'getting-up': {
    advice:
      'Getting up hurts: roll onto your side first, then push up with your arms. Get up often, not rarely.',
    add: [['pelvic-tilt', 'Eases stiffness after lying or sitting.']],
    avoid: [],
    articles: ['everyday-habits-for-a-healthy-back'],
  },
  hopping: {
    advice:
      'Standing or hopping on one leg, or landing from a jump, hurts: give all of those a rest for now, and get it checked if it lasts a week. In people who train, this can be a stress injury of the bone.',
    add: [],
    avoid: [],
    articles: ['hip-or-si-joint-pain'],
  },
  other: {
    advice: 'Note what makes it worse and do a little less of it for now, then build back up.',
    add: [],
    avoid: [],
    articles: [],
  },
};

const fallback: Pick[] = [
  ['pelvic-tilt', 'Gentle movement for your lower back.'],
  ['cat-camel', 'Keeps your back moving.'],
  ['glute-bridge', 'Builds strength in your hips.'],
  ['bird-dog', 'Builds control of your back.'],
];

/** Every exercise slug this file names: a test checks each against content/exercises. */
export function planSlugs(): string[] {
  const picks = [
    ...Object.values(stages).flatMap((s) => s.exercises),
    ...Object.values(onsets).flatMap((o) => o.exercises),
    ...Object.values(patterns).flatMap((p) => p.add),
    ...fallback,
  ];
  const avoided = Object.values(patterns).flatMap((p) => p.avoid);
  return [...new Set([...picks.map(([slug]) => slug), ...avoided])];
}

function safetyNet(): SelfCarePlan['safetyNet'] {
  return {
    emergency: emergencyItems.map((item) => optionLabel('emergency', item)),
    urgent: urgentItems.map((item) => optionLabel('urgent', item)),
    muscleBreakdown: MUSCLE_BREAKDOWN_WARNING,
    review: 'Book an assessment if it is not better in two weeks or gets worse.',
  };
}

function findExercise(library: Library, slug: string): ExerciseLink | undefined {
  const found = library.exercises.find((e) => e.slug === slug);
  return found && { slug: found.slug, title: found.title, url: found.url };
}

/** The reader's `worse` values that have a pattern, in the order of the patterns. */
function patternsOf(worse: readonly string[]): Pattern[] {
  return Object.entries(patterns)
    .filter(([w]) => worse.includes(w))
    .map(([, p]) => p);
}

/** The exercises for the reader, at most 6: none loads a movement that hurts, or is left out by a pattern. */
function chooseExercises(candidates: readonly Pick[], worse: readonly string[], library: Library) {
  const avoid = new Set(patternsOf(worse).flatMap((p) => p.avoid));
  const chosen: PlanExercise[] = [];
  for (const [slug, why] of candidates) {
    if (chosen.length >= 6 || avoid.has(slug) || chosen.some((c) => c.slug === slug)) continue;
    const found = library.exercises.find((e) => e.slug === slug);
    if (found && painful(found.loads, worse).length === 0) {
      const { slug: s, title, url, dose, frequency } = found;
      chosen.push({ slug: s, title, url, dose, frequency, why });
    }
  }
  return chosen;
}

/** Builds the plan from the answers. Exercises or articles missing from the library are skipped. */
export function buildPlan(answers: Answers, library: Library): SelfCarePlan {
  const duration = answers.duration ?? 'under-1-week';
  const onset = answers.onset ?? 'not-sure';
  const worse = (answers.worse ?? []).filter((w) => w !== NONE);
  const stage = stages[duration];
  const start = onsets[onset];
  const active = patternsOf(worse);
  const lines = (advice: readonly Line[]) =>
    advice.map((line) => say(line, worse)).filter((t): t is string => t !== undefined);

  const chosen = chooseExercises(
    [...active.flatMap((p) => p.add), ...stage.exercises, ...start.exercises, ...fallback],
    worse,
    library,
  );

  // One for the stage and one for the start come first, so each part of the answers is represented.
  const [firstStage, ...moreStage] = stage.articles;
  const [firstStart, ...moreStart] = start.articles;
  const ordered = [firstStage, firstStart, ...active.flatMap((p) => p.articles), ...moreStage, ...moreStart];
  const articleSlugs = [...new Set(ordered.filter((s): s is string => s !== undefined))];
  const articles = articleSlugs
    .map((slug) => library.articles.find((a) => a.slug === slug))
    .filter((a): a is LibraryArticle => a !== undefined)
    .slice(0, 5);

  return {
    stage: { title: stage.title, advice: lines(stage.advice) },
    pattern: {
      title: worse.length ? 'What makes it worse' : 'Your pain pattern',
      advice: active.length
        ? lines(active.map((p) => p.advice))
        : ['Nothing in particular makes it worse: keep doing what feels OK, and build up slowly.'],
    },
    onset: {
      title: `How it started: ${optionLabel('onset', onset).toLowerCase()}`,
      advice: lines([start.advice]),
    },
    exercises: chosen,
    progression: [
      {
        weeks: 'Weeks 1 and 2',
        text: 'Do each exercise at the dose shown, gently and within comfort. Mild discomfort is OK; sharp pain is not.',
      },
      {
        weeks: 'Weeks 3 and 4',
        text: 'If it feels OK, add one set or a few more reps, or hold each one a few seconds longer.',
      },
      {
        weeks: 'Weeks 5 and 6',
        text: 'Keep the harder version of each exercise and add back more of your usual training.',
      },
    ],
    articles,
    ...trainingPlan(answers, library.training, (slug) => findExercise(library, slug)),
    safetyNet: safetyNet(),
  };
}
