// The triage rules (shared spec triage.md, "Rules") as data. Each rule carries its code, its outcome, the
// reason the reader sees (`text`) and its source; the result page's "Why am I seeing this?" and
// /check/how-it-works are both rendered from this table (the condition in plain words, which only
// how-it-works prints, is in ruleConditions.ts, so the wizard that runs these rules in the browser does not
// carry it), so they cannot drift from the code. Every rule that fires adds a reason; the outcome is the most severe, self-care when none.
import { startedBefore45 } from './conditions';
import {
  ADULT_AGE,
  FALL_AGE,
  FALL_INTENSITY,
  FRAIL_AGE,
  OLDER_AGE,
  SEVERE_INTENSITY,
  YOUNG_ATHLETE_MAX,
} from './thresholds';
import { NONE, questionsById, type EmergencyItem, type UrgentItem } from './questions';
import type { Answers } from './schema';
import { sources, type SourceId } from './sources';

export const outcomes = ['emergency', 'urgent', 'doctor', 'assessment', 'self-care'] as const;
export type Outcome = (typeof outcomes)[number];
export type RuleOutcome = Exclude<Outcome, 'self-care'>;

export interface Rule {
  code: string;
  outcome: RuleOutcome;
  /** The reason in plain words, for "Why am I seeing this?". */
  text: string;
  source: SourceId;
  /** Further sources for a rule that grew from more than one (v3). */
  also?: readonly SourceId[];
  fires: (a: Answers) => boolean;
}

export interface Reason {
  code: string;
  text: string;
  source: string;
}
export interface TriageResult {
  outcome: Outcome;
  reasons: Reason[];
}

// The thresholds live in thresholds.ts: the rules test them and ruleConditions.ts prints them.
export { ADULT_AGE } from './thresholds';

const has = (list: readonly string[] | undefined, value: string) => list?.includes(value) ?? false;
const nothingChanges = (a: Answers) => a.worse?.length === 1 && a.worse[0] === NONE;
const pastFirstWeek = (a: Answers) => a.duration !== undefined && a.duration !== 'under-1-week';
const weakBones = (a: Answers) => a.age >= FRAIL_AGE || has(a.about, 'bone-weakness');
const fallOrStrain = (a: Answers) => a.onset === 'fall' || a.onset === 'lifting';

type ReasonOf = [text: string, source: SourceId, ...also: SourceId[]];

const emergencyReasons: Record<EmergencyItem, ReasonOf> = {
  'saddle-numbness': [
    'You have new numbness or tingling around your genitals, buttocks or inner thighs. This can mean the nerves at the bottom of your spine are being squashed.',
    'finucane',
  ],
  bladder: [
    'You have new trouble with peeing. This can mean the nerves at the bottom of your spine are being squashed.',
    'finucane',
  ],
  bowel: [
    'You have new trouble controlling your bowels. This can mean the nerves at the bottom of your spine are being squashed.',
    'finucane',
  ],
  'sexual-function': [
    'You have new loss of feeling or function during sex. This can mean the nerves at the bottom of your spine are being squashed.',
    'finucane',
  ],
  'both-legs': [
    'You have symptoms in both legs. This can mean the nerves in your spine are being squashed.',
    'finucane',
  ],
  'worsening-weakness': [
    'A leg or foot is getting weaker. A nerve may be badly squashed and needs checking now.',
    'finucane',
  ],
  'chest-pain': [
    'You have chest pain. Chest pain can be a sign of a heart attack or another emergency.',
    'nhsBackPain',
  ],
  'major-trauma': [
    'Your pain started after a serious accident. You may have broken a bone in your spine.',
    'finucane',
  ],
  'sudden-severe': [
    'Very bad pain that comes out of the blue, or a tearing or throbbing feeling, can come from a burst or torn blood vessel in the belly.',
    'nhsAneurysm',
  ],
  heart: [
    'Pain that comes with effort and goes with rest, or pain with breathlessness, sweating or feeling sick or faint, can be a heart attack felt in the back.',
    'nhsHeart',
  ],
  'blood-thinner': [
    'You take a blood thinner or have a bleeding problem, and the pain came after a fall or knock, or suddenly. There may be bleeding inside your body, which needs checking now.',
    'nhsAnticoagulants',
  ],
  'dark-urine': [
    'Dark pee or very painful, swollen muscles after a hard workout can mean your muscles are breaking down. This can harm your kidneys and needs treatment now.',
    'nhsRhabdo',
  ],
  aneurysm: [
    'You have an aortic aneurysm. New back or belly pain can mean it is growing or leaking, which needs treatment now.',
    'nhsAneurysm',
  ],
  collapse: [
    'Fainting, feeling cold, clammy and pale, confusion or feeling too unwell to stand, with back pain, can mean a serious problem inside your body, such as bleeding.',
    'nhsAneurysm',
  ],
};

const urgentReasons: Record<UrgentItem, ReasonOf> = {
  fever: ['You have a high temperature. Back pain with a fever can be a sign of an infection.', 'finucane'],
  'weight-loss': [
    'You have lost weight you did not set out to lose. With back pain, a doctor should find out why, even if training or eating better might explain it.',
    'finucane',
  ],
  'back-lump': [
    'You have a lump, swelling or a change in the shape of your back. A doctor should look at it.',
    'nhsBackPain',
  ],
  'night-pain': [
    'Your pain is there when you lie still and is worse at night. A doctor should check the cause.',
    'finucane',
  ],
  'cancer-history': [
    'You have had cancer. A doctor should check that new back pain is not linked to it.',
    'downie',
  ],
  immune: [
    'Your body finds it hard to fight infections, you are being treated for TB, or you have injected drugs. This raises the chance of an infection in the spine.',
    'finucane',
    'nhsTb',
  ],
  'fracture-risk': [
    'Your pain started after a small fall or strain and your bones may be weak. You may have a broken bone.',
    'downie',
  ],
  'upper-back': [
    'Pain in the middle or upper back, or a band of pain around the body, that came on without an injury or keeps getting worse, should be checked by a doctor.',
    'ng234',
  ],
  unwell: [
    'Feeling generally unwell with back pain can be a sign of an infection or another illness.',
    'finucane',
  ],
  'recent-procedure': [
    'You had a procedure on or near your spine recently. Pain after it can be a sign of an infection.',
    'finucane',
  ],
  kidney: [
    'Pain in the side that comes in waves, blood in your pee, or pain when you pee can come from a kidney stone or infection.',
    'nhsKidney',
  ],
  'pregnancy-warning': [
    'Back pain in pregnancy that comes in waves, or with bleeding, leaking fluid, a fever or pain when you pee, can be a sign of labor or an infection.',
    'nhsPregnancy',
  ],
  tummy: [
    'New pain, cramps or a pulsing feeling in the belly with back pain can come from a problem with the main blood vessel there, or another organ.',
    'nhsAneurysm',
  ],
  'fast-worse': [
    'Pain that gets worse hour by hour, even lying still, and that painkillers do not help, is not the usual back pain. A doctor should check you today.',
    'finucane',
  ],
};

/** The rule for one ticked item of a red-flag list, with its reason and sources. */
function itemRule(question: 'emergency' | 'urgent', value: string, [text, source, ...also]: ReasonOf): Rule {
  return {
    code: `${question}:${value}`,
    outcome: question,
    text,
    source,
    ...(also.length ? { also } : {}),
    fires: (a) => has(a[question], value),
  };
}

const emergencyRules: Rule[] = questionsById.emergency.options.map(({ value }): Rule => {
  const rule = itemRule('emergency', value, emergencyReasons[value]);
  // v3 moved `aneurysm` here from `about`; an old JSON client's `about: ["aneurysm"]` keeps the same reason.
  if (value !== 'aneurysm') return rule;
  return { ...rule, fires: (a) => has(a.emergency, value) || has(a.about, value) };
});

const urgentRules: Rule[] = questionsById.urgent.options.map(({ value }): Rule => {
  const rule = itemRule('urgent', value, urgentReasons[value]);
  if (value !== 'fracture-risk') return rule;
  // Also computed from the answers: one reason, whether ticked, computed, or both.
  return {
    ...rule,
    fires: (a) => has(a.urgent, value) || (weakBones(a) && fallOrStrain(a)),
  };
});

const computedRules: Rule[] = [
  {
    code: 'urgent:non-mechanical-new',
    outcome: 'urgent',
    text: `A first back pain after ${OLDER_AGE} that stays the same whatever you do, even lying still, should be checked by a doctor today.`,
    source: 'finucane',
    fires: (a) => nothingChanges(a) && a.age >= OLDER_AGE && a.history === 'first',
  },
  {
    code: 'doctor:under-16',
    outcome: 'doctor',
    text: `You are under ${ADULT_AGE}. This check is for people aged ${ADULT_AGE} and over, so a doctor should check your back.`,
    source: 'ng59',
    fires: (a) => a.age < ADULT_AGE,
  },
  {
    code: 'doctor:inflammatory',
    outcome: 'doctor',
    text: 'Your long-lasting back pain started at a younger age and has signs of inflammation. A doctor should check for a kind of back pain caused by inflammation, called axial spondyloarthritis.',
    source: 'ng65',
    fires: (a) =>
      a.duration === 'over-12-weeks' &&
      startedBefore45(a) &&
      (a.stiffness === 'yes' || (a.inflammatory ?? []).filter((v) => v !== NONE).length >= 2),
  },
  {
    code: 'doctor:possible-fracture',
    outcome: 'doctor',
    text: 'From your age, your bones and how the pain started or is changing, a small break in a bone of the spine is possible. A doctor can check for it.',
    source: 'downie',
    fires: (a) =>
      (a.onset === 'fall' &&
        (a.age >= FALL_AGE ||
          (a.age >= OLDER_AGE &&
            ((a.intensity ?? 0) >= FALL_INTENSITY || a.function === 'unable' || a.trend === 'worse')))) ||
      (weakBones(a) && a.onset !== undefined && !fallOrStrain(a) && a.history === 'first') ||
      (a.age >= FALL_AGE && a.trend === 'worse' && pastFirstWeek(a)),
  },
  {
    code: 'doctor:non-mechanical',
    outcome: 'doctor',
    text: 'Back pain that stays the same whatever you do, even lying still, is not the usual kind that comes from muscles and joints. A doctor should check it.',
    source: 'finucane',
    fires: (a) => nothingChanges(a) && pastFirstWeek(a) && (a.trend === 'worse' || a.age >= OLDER_AGE),
  },
  {
    code: 'doctor:bone-stress',
    outcome: 'doctor',
    text: 'Training hard without enough energy, a past stress fracture, or pain when you stand or hop on one leg, can point to a stress fracture in the spine, pelvis or hip. A doctor can check for it and for low energy.',
    source: 'mountjoy',
    also: ['warden', 'hoenig'],
    fires: (a) => {
      const sporty = a.onset === 'running' || a.onset === 'sport';
      return (
        (has(a.about, 'low-energy') && (sporty || has(a.activity, 'running'))) ||
        (has(a.about, 'stress-fracture') && sporty) ||
        (has(a.worse, 'hopping') && (sporty || has(a.activity, 'running') || has(a.activity, 'team-sport')))
      );
    },
  },
  {
    code: 'doctor:not-improving',
    outcome: 'doctor',
    text: 'Back pain that 2 weeks of treatment has not helped should be checked by a doctor: now and then, pain that does not get better with treatment has a cause that needs finding.',
    source: 'finucane',
    fires: (a) =>
      a.treatedNoBetter === 'yes' &&
      a.trend !== 'better' &&
      ((a.intensity ?? 0) >= FALL_INTENSITY || a.age >= OLDER_AGE),
  },
  {
    code: 'assessment:leg-below-knee',
    outcome: 'assessment',
    text: 'Your pain goes below your knee. This can mean a nerve is irritated.',
    source: 'ng59',
    fires: (a) => a.legPain === 'below-knee',
  },
  {
    code: 'assessment:leg-numbness',
    outcome: 'assessment',
    text: 'You have, or may have, numbness, tingling or weakness in a leg or foot. A nerve may be irritated.',
    source: 'ng59',
    fires: (a) => a.legNumbness === 'yes' || a.legNumbness === 'not-sure',
  },
  {
    code: 'assessment:not-settling',
    outcome: 'assessment',
    text: 'You have had the pain for more than 6 weeks. Most back pain gets better sooner than that.',
    source: 'ng59',
    fires: (a) => a.duration === '6-12-weeks' || a.duration === 'over-12-weeks',
  },
  {
    code: 'assessment:getting-worse',
    outcome: 'assessment',
    text: 'Your pain is getting worse after the first week.',
    source: 'ng59',
    fires: (a) => a.trend === 'worse' && pastFirstWeek(a),
  },
  {
    code: 'assessment:severe-pain',
    outcome: 'assessment',
    text: `Your pain has been ${SEVERE_INTENSITY} out of 10 or more in the last day.`,
    source: 'ng59',
    fires: (a) => (a.intensity ?? 0) >= SEVERE_INTENSITY,
  },
  {
    code: 'assessment:function',
    outcome: 'assessment',
    text: 'The pain stops you doing many everyday things.',
    source: 'ng59',
    fires: (a) => a.function === 'unable',
  },
  {
    code: 'assessment:distress',
    outcome: 'assessment',
    text: 'The pain is worrying you, making you avoid exercise, or getting you down. Help with this makes recovery faster.',
    source: 'ng59',
    fires: (a) =>
      a.worry === 'very' || a.worry === 'extremely' || a.avoiding === 'yes' || a.lowMood === 'yes',
  },
  {
    code: 'assessment:first-over-50',
    outcome: 'assessment',
    text: `You are ${OLDER_AGE} or over and this is the first time you have had back pain like this.`,
    source: 'finucane',
    fires: (a) => a.age >= OLDER_AGE && a.history === 'first',
  },
  {
    code: 'assessment:pregnancy',
    outcome: 'assessment',
    text: 'You are pregnant or had a baby recently. Our home plan is not written for that, so a physical therapist should plan your exercise with you.',
    source: 'nhsPregnancy',
    fires: (a) => has(a.about, 'pregnant'),
  },
  {
    code: 'assessment:young-athlete',
    outcome: 'assessment',
    text: 'In young athletes, back pain that lasts a week or more can be a stress fracture of the spine, especially when bending backward hurts. A physical therapist can check for it.',
    source: 'micheli',
    fires: (a) =>
      a.age >= ADULT_AGE &&
      a.age <= YOUNG_ATHLETE_MAX &&
      (a.onset === 'lifting' || a.onset === 'running' || a.onset === 'sport' || a.onset === 'gym-other') &&
      pastFirstWeek(a),
  },
  {
    code: 'assessment:runner-hip',
    outcome: 'assessment',
    text: 'In runners, pain in the buttock, hip or thigh that lasts a week or more can be a stress injury of the bone. A physical therapist can check for it.',
    source: 'warden',
    also: ['hoenig'],
    fires: (a) =>
      a.legPain === 'above-knee' && (a.onset === 'running' || has(a.activity, 'running')) && pastFirstWeek(a),
  },
];

/** Every rule, most severe outcome first; within an outcome, the order reasons are listed in. */
export const rules: readonly Rule[] = [...emergencyRules, ...urgentRules, ...computedRules].sort(
  (x, y) => outcomes.indexOf(x.outcome) - outcomes.indexOf(y.outcome),
);

/** The id of a rule's entry on /check/how-it-works. */
export const ruleAnchor = (code: string) => `rule-${code.replace(':', '-')}`;

/** A rule's sources in short, as the result page and "How the self-check works" print them. */
export function sourceOf(rule: Pick<Rule, 'source' | 'also'>): string {
  return [rule.source, ...(rule.also ?? [])].map((id) => sources[id].short).join('; ');
}

/** The outcome and every reason that fired, most severe first. Pure: same answers, same result. */
export function triage(answers: Answers): TriageResult {
  const fired = rules.filter((rule) => rule.fires(answers));
  return {
    outcome: fired[0]?.outcome ?? 'self-care',
    reasons: fired.map((r) => ({ code: r.code, text: r.text, source: sourceOf(r) })),
  };
}

export function outcomeRank(outcome: Outcome): number {
  return outcomes.indexOf(outcome);
}

/**
 * The check stops at an interruption page as soon as the answers so far give urgent or emergency, and (v3)
 * right after the age for a reader under 16, whose result is the doctor with the red-flag lists.
 */
export function stopsCheck(answers: Answers): boolean {
  return answers.age < ADULT_AGE || outcomeRank(triage(answers).outcome) <= outcomeRank('urgent');
}

// Urgent reasons that carry their own instruction, in the order the page gives them (the spec: pregnancy first).
const urgentInstructions = [
  ['urgent:pregnancy-warning', 'Contact your midwife or maternity unit now.'],
  ['urgent:recent-procedure', 'Contact the team that did your procedure today, or a doctor.'],
] as const;

/** The instructions the urgent page gives for its reasons, pregnancy-warning first. */
export function instructionsFor(reasons: readonly Reason[]): { code: string; text: string }[] {
  return urgentInstructions
    .filter(([code]) => reasons.some((r) => r.code === code))
    .map(([code, text]) => ({ code, text }));
}
