// The self-check's questions (shared spec triage.md, version 3). Ids and values are the clinical contract;
// the wording is ours, written for a reading age of 9 to 11. Everything else is derived from this file: the
// answer schema (schema.ts), the wizard's pages, the summary and the care-card lists.
export const NONE = 'none' as const;
const notSure = 'If you are not sure, tick it.';

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
/** What every yes-or-no question shares: its kind, its two options and its error. */
const yesNoQuestion = { kind: 'choice', required: 'Select yes or no', options: yesNo } as const;

// Version 2: the training the reader wants to keep or get back to. Also read by the recovery tracker, so its
// sessions use the same values and words.
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

/**
 * Every question, keyed by id, in the order they are asked. `treatedNoBetter`, `onsetBefore45` and
 * `inflammatory` are asked only when their condition holds (conditions.ts), in the wizard and in the API alike.
 */
export const questionsById = {
  age: {
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
  emergency: {
    id: 'emergency',
    kind: 'set',
    title: 'Do you have any of these?',
    hint: `Select all that apply. These can be signs of a serious problem that needs help straight away. ${notSure}`,
    summaryLabel: 'Emergency signs',
    noneLabel: 'None of these',
    required: 'Select any you have, or select "None of these"',
    options: [
      {
        value: 'saddle-numbness',
        label: 'New numbness or tingling around your genitals, buttocks or inner thighs',
        hint: 'Or it feels different when you wipe after using the toilet. Numbness from a bike saddle that goes away once you are off the bike is not this; tick it if it is still there off the bike.',
      },
      {
        value: 'bladder',
        label: 'New trouble with peeing since the back pain began, even once',
        hint: 'It is hard to pee, you do not feel when you need to go, or you leak in a new way. Small leaks when you cough or run that have been the same since having a baby are not this.',
      },
      { value: 'bowel', label: 'New loss of control of your bowels (you cannot control when you poop)' },
      {
        value: 'sexual-function',
        label: 'New loss of feeling or function during sex since the back pain began',
        hint: 'For example, you cannot get or keep an erection.',
      },
      {
        value: 'both-legs',
        label: 'Pain, tingling, numbness or weakness in both legs, even if it comes and goes',
        hint: 'Sore leg muscles after training, such as after a long run or a marathon, are not this.',
      },
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
      {
        value: 'sudden-severe',
        label: 'Very bad pain in your back or belly that came on out of the blue',
        hint: 'Not while lifting, bending, twisting, sneezing, falling or doing sport: a twinge during a deadlift is not this. Also tick it for a tearing feeling, or a throbbing or pulsing feeling in your belly.',
      },
      {
        value: 'heart',
        label:
          'Pain or tightness in your chest, upper back, jaw or arm that comes on with effort and goes within a few minutes of stopping',
        hint: 'Or back or chest pain with breathlessness, sweating, or feeling sick or faint, more than your exercise explains.',
      },
      {
        value: 'blood-thinner',
        label:
          'You take a blood thinner or have a bleeding problem, and this pain started after a fall or knock, or came on suddenly',
        hint: 'Blood thinners include warfarin, apixaban, rivaroxaban, edoxaban and dabigatran. A bleeding problem is one like hemophilia. Pain that came on suddenly counts even without an injury. Taking aspirin alone is not this.',
      },
      {
        value: 'dark-urine',
        label:
          'In the day or two after a hard or unusual workout, your pee has turned dark brown, like cola or tea',
        hint: 'Or your muscles are swollen, rock-hard and very painful to touch. Ordinary soreness that eases as you move is not this.',
      },
      {
        value: 'aneurysm',
        label: 'You have been told you have an aortic aneurysm, or had an operation or stent for one',
        hint: 'An aortic aneurysm is a swelling of the main blood vessel in your belly.',
      },
      {
        value: 'collapse',
        label:
          'You fainted or nearly fainted, or you feel cold, clammy and pale, confused, or too unwell to stand',
        hint: 'A dizzy moment right after a hard effort that passed within a minute or two is not this.',
      },
    ],
  },
  urgent: {
    id: 'urgent',
    kind: 'set',
    title: 'Do you have any of these?',
    hint: `Select all that apply. These need a doctor to check them today. ${notSure}`,
    summaryLabel: 'Urgent signs',
    noneLabel: 'None of these',
    required: 'Select any you have, or select "None of these"',
    options: [
      { value: 'fever', label: 'A high temperature, or you feel hot and shivery' },
      {
        value: 'weight-loss',
        label: 'You have lost weight that you did not set out to lose',
        hint: 'About 5% of your weight or more in 6 months: for example 4 kg (9 lb) if you weigh 80 kg (176 lb). Tick it even if you think training more or eating better explains it. Weight you set out to lose by dieting, and weight lost after having a baby, is not this.',
      },
      {
        value: 'back-lump',
        label: 'A lump or swelling on your back, or your back has changed shape',
        hint: 'Not a tight muscle, and not leaning to one side because of the pain.',
      },
      {
        value: 'night-pain',
        label: 'Pain that is there when you lie still and is worse at night than in the day',
        hint: 'Not only when you turn over in bed.',
      },
      { value: 'cancer-history', label: 'You have had cancer' },
      {
        value: 'immune',
        label:
          'Your body finds it hard to fight infections, you are being treated for TB, or you have injected drugs',
        hint: 'For example, because of chemotherapy, steroid tablets such as prednisone for 3 months or more, or HIV. Or you are being treated for tuberculosis (TB), or were in the last year. Or you have ever injected drugs that were not prescribed.',
      },
      {
        value: 'fracture-risk',
        label: 'The pain started after a small fall or strain, and your bones may be weak',
        hint: 'You have osteoporosis, have taken steroid tablets for 3 months or more, or are 70 or older.',
      },
      {
        value: 'upper-back',
        label: 'Pain in the middle or upper back, or a band of pain around your chest or body',
        hint: 'Anywhere above the bottom of your ribs. Tick it if it came on without a strain or injury. At any age, also tick it if it has kept getting worse for a week or more, even if a strain or a job around the house seemed to start it.',
      },
      {
        value: 'unwell',
        label: 'You feel generally unwell',
        hint: 'For example, very tired, off your food, or sweating at night, in a way that training, a new baby or dieting does not explain.',
      },
      {
        value: 'recent-procedure',
        label: 'An operation, injection or other procedure on or near your spine in the last 3 months',
        hint: 'This includes injections into the hip or pelvis. An epidural in labor counts in the 6 weeks after the birth.',
      },
      {
        value: 'kidney',
        label:
          'Pain in your side or groin that comes in waves, blood in your pee, or pain or burning when you pee',
      },
      {
        value: 'pregnancy-warning',
        label: 'You are pregnant, and the pain comes and goes in waves, or comes with other signs',
        hint: 'Such as bleeding, fluid leaking from the vagina, a high temperature, or pain when you pee.',
      },
      {
        value: 'tummy',
        label: 'New pain, cramps or a pulsing feeling in your belly (tummy) that came with this back pain',
        hint: 'Sore stomach muscles after an ab workout are not this.',
      },
      {
        value: 'fast-worse',
        label:
          'Over the last day or two, the pain has got worse hour by hour, even lying still, and painkillers do not help',
        hint: 'The usual stiffness the morning after a hard session is not this.',
      },
    ],
  },
  about: {
    id: 'about',
    kind: 'set',
    title: 'Do any of these apply to you?',
    hint: `Select all that apply. They change what is safe for your back. ${notSure}`,
    summaryLabel: 'About you',
    noneLabel: 'None of these',
    required: 'Select any that apply, or select "None of these"',
    options: [
      { value: 'pregnant', label: 'You are pregnant, or had a baby in the last 6 months' },
      {
        value: 'bone-weakness',
        label: 'You have osteoporosis or thin bones, or have taken steroid tablets for 3 months or more',
      },
      {
        value: 'low-energy',
        label:
          'Your periods have stopped or become irregular while training, or you often eat much less than your training needs',
        hint: 'Not counting changes from pregnancy, breastfeeding, the menopause or contraception.',
      },
      { value: 'stress-fracture', label: 'You have had a stress fracture before' },
    ],
  },
  onset: {
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
      {
        value: 'fall',
        label: 'A fall, knock, tackle or jolt',
        hint: 'One that was not a serious accident.',
      },
      { value: 'not-sure', label: 'I am not sure' },
    ],
  },
  duration: {
    id: 'duration',
    kind: 'choice',
    title: 'How long have you had this back pain?',
    hint: 'Count from when this bout of pain began.',
    summaryLabel: 'How long',
    required: 'Select how long you have had the pain',
    options: [
      { value: 'under-1-week', label: 'Less than 1 week' },
      { value: '1-6-weeks', label: '1 to 6 weeks' },
      { value: '6-12-weeks', label: '6 to 12 weeks' },
      { value: 'over-12-weeks', label: 'More than 12 weeks' },
    ],
  },
  trend: {
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
  legPain: {
    id: 'legPain',
    kind: 'choice',
    title: 'Does the pain go down into your leg?',
    summaryLabel: 'Pain in the leg',
    required: 'Select if the pain goes down into your leg',
    options: [
      { value: 'none', label: 'No, it stays in my back or buttocks' },
      { value: 'above-knee', label: 'Yes, but not below my knee' },
      { value: 'below-knee', label: 'Yes, below my knee' },
    ],
  },
  legNumbness: {
    id: 'legNumbness',
    kind: 'choice',
    title: 'Do you have numbness, tingling or weakness in one leg or foot?',
    summaryLabel: 'Numbness, tingling or weakness in one leg',
    required: 'Select yes, no or not sure',
    options: [...yesNo, { value: 'not-sure', label: 'I am not sure' }],
  },
  intensity: {
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
  function: {
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
  history: {
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
  worse: {
    id: 'worse',
    kind: 'set',
    title: 'What makes your pain worse?',
    hint: 'Select all that apply.',
    summaryLabel: 'Makes it worse',
    noneLabel: 'Nothing makes it worse or better: it is the same whatever I do, even lying still',
    required: 'Select what makes your pain worse, or select that nothing does',
    options: [
      { value: 'bending-forward', label: 'Bending forward' },
      { value: 'bending-backward', label: 'Bending backward' },
      { value: 'sitting', label: 'Sitting' },
      { value: 'standing-walking', label: 'Standing or walking' },
      { value: 'lifting', label: 'Lifting' },
      { value: 'running', label: 'Running' },
      { value: 'twisting', label: 'Twisting or turning' },
      { value: 'coughing-sneezing', label: 'Coughing or sneezing' },
      { value: 'getting-up', label: 'Getting up from sitting or lying' },
      {
        value: 'hopping',
        label: 'Standing or hopping on one leg, or landing from a jump',
        hint: 'When it hurts in your low back, buttock, hip or groin.',
      },
      { value: 'other', label: 'Something else makes it worse' },
    ],
  },
  treatedNoBetter: {
    id: 'treatedNoBetter',
    ...yesNoQuestion,
    title: 'Have you had 2 weeks or more of treatment for this pain without it getting better?',
    hint: 'Treatment means physical therapy, chiropractic, osteopathy, or painkillers a doctor prescribed. Count only this bout of pain.',
    summaryLabel: '2 weeks or more of treatment without getting better',
  },
  stiffness: {
    id: 'stiffness',
    ...yesNoQuestion,
    title: 'Is your back stiff for more than 30 minutes in the morning?',
    hint: 'Answer yes only if the stiffness gets better when you move about.',
    summaryLabel: 'Morning stiffness over 30 minutes',
  },
  onsetBefore45: {
    id: 'onsetBefore45',
    ...yesNoQuestion,
    title: 'Did this back pain start before you were 45?',
    summaryLabel: 'Started before 45',
  },
  inflammatory: {
    id: 'inflammatory',
    kind: 'set',
    title: 'Do any of these fit your back pain?',
    hint: 'Select all that apply.',
    summaryLabel: 'Signs of inflammation',
    noneLabel: 'None of these',
    required: 'Select any that fit, or select "None of these"',
    options: [
      { value: 'night-waking', label: 'The pain wakes you in the second half of the night' },
      { value: 'buttock-pain', label: 'Pain deep in your buttocks, sometimes switching sides' },
      { value: 'moves-better', label: 'It gets better with exercise, not with rest' },
      {
        value: 'nsaid-helps',
        label: 'Anti-inflammatory painkillers, like ibuprofen, help a lot within 2 days',
      },
      {
        value: 'family',
        label: 'A parent, brother, sister or child has axial spondyloarthritis or ankylosing spondylitis',
      },
      {
        value: 'psoriasis-bowel-eye',
        label: "You have psoriasis, Crohn's disease or colitis, or an eye inflammation called uveitis",
      },
      { value: 'joints-heels', label: 'Swollen joints, or painful heels or tendons' },
    ],
  },
  worry: {
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
  avoiding: {
    id: 'avoiding',
    ...yesNoQuestion,
    title: 'Are you staying away from exercise because you are afraid it will harm your back?',
    summaryLabel: 'Avoiding exercise for fear of harm',
  },
  lowMood: {
    id: 'lowMood',
    ...yesNoQuestion,
    title: 'In the last 2 weeks, have you felt down or hopeless on most days?',
    summaryLabel: 'Felt down or hopeless on most days',
  },
  activity: {
    id: 'activity',
    kind: 'set',
    title: 'What training do you want to keep doing or get back to?',
    hint: 'Select all that apply. Your plan will have a part for each one.',
    summaryLabel: 'Training',
    noneLabel: 'None of these',
    required: 'Select the training you do, or select "None of these"',
    options: activityItems.map((value) => ({ value, label: activityLabels[value] })),
  },
  trainingChange: {
    id: 'trainingChange',
    kind: 'set',
    title: 'In the month before the pain began, did your training change?',
    hint: 'Select all that apply.',
    summaryLabel: 'Training change before the pain',
    noneLabel: 'No, it did not change',
    required: 'Select how your training changed, or select that it did not',
    options: [
      { value: 'more', label: 'A big jump in how much or how hard I trained' },
      { value: 'new', label: 'I started a new kind of exercise' },
      { value: 'after-break', label: 'I came back after a break' },
    ],
  },
} as const satisfies { [K in string]: Question & { id: K } };

export type QuestionId = keyof typeof questionsById;
type AnyQuestion = (typeof questionsById)[QuestionId];
export const questions: readonly AnyQuestion[] = Object.values(questionsById);
export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

export function getQuestion(id: QuestionId): Question {
  return questionsById[id];
}

export const emergencyItems = questionsById.emergency.options.map((o) => o.value);
export const urgentItems = questionsById.urgent.options.map((o) => o.value);
export const worseItems = questionsById.worse.options.map((o) => o.value);
export type EmergencyItem = (typeof emergencyItems)[number];
export type UrgentItem = (typeof urgentItems)[number];
export type WorseItem = (typeof worseItems)[number];

/**
 * Values the JSON interface still accepts for a question that the form no longer shows (spec v3): `aneurysm`
 * moved from `about` to the emergency list, and an old client's `about: ["aneurysm"]` keeps its meaning.
 */
export const legacyValues = { about: ['aneurysm'] } as const;
/** Where each legacy value now lives: its words and its rule are that question's. */
const legacyHome = { aneurysm: 'emergency' } as const satisfies Record<string, QuestionId>;
const isLegacy = (value: string): value is keyof typeof legacyHome => Object.hasOwn(legacyHome, value);

/** The plain words for one value of one question ("bladder" -> "New trouble with peeing ..."). */
export function optionLabel(id: QuestionId, value: string): string {
  const q = getQuestion(id);
  if (q.kind === 'number') return value;
  if (value === NONE && q.kind === 'set') return q.noneLabel;
  const label = q.options.find((o) => o.value === value)?.label;
  if (label !== undefined) return label;
  return isLegacy(value) && legacyHome[value] !== id ? optionLabel(legacyHome[value], value) : value;
}
