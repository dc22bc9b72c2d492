// The training part of the self-care plan (spec v2): one keep/swap/pause block per chosen activity, with
// return steps, built from the Training documents (content/training/*.mdx) the page passes in. Pure: the
// content arrives as plain data, so this file never touches the content engine. Nothing in a block may
// load a movement the reader said makes the pain worse (spec v3): such a keep or swap is left out, and such
// a step is held with every step after it, so the return is never taken out of order. A held first step
// comes after the document's gentler step, which loads nothing.
import { painful } from './movementLoads';
import { activityItems, NONE, optionLabel } from './questions';
import { MUSCLE_BREAKDOWN_WARNING } from './safetyNet';

export interface TrainingReference {
  authors: string;
  year: number;
  title: string;
  source: string;
  url?: string;
}
interface DocStep {
  title: string;
  do: string;
  exercises?: readonly string[];
  loads?: readonly string[];
}
export interface TrainingDoc {
  activity: string;
  title: string;
  intro?: string;
  keep: readonly { do: string; loads?: readonly string[] }[];
  swap: readonly { instead: string; try: string; exercise?: string; loads?: readonly string[] }[];
  pause: readonly string[];
  steps: readonly DocStep[];
  /** Done instead of step 1 while step 1 loads a movement that hurts; loads nothing. */
  gentler?: DocStep;
  moveOn: string;
  evidence: string;
  references: readonly TrainingReference[];
}

export interface ExerciseLink {
  slug: string;
  title: string;
  url: string;
}
export interface TrainingStep {
  title: string;
  do: string;
  exercises: ExerciseLink[];
  /**
   * Set when the step, or a step before it, loads a movement that makes the reader's pain worse: why it is
   * held and which step to stay on. Every step after a held step is held too.
   */
  held?: string;
}
export interface TrainingBlock {
  activity: string;
  heading: string;
  intro?: string;
  keep: string[];
  swap: { instead: string; try: string; exercise?: ExerciseLink }[];
  pause: string[];
  steps: TrainingStep[];
  moveOn: string;
  /** When to stop and go to the emergency department the same day (v3: muscle breakdown after hard training). */
  urgentSigns: string;
  evidence: string;
  references: TrainingReference[];
}

export const BUILDING_BACK = 'building-back';

/** "Running" -> "Your running", "CrossFit, HIIT ..." stays capitalised (a name, not a word). */
function headingOf(title: string): string {
  const [first = ''] = title.split(/[\s,]/);
  const plainWord = first.slice(1) === first.slice(1).toLowerCase();
  return `Your ${plainWord ? title.charAt(0).toLowerCase() + title.slice(1) : title}`;
}

function heldText(hurting: readonly string[], before: DocStep | undefined): string {
  const what = hurting.map((w) => optionLabel('worse', w).toLowerCase()).join(' and ');
  const stay = before
    ? `stay on "${before.title}"`
    : 'keep to the exercises in your plan and what is under Keep doing';
  const verb = hurting.length > 1 ? 'make' : 'makes';
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${verb} your pain worse at the moment, and this step loads ${hurting.length > 1 ? 'them' : 'it'}. Hold this step until ${hurting.length > 1 ? 'they no longer do' : 'it no longer does'}: until then, ${stay}.`;
}

const laterText = (first: DocStep) =>
  `Held while "${first.title}" is held: take the steps in order, without skipping ahead.`;

/**
 * The steps as the reader gets them: open up to the first one that loads a movement that hurts, held from
 * there on; when that is step 1, the gentler step comes first, so there is always a step to do.
 */
function returnSteps(
  doc: TrainingDoc,
  worse: readonly string[],
  links: (slugs?: readonly string[]) => ExerciseLink[],
): TrainingStep[] {
  const hurtsFrom = doc.steps.findIndex((s) => painful(s.loads, worse).length > 0);
  const steps = hurtsFrom === 0 && doc.gentler ? [doc.gentler, ...doc.steps] : doc.steps;
  const from = hurtsFrom === -1 ? steps.length : steps.indexOf(doc.steps[hurtsFrom] as DocStep);
  return steps.map((s, i) => {
    if (i < from) return { title: s.title, do: s.do, exercises: links(s.exercises) };
    const first = steps[from] as DocStep;
    const held = i === from ? heldText(painful(s.loads, worse), steps[i - 1]) : laterText(first);
    return { title: s.title, do: s.do, exercises: [], held };
  });
}

/** One document as the reader's block, given what makes their pain worse and the exercises that exist. */
export function trainingBlock(
  doc: TrainingDoc,
  worse: readonly string[],
  findExercise: (slug: string) => ExerciseLink | undefined,
  heading: string = headingOf(doc.title),
): TrainingBlock {
  const fits = (item: { loads?: readonly string[] }) => painful(item.loads, worse).length === 0;
  const links = (slugs: readonly string[] = []) =>
    slugs.map(findExercise).filter((e): e is ExerciseLink => e !== undefined);
  return {
    activity: doc.activity,
    heading,
    ...(doc.intro ? { intro: doc.intro } : {}),
    keep: doc.keep.filter(fits).map((k) => k.do),
    swap: doc.swap.filter(fits).map((s) => {
      const exercise = s.exercise === undefined ? undefined : findExercise(s.exercise);
      return { instead: s.instead, try: s.try, ...(exercise ? { exercise } : {}) };
    }),
    pause: [...doc.pause],
    steps: returnSteps(doc, worse, links),
    moveOn: doc.moveOn,
    urgentSigns: MUSCLE_BREAKDOWN_WARNING,
    evidence: doc.evidence,
    references: [...doc.references],
  };
}

/** The blocks for the reader's activities, in the order of the question, and building back if it applies. */
export function trainingPlan(
  answers: { activity?: readonly string[]; trainingChange?: readonly string[]; worse?: readonly string[] },
  docs: readonly TrainingDoc[],
  findExercise: (slug: string) => ExerciseLink | undefined,
): { training: TrainingBlock[]; buildingBack?: TrainingBlock } {
  const worse = (answers.worse ?? []).filter((w) => w !== NONE);
  const chosen = activityItems.filter((a) => answers.activity?.includes(a));
  const training = chosen
    .map((activity) => docs.find((d) => d.activity === activity))
    .filter((d): d is TrainingDoc => d !== undefined)
    .map((doc) => trainingBlock(doc, worse, findExercise));
  const changed = (answers.trainingChange ?? []).some((c) => c !== NONE);
  const back = changed ? docs.find((d) => d.activity === BUILDING_BACK) : undefined;
  return {
    training,
    ...(back ? { buildingBack: trainingBlock(back, worse, findExercise, back.title) } : {}),
  };
}
