// How long the self-check takes, for the promise on the home page ("about N minutes"): the words a reader
// reads on each question page and the time to answer it, over the longest path (every "only when" question
// asked). A model, stated so it can be checked: e2e/checkTime.spec.ts walks the shortest and longest paths,
// counts the words on screen, and holds the home page to the same sum.
import { questionIds, getQuestion, type Question } from './questions';

/**
 * Plain health text read silently by adults: 200 words a minute, below the 238 average for non-fiction
 * (Brysbaert 2019, J Mem Lang 109:104047), since readers stop to weigh each symptom against their own.
 */
export const WORDS_PER_MINUTE = 200;

/** Choosing, ticking or typing, and pressing Continue: per question, on top of the reading. */
export const SECONDS_PER_ANSWER = 6;

const words = (text: string | undefined) => (text ? text.split(/\s+/).filter(Boolean).length : 0);

/** The words a question page asks the reader to read: the question, its hint, each option and its hint. */
export function questionWords(q: Question): number {
  const options = q.kind === 'number' ? [] : q.options;
  const none = q.kind === 'set' ? words(q.noneLabel) : 0;
  return (
    words(q.title) + words(q.hint) + options.reduce((n, o) => n + words(o.label) + words(o.hint), 0) + none
  );
}

/** Seconds to read and answer these questions, one page each. */
export function pathSeconds(questions: readonly Question[], wordsOnPage = questionWords): number {
  return questions.reduce((s, q) => s + (wordsOnPage(q) / WORDS_PER_MINUTE) * 60 + SECONDS_PER_ANSWER, 0);
}

/** The minutes the home page promises: the longest path, rounded up to a whole minute. */
export function checkMinutes(): number {
  return Math.ceil(pathSeconds(questionIds.map(getQuestion)) / 60);
}
