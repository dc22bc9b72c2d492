import { describe, expect, it } from 'vitest';
import { getQuestion, questionIds, questionsById } from './questions';
import {
  SECONDS_PER_ANSWER,
  WORDS_PER_MINUTE,
  checkMinutes,
  pathSeconds,
  questionWords,
} from './readingTime';

describe('how long the self-check takes', () => {
  it('counts the question, its hint, every option with its hint, and "None of these"', () => {
    expect(questionWords(questionsById.age)).toBe(4 + 9); // "How old are you?" + its hint
    const set = questionsById.about;
    const words = (t?: string) => (t ? t.trim().split(/\s+/).length : 0);
    const expected =
      words(set.title) +
      words(set.hint) +
      set.options.reduce((n, o) => n + words(o.label) + words('hint' in o ? o.hint : undefined), 0) +
      words(set.noneLabel);
    expect(questionWords(set)).toBe(expected);
  });

  it('prices each page by its words and one answer', () => {
    const age = questionsById.age;
    expect(pathSeconds([age])).toBeCloseTo((13 / WORDS_PER_MINUTE) * 60 + SECONDS_PER_ANSWER);
    expect(pathSeconds([])).toBe(0);
  });

  it('promises the longest path (every question), rounded up to a whole minute', () => {
    const all = pathSeconds(questionIds.map(getQuestion));
    expect(checkMinutes()).toBe(Math.ceil(all / 60));
    // Not the two minutes promised before: the red-flag lists alone are over 600 words.
    expect(checkMinutes()).toBeGreaterThan(2);
  });
});
