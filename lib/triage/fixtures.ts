// Named answer sets shared by the unit, API and property tests.
import { answersSchema, type Answers } from './schema';

/** Answers that fire no rule: the self-care baseline every test changes one thing in. */
export const selfCare = {
  age: 30,
  emergency: ['none'],
  urgent: ['none'],
  about: ['none'],
  onset: 'running',
  duration: 'under-1-week',
  trend: 'better',
  legPain: 'none',
  legNumbness: 'no',
  intensity: 4,
  function: 'limited',
  history: 'recurrent',
  worse: ['sitting'],
  stiffness: 'no',
  worry: 'slightly',
  avoiding: 'no',
  lowMood: 'no',
  activity: ['none'],
  trainingChange: ['none'],
} satisfies Answers;

/** The baseline with some answers changed; checked by the schema, so a test cannot use a value that is not one. */
export function withAnswers(change: Readonly<Record<string, unknown>>): Answers {
  return answersSchema.parse({ ...selfCare, ...change });
}

/** The questions after "worse" that every self-care path asks, in order (the two inflammation ones are not). */
export const afterWorse = [
  'stiffness',
  'worry',
  'avoiding',
  'lowMood',
  'activity',
  'trainingChange',
] as const;
