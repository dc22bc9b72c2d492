// The "only when" questions of the spec: asked, required and counted only when their condition holds, in the
// wizard and in the API. A structural input type keeps this file free of the schema (no import cycle).

/** The age before which long-lasting back pain is checked for inflammation (NICE NG65). */
export const INFLAMMATORY_ONSET_AGE = 45;

export interface ConditionInput {
  age?: number;
  duration?: string;
  onsetBefore45?: string;
}

/** Pain for more than 12 weeks that began before 45: today's age under 45, or the reader said so. */
export function startedBefore45(a: ConditionInput): boolean {
  if (a.age === undefined) return false;
  return a.age < INFLAMMATORY_ONSET_AGE || a.onsetBefore45 === 'yes';
}

export const askedWhen = {
  // v3: asked only for pain of 1 to 12 weeks (the spec); pain over 12 weeks already gets an assessment.
  treatedNoBetter: (a: ConditionInput) => a.duration === '1-6-weeks' || a.duration === '6-12-weeks',
  onsetBefore45: (a: ConditionInput) =>
    a.duration === 'over-12-weeks' && a.age !== undefined && a.age >= INFLAMMATORY_ONSET_AGE,
  inflammatory: (a: ConditionInput) => a.duration === 'over-12-weeks' && startedBefore45(a),
} as const;

export type ConditionalId = keyof typeof askedWhen;

export function isConditional(id: string): id is ConditionalId {
  return Object.hasOwn(askedWhen, id);
}

/** The conditional questions in the order they are asked (a later one may depend on an earlier one). */
export const conditionalIds = Object.keys(askedWhen) as ConditionalId[];

/** Whether a question is asked, given the answers so far. Every other question is always asked. */
export function isAsked(id: string, a: ConditionInput): boolean {
  return isConditional(id) ? askedWhen[id](a) : true;
}
