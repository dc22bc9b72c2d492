// The triage rules (shared spec triage.md, "Rules"). Every rule that fires adds a reason; the outcome is the
// most severe of them, and self-care only when none fired.
import { NONE, type EmergencyItem, type UrgentItem } from './questions';
import type { Answers } from './schema';

export const outcomes = ['emergency', 'urgent', 'doctor', 'assessment', 'self-care'] as const;
export type Outcome = (typeof outcomes)[number];

export interface Reason {
  code: string;
  text: string;
}
export interface TriageResult {
  outcome: Outcome;
  reasons: Reason[];
}

const emergencyText: Record<EmergencyItem, string> = {
  'saddle-numbness':
    'You have numbness or tingling around your genitals, bottom or inner thighs. This can mean the nerves at the bottom of your spine are being squashed.',
  bladder:
    'You have new trouble peeing or controlling your pee. This can mean the nerves at the bottom of your spine are being squashed.',
  bowel:
    'You have new trouble controlling your bowels. This can mean the nerves at the bottom of your spine are being squashed.',
  'sexual-function':
    'You have new loss of feeling or function during sex. This can mean the nerves at the bottom of your spine are being squashed.',
  'both-legs': 'You have symptoms in both legs. This can mean the nerves in your spine are being squashed.',
  'worsening-weakness':
    'A leg or foot is getting weaker. A nerve may be badly squashed and needs checking now.',
  'chest-pain': 'You have chest pain. Chest pain can be a sign of a heart attack or another emergency.',
  'major-trauma': 'Your pain started after a serious accident. You may have broken a bone in your spine.',
};

const urgentText: Record<UrgentItem, string> = {
  fever: 'You have a high temperature. Back pain with a fever can be a sign of an infection.',
  'weight-loss': 'You are losing weight without trying. A doctor should find out why.',
  'back-lump': 'You have a lump, swelling or a change in the shape of your back. A doctor should look at it.',
  'night-pain':
    'Your pain does not ease with rest and is much worse at night. A doctor should check the cause.',
  'cancer-history': 'You have had cancer. A doctor should check that new back pain is not linked to it.',
  immune:
    'Your body finds it hard to fight infections, or you inject drugs. This raises the chance of an infection in the spine.',
  'fracture-risk':
    'Your pain started after a small fall or strain and your bones may be weak. You may have a broken bone.',
};

const ruleText = {
  'doctor:under-16':
    'You are under 16. This check is for people aged 16 and over, so a doctor should check your back.',
  'doctor:inflammatory':
    'You are under 45, have had pain for over 12 weeks, and your back is stiff for a long time in the morning. A doctor should check for a kind of back pain caused by inflammation.',
  'assessment:leg-below-knee': 'Your pain goes below your knee. This can mean a nerve is irritated.',
  'assessment:leg-numbness':
    'You have, or may have, numbness, tingling or weakness in a leg or foot. A nerve may be irritated.',
  'assessment:not-settling':
    'You have had the pain for more than 6 weeks. Most back pain gets better sooner than that.',
  'assessment:getting-worse': 'Your pain is getting worse after the first week.',
  'assessment:severe-pain': 'Your pain has been 8 out of 10 or more in the last day.',
  'assessment:function': 'The pain stops you doing many everyday things.',
  'assessment:distress':
    'The pain is worrying you, making you avoid exercise, or getting you down. Help with this makes recovery faster.',
  'assessment:first-over-50':
    'You are 50 or over and this is the first time you have had back pain like this.',
} as const;
export type RuleCode = keyof typeof ruleText;

const texts: Record<string, string> = {
  ...Object.fromEntries(Object.entries(emergencyText).map(([item, text]) => [`emergency:${item}`, text])),
  ...Object.fromEntries(Object.entries(urgentText).map(([item, text]) => [`urgent:${item}`, text])),
  ...ruleText,
};

/** The outcome a reason code points to: its prefix. */
const severity = (code: string): Outcome => outcomes.find((o) => code.startsWith(`${o}:`)) ?? 'self-care';

/** Plain words for any reason code. */
export function reasonText(code: string): string {
  return texts[code] ?? code;
}

function firedCodes(a: Answers): string[] {
  const codes: string[] = [];
  for (const item of a.emergency) if (item !== NONE) codes.push(`emergency:${item}`);
  for (const item of a.urgent) if (item !== NONE) codes.push(`urgent:${item}`);
  if (a.age < 16) codes.push('doctor:under-16');
  if (a.stiffness === 'yes' && a.duration === 'over-12-weeks' && a.age < 45)
    codes.push('doctor:inflammatory');
  if (a.legPain === 'below-knee') codes.push('assessment:leg-below-knee');
  if (a.legNumbness === 'yes' || a.legNumbness === 'not-sure') codes.push('assessment:leg-numbness');
  if (a.duration === '6-12-weeks' || a.duration === 'over-12-weeks') codes.push('assessment:not-settling');
  if (a.trend === 'worse' && a.duration !== undefined && a.duration !== 'under-1-week')
    codes.push('assessment:getting-worse');
  if (a.intensity !== undefined && a.intensity >= 8) codes.push('assessment:severe-pain');
  if (a.function === 'unable') codes.push('assessment:function');
  if (a.worry === 'very' || a.worry === 'extremely' || a.avoiding === 'yes' || a.lowMood === 'yes')
    codes.push('assessment:distress');
  if (a.age >= 50 && a.history === 'first') codes.push('assessment:first-over-50');
  return [...new Set(codes)];
}

/** The outcome and every reason that fired, most severe first. Pure: same answers, same result. */
export function triage(answers: Answers): TriageResult {
  const codes = firedCodes(answers);
  const rank = (code: string) => outcomes.indexOf(severity(code));
  const sorted = [...codes].sort((x, y) => rank(x) - rank(y));
  const first = sorted[0];
  return {
    outcome: first === undefined ? 'self-care' : severity(first),
    reasons: sorted.map((code) => ({ code, text: reasonText(code) })),
  };
}

export function outcomeRank(outcome: Outcome): number {
  return outcomes.indexOf(outcome);
}
