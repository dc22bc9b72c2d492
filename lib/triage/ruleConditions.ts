// Each rule's condition in plain words, for /check/how-it-works. Kept apart from rules.ts because the wizard
// runs the rules in the browser (to know where the check stops) and need not carry text only that page prints.
// rules.test.ts holds every rule to having one here.
import { INFLAMMATORY_ONSET_AGE } from './conditions';
import { optionLabel } from './questions';
import {
  ADULT_AGE,
  FALL_AGE,
  FALL_INTENSITY,
  FRAIL_AGE,
  OLDER_AGE,
  SEVERE_INTENSITY,
  YOUNG_ATHLETE_MAX,
} from './thresholds';

const computed: Record<string, string> = {
  'urgent:non-mechanical-new': `Nothing makes the pain better or worse, you are ${OLDER_AGE} or over, and this is your first back pain like this.`,
  'doctor:under-16': `You are under ${ADULT_AGE}. The check is for people aged ${ADULT_AGE} and over, so it stops after your age and shows the warning signs to look out for.`,
  'doctor:inflammatory': `You have had the pain for more than 12 weeks, it started before you were ${INFLAMMATORY_ONSET_AGE}, and your back is stiff for more than 30 minutes in the morning or you tick at least two of the signs of inflammation.`,
  'doctor:possible-fracture': `The pain began with a fall, knock or jolt and you are ${FALL_AGE} or over, or you are ${OLDER_AGE} or over and the pain is ${FALL_INTENSITY} out of 10 or more, stops you doing many everyday things or is getting worse. Or you are ${FRAIL_AGE} or over or have weak bones, and this is your first back pain like this, and it did not start with a fall or lifting. Or you are ${FALL_AGE} or over and the pain has been getting worse for a week or more, however it started.`,
  'doctor:non-mechanical': `Nothing makes the pain better or worse, you have had it for a week or more, and it is getting worse or you are ${OLDER_AGE} or over.`,
  'doctor:bone-stress':
    'Your periods have stopped or you often eat much less than your training needs, and the pain started running or in sport, or you run. Or you have had a stress fracture and the pain started running or in sport. Or standing or hopping on one leg, or landing from a jump, hurts, and the pain started running or in sport, or you run or play a team sport.',
  'doctor:not-improving': `You have had 2 weeks or more of treatment without it getting better, the pain is not getting better, and the pain is ${FALL_INTENSITY} out of 10 or more or you are ${OLDER_AGE} or over.`,
  'assessment:leg-below-knee': 'The pain goes below your knee.',
  'assessment:leg-numbness':
    'You have, or are not sure if you have, numbness, tingling or weakness in one leg or foot.',
  'assessment:not-settling': 'You have had the pain for 6 weeks or more.',
  'assessment:getting-worse': 'The pain is getting worse, and you have had it for a week or more.',
  'assessment:severe-pain': `Your worst pain in the last 24 hours was ${SEVERE_INTENSITY} out of 10 or more.`,
  'assessment:function': 'The pain stops you doing many everyday things.',
  'assessment:distress':
    'You are very or extremely worried about the pain, you avoid exercise for fear of harm, or you have felt down or hopeless on most days for 2 weeks.',
  'assessment:first-over-50': `You are ${OLDER_AGE} or over and this is the first time you have had back pain like this.`,
  'assessment:pregnancy': 'You are pregnant, or had a baby in the last 6 months.',
  'assessment:young-athlete': `You are ${ADULT_AGE} to ${YOUNG_ATHLETE_MAX}, the pain started in training or sport, and you have had it for a week or more.`,
  'assessment:runner-hip':
    'The pain goes into your leg but not below the knee, the pain started running or you run, and you have had it for a week or more.',
};

/** The condition of the rule with this code, in plain words; undefined for a code no rule has. */
export function conditionOf(code: string): string | undefined {
  const [question, value] = code.split(':');
  if ((question === 'emergency' || question === 'urgent') && value) {
    const ticked = `You tick "${optionLabel(question, value)}".`;
    return value === 'fracture-risk'
      ? `${ticked} Or, without ticking it: you are ${FRAIL_AGE} or over or have weak bones, and the pain began with a fall, knock or jolt, or when lifting.`
      : ticked;
  }
  return computed[code];
}
