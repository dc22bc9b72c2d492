// The self-check's questions. Ids and values are the clinical contract (docs: shared spec triage.md);
// the wording is ours, written for a reading age of 9 to 11.

export const emergencyItems = [
  'saddle-numbness',
  'bladder',
  'bowel',
  'sexual-function',
  'both-legs',
  'worsening-weakness',
  'chest-pain',
  'major-trauma',
] as const;
export const urgentItems = [
  'fever',
  'weight-loss',
  'back-lump',
  'night-pain',
  'cancer-history',
  'immune',
  'fracture-risk',
] as const;
export const worseItems = [
  'bending-forward',
  'bending-backward',
  'sitting',
  'standing-walking',
  'lifting',
] as const;
export const NONE = 'none';

export type EmergencyItem = (typeof emergencyItems)[number];
export type UrgentItem = (typeof urgentItems)[number];
export type WorseItem = (typeof worseItems)[number];

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Base {
  id: string;
  /** The page heading: one question per page. */
  title: string;
  hint?: string;
  /** Short label for the plain-text summary ("Question: answer"). */
  summaryLabel: string;
  /** Shown when nothing was given. */
  required: string;
}
export interface NumberQuestion extends Base {
  kind: 'number';
  min: number;
  max: number;
  suffix?: string;
  invalid: string;
}
export interface ChoiceQuestion extends Base {
  kind: 'choice';
  options: readonly Option[];
}
export interface SetQuestion extends Base {
  kind: 'set';
  options: readonly Option[];
  noneLabel: string;
}
export type Question = NumberQuestion | ChoiceQuestion | SetQuestion;

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const questions = [
  {
    id: 'age',
    kind: 'number',
    title: 'How old are you?',
    hint: 'This check is for people aged 16 or over.',
    summaryLabel: 'Age',
    min: 1,
    max: 120,
    suffix: 'years',
    required: 'Enter your age',
    invalid: 'Enter your age as a whole number from 1 to 120, like 34',
  },
  {
    id: 'emergency',
    kind: 'set',
    title: 'Do you have any of these?',
    hint: 'Select all that apply. These can be signs of a serious problem that needs help straight away.',
    summaryLabel: 'Emergency signs',
    noneLabel: 'None of these',
    required: 'Select any you have, or select "None of these"',
    options: [
      {
        value: 'saddle-numbness',
        label: 'Numbness or tingling around your genitals, bottom or inner thighs',
      },
      { value: 'bladder', label: 'New trouble peeing, or you cannot control when you pee' },
      { value: 'bowel', label: 'New trouble controlling when you poo' },
      { value: 'sexual-function', label: 'New loss of feeling or function during sex' },
      { value: 'both-legs', label: 'Pain, tingling, numbness or weakness in both legs' },
      {
        value: 'worsening-weakness',
        label: 'A leg or foot that is getting weaker',
        hint: 'For example, you keep tripping or your foot drops.',
      },
      { value: 'chest-pain', label: 'Chest pain' },
      {
        value: 'major-trauma',
        label: 'The pain started after a serious accident',
        hint: 'Like a car crash or a fall from a height.',
      },
    ],
  },
  {
    id: 'urgent',
    kind: 'set',
    title: 'Do you have any of these?',
    hint: 'Select all that apply. These need a doctor to check them soon.',
    summaryLabel: 'Urgent signs',
    noneLabel: 'None of these',
    required: 'Select any you have, or select "None of these"',
    options: [
      { value: 'fever', label: 'A high temperature, or you feel hot and shivery' },
      { value: 'weight-loss', label: 'You are losing weight without trying' },
      { value: 'back-lump', label: 'A lump or swelling on your back, or your back has changed shape' },
      {
        value: 'night-pain',
        label: 'Pain that does not get better when you rest and is much worse at night',
      },
      { value: 'cancer-history', label: 'You have had cancer' },
      {
        value: 'immune',
        label: 'Your body finds it hard to fight infections, or you inject drugs',
        hint: 'For example, because of chemotherapy, taking steroid tablets for a long time, or HIV.',
      },
      {
        value: 'fracture-risk',
        label: 'The pain started after a small fall or strain, and you have weak bones',
        hint: 'Weak bones means you have osteoporosis, take steroid tablets for a long time, or are 70 or older.',
      },
    ],
  },
  {
    id: 'onset',
    kind: 'choice',
    title: 'What were you doing when the pain started?',
    summaryLabel: 'What started it',
    required: 'Select what you were doing when the pain started',
    options: [
      { value: 'lifting', label: 'Lifting weights or something heavy' },
      { value: 'running', label: 'Running' },
      { value: 'sport', label: 'Playing a sport' },
      { value: 'gym-other', label: 'Another gym workout or class' },
      { value: 'everyday', label: 'Everyday things, like housework or gardening' },
      { value: 'not-sure', label: 'I am not sure' },
    ],
  },
  {
    id: 'duration',
    kind: 'choice',
    title: 'How long have you had this back pain?',
    summaryLabel: 'How long',
    required: 'Select how long you have had the pain',
    options: [
      { value: 'under-1-week', label: 'Less than 1 week' },
      { value: '1-6-weeks', label: '1 to 6 weeks' },
      { value: '6-12-weeks', label: '6 to 12 weeks' },
      { value: 'over-12-weeks', label: 'More than 12 weeks' },
    ],
  },
  {
    id: 'trend',
    kind: 'choice',
    title: 'Is your pain getting better or worse?',
    summaryLabel: 'Getting better or worse',
    required: 'Select if your pain is getting better, staying the same or getting worse',
    options: [
      { value: 'better', label: 'Getting better' },
      { value: 'same', label: 'Staying about the same' },
      { value: 'worse', label: 'Getting worse' },
    ],
  },
  {
    id: 'legPain',
    kind: 'choice',
    title: 'Does the pain go down into your leg?',
    summaryLabel: 'Pain in the leg',
    required: 'Select if the pain goes down into your leg',
    options: [
      { value: 'none', label: 'No, it stays in my back or bottom' },
      { value: 'above-knee', label: 'Yes, but not below my knee' },
      { value: 'below-knee', label: 'Yes, below my knee' },
    ],
  },
  {
    id: 'legNumbness',
    kind: 'choice',
    title: 'Do you have numbness, tingling or weakness in one leg or foot?',
    summaryLabel: 'Numbness, tingling or weakness in one leg',
    required: 'Select yes, no or not sure',
    options: [...yesNo, { value: 'not-sure', label: 'I am not sure' }],
  },
  {
    id: 'intensity',
    kind: 'number',
    title: 'How bad has the pain been at its worst in the last 24 hours?',
    hint: 'Give a number from 0 to 10. 0 means no pain. 10 means the worst pain you can imagine.',
    summaryLabel: 'Worst pain in the last 24 hours (0 to 10)',
    min: 0,
    max: 10,
    suffix: 'out of 10',
    required: 'Enter a number from 0 to 10',
    invalid: 'Enter a whole number from 0 to 10, like 4',
  },
  {
    id: 'function',
    kind: 'choice',
    title: 'How much does the pain stop you doing everyday things?',
    hint: 'Like walking, sitting, sleeping or working.',
    summaryLabel: 'Everyday things',
    required: 'Select how much the pain stops you doing everyday things',
    options: [
      { value: 'normal', label: 'Not much: I can do most things as normal' },
      { value: 'limited', label: 'Some things are harder or I do less' },
      { value: 'unable', label: 'I cannot do many everyday things' },
    ],
  },
  {
    id: 'history',
    kind: 'choice',
    title: 'Is this the first time you have had back pain like this?',
    summaryLabel: 'Had it before',
    required: 'Select if this is the first time or if you have had it before',
    options: [
      { value: 'first', label: 'Yes, this is the first time' },
      { value: 'recurrent', label: 'No, I have had it before' },
    ],
  },
  {
    id: 'worse',
    kind: 'set',
    title: 'What makes your pain worse?',
    hint: 'Select all that apply.',
    summaryLabel: 'Makes it worse',
    noneLabel: 'None of these',
    required: 'Select what makes your pain worse, or select "None of these"',
    options: [
      { value: 'bending-forward', label: 'Bending forward' },
      { value: 'bending-backward', label: 'Bending backward' },
      { value: 'sitting', label: 'Sitting' },
      { value: 'standing-walking', label: 'Standing or walking' },
      { value: 'lifting', label: 'Lifting' },
    ],
  },
  {
    id: 'stiffness',
    kind: 'choice',
    title: 'Is your back stiff for more than 30 minutes in the morning?',
    hint: 'Answer yes only if the stiffness gets better when you move about.',
    summaryLabel: 'Morning stiffness over 30 minutes',
    required: 'Select yes or no',
    options: yesNo,
  },
  {
    id: 'worry',
    kind: 'choice',
    title: 'How worried are you that the pain is serious or will not get better?',
    summaryLabel: 'Worried',
    required: 'Select how worried you are',
    options: [
      { value: 'not-at-all', label: 'Not at all' },
      { value: 'slightly', label: 'A little' },
      { value: 'moderately', label: 'Quite worried' },
      { value: 'very', label: 'Very worried' },
      { value: 'extremely', label: 'Extremely worried' },
    ],
  },
  {
    id: 'avoiding',
    kind: 'choice',
    title: 'Are you staying away from exercise because you are afraid it will harm your back?',
    summaryLabel: 'Avoiding exercise for fear of harm',
    required: 'Select yes or no',
    options: yesNo,
  },
  {
    id: 'lowMood',
    kind: 'choice',
    title: 'In the last 2 weeks, have you felt down or hopeless on most days?',
    summaryLabel: 'Felt down or hopeless on most days',
    required: 'Select yes or no',
    options: yesNo,
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof questions)[number]['id'];
export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

export function getQuestion(id: QuestionId): Question {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`unknown question ${id}`);
  return q;
}

/** The plain words for one value of one question ("bladder" -> "New trouble peeing, ..."). */
export function optionLabel(id: QuestionId, value: string): string {
  const q = getQuestion(id);
  if (q.kind === 'number') return value;
  if (value === NONE && q.kind === 'set') return q.noneLabel;
  return q.options.find((o) => o.value === value)?.label ?? value;
}

// Version 2 (shared spec triage.md): the training the reader wants to keep or get back to. Also read by the
// recovery tracker, so its sessions use the same values and words.
export const activityItems = [
  'weights',
  'running',
  'cycling',
  'team-sport',
  'racket-golf',
  'swimming',
  'rowing',
  'yoga-pilates',
  'crossfit-hiit',
] as const;
export type ActivityItem = (typeof activityItems)[number];
export const activityLabels: Record<ActivityItem, string> = {
  weights: 'Weight training or gym machines',
  running: 'Running',
  cycling: 'Cycling',
  'team-sport': 'Team sport, like soccer, football, rugby or basketball',
  'racket-golf': 'Golf, tennis, padel or another twisting sport',
  swimming: 'Swimming',
  rowing: 'Rowing',
  'yoga-pilates': 'Yoga or Pilates',
  'crossfit-hiit': 'CrossFit, HIIT or circuit classes',
};
