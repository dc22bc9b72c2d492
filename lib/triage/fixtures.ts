// Named answer sets shared by the unit, API and property tests.
import type { Answers, FullAnswers } from './schema';

/** Answers that fire no rule: the self-care baseline every test changes one thing in. */
export const selfCare: FullAnswers = {
  age: 30,
  emergency: ['none'],
  urgent: ['none'],
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
};

export function withAnswers(change: Partial<Answers>): Answers {
  return { ...selfCare, ...change };
}
