// The training part of the self-care plan (spec v2): one keep/swap/pause block per chosen activity, with
// return steps, built from the Training documents (content/training/*.mdx) the page passes in. Pure: the
// content arrives as plain data, so this file never touches the content engine. Nothing in a block may
// load a movement the reader said makes the pain worse: such a swap is left out, and such a step is held.
import { activityItems, NONE, optionLabel } from './questions';
import { MUSCLE_BREAKDOWN_WARNING } from './safetyNet';

export interface TrainingReference {
  authors: string;
  year: number;
  title: string;
  source: string;
  url?: string;
}
export interface TrainingDoc {
  activity: string;
  title: string;
  intro?: string;
  keep: readonly string[];
  swap: readonly { instead: string; try: string; exercise?: string; loads?: readonly string[] }[];
  pause: readonly string[];
  steps: readonly { title: string; do: string; exercises?: readonly string[]; loads?: readonly string[] }[];
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
  /** Set when the step loads a movement that makes the reader's pain worse: what to do instead. */
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

function heldText(loads: readonly string[]): string {
  const what = loads.map((w) => optionLabel('worse', w).toLowerCase()).join(' and ');
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} makes your pain worse at the moment, and this step loads it. Hold this step until it no longer does: until then, stay with the steps before it, or with what is under Keep doing.`;
}

/** One document as the reader's block, given what makes their pain worse and the exercises that exist. */
export function trainingBlock(
  doc: TrainingDoc,
  worse: readonly string[],
  findExercise: (slug: string) => ExerciseLink | undefined,
  heading: string = headingOf(doc.title),
): TrainingBlock {
  const hurts = (loads: readonly string[] = []) => loads.filter((l) => worse.includes(l));
  const links = (slugs: readonly string[] = []) =>
    slugs.map(findExercise).filter((e): e is ExerciseLink => e !== undefined);
  return {
    activity: doc.activity,
    heading,
    ...(doc.intro ? { intro: doc.intro } : {}),
    keep: [...doc.keep],
    swap: doc.swap
      .filter((s) => hurts(s.loads).length === 0)
      .map((s) => {
        const exercise = s.exercise === undefined ? undefined : findExercise(s.exercise);
        return { instead: s.instead, try: s.try, ...(exercise ? { exercise } : {}) };
      }),
    pause: [...doc.pause],
    steps: doc.steps.map((s) => {
      const held = hurts(s.loads);
      return held.length
        ? { title: s.title, do: s.do, exercises: [], held: heldText(held) }
        : { title: s.title, do: s.do, exercises: links(s.exercises) };
    }),
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
