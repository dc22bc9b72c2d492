// Figures about the reader's path for pages that describe the check (server only: kept out of the wizard's
// bundle, which has a budget).
import { position } from './flow';
import { questionsById } from './questions';

/**
 * The most questions one reader can be asked: every duration tried with the answers that open the most "only
 * when" questions (45 or over, pain that began before 45). v3's treatedNoBetter and the two inflammation
 * questions need different durations, so this is one less than maxQuestions.
 */
export const longestPath = Math.max(
  ...questionsById.duration.options.map(
    ({ value: duration }) => position({ age: '50', duration, onsetBefore45: 'yes' }, 0).total,
  ),
);
