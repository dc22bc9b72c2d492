import { describe, expect, it } from 'vitest';
import {
  applyPost,
  maxQuestions,
  move,
  placeOf,
  position,
  stateAt,
  stopsAfter,
  type FormValues,
} from './flow';
import { longestPath } from './paths';
import { selfCare } from './fixtures';
import { questionIds } from './questions';

const at = (id: string) => questionIds.indexOf(id as (typeof questionIds)[number]);
/** The self-care baseline up to stiffness, as the form holds it: numbers as the typed text. */
const upTo = Object.fromEntries(
  questionIds.slice(0, at('stiffness') + 1).map((id) => {
    const value = (selfCare as Record<string, unknown>)[id];
    return [id, typeof value === 'number' ? String(value) : value];
  }),
) as FormValues;

describe('wizard flow', () => {
  it('has 22 questions in the spec order', () => {
    expect(maxQuestions).toBe(22);
    expect(questionIds.slice(0, 5)).toEqual(['age', 'emergency', 'urgent', 'about', 'onset']);
    expect(questionIds.slice(12, 17)).toEqual([
      'worse',
      'treatedNoBetter',
      'stiffness',
      'onsetBefore45',
      'inflammatory',
    ]);
    expect(questionIds.at(-1)).toBe('trainingChange');
  });

  it('goes on after a valid answer and stays with an error after a bad one', () => {
    expect(move({ age: '40' }, 0, 'continue')).toEqual({ kind: 'question', index: 1 });
    expect(move({ age: '' }, 0, 'continue')).toEqual({ kind: 'question', index: 0, error: 'Enter your age' });
  });

  it('stops at once on an emergency item (shortest path: 2 questions)', () => {
    const step = move({ age: '40', emergency: ['bladder'] }, 1, 'continue');
    expect(step).toMatchObject({ kind: 'result', answers: { age: 40, emergency: ['bladder'] } });
  });

  it('stops at once on an urgent item', () => {
    expect(move({ age: '40', emergency: ['none'], urgent: ['fever'] }, 2, 'continue')).toMatchObject({
      kind: 'result',
    });
    expect(stopsAfter({ age: '40', emergency: ['none'], urgent: ['none'] }, 2)).toBe(false);
  });

  it('stops at once on the aneurysm item, now on the emergency list (v3)', () => {
    expect(move({ age: '60', emergency: ['aneurysm'] }, 1, 'continue')).toMatchObject({
      kind: 'result',
      answers: { emergency: ['aneurysm'] },
    });
    const base = { age: '60', emergency: ['none'], urgent: ['none'] };
    expect(move({ ...base, about: ['pregnant'] }, at('about'), 'continue')).toEqual({
      kind: 'question',
      index: at('onset'),
    });
  });

  it.each([
    ['15', true],
    ['16', false],
  ] as const)('age %s stops the check after the age: %s (v3, under 16)', (age, stops) => {
    const step = move({ age }, 0, 'continue');
    expect(step).toEqual(stops ? { kind: 'result', answers: { age: 15 } } : { kind: 'question', index: 1 });
  });

  it('stops at onset for the computed fracture risk (70 or over, or weak bones, after a fall or lifting)', () => {
    const base = { emergency: ['none'], urgent: ['none'], about: ['none'], onset: 'fall' };
    expect(move({ ...base, age: '70' }, at('onset'), 'continue')).toMatchObject({ kind: 'result' });
    expect(move({ ...base, age: '69' }, at('onset'), 'continue')).toMatchObject({ kind: 'question' });
  });

  it('stops at worse for a first back pain after 50 that nothing changes', () => {
    const values = { ...upTo, age: '50', history: 'first', worse: ['none'] };
    expect(move(values, at('worse'), 'continue')).toMatchObject({ kind: 'result' });
    expect(move({ ...values, age: '49' }, at('worse'), 'continue')).toMatchObject({ kind: 'question' });
  });

  it('asks onsetBefore45 only at 45 or over with pain over 12 weeks', () => {
    const long = { ...upTo, duration: 'over-12-weeks' };
    expect(move({ ...long, age: '45' }, at('stiffness'), 'continue')).toEqual({
      kind: 'question',
      index: at('onsetBefore45'),
    });
    expect(move({ ...long, age: '44' }, at('stiffness'), 'continue')).toEqual({
      kind: 'question',
      index: at('inflammatory'),
    });
    expect(move(upTo, at('stiffness'), 'continue')).toEqual({ kind: 'question', index: at('worry') });
  });

  it.each([
    ['under-1-week', false],
    ['1-6-weeks', true],
    ['6-12-weeks', true],
    ['over-12-weeks', false],
  ] as const)('after worse, with pain for %s, asks treatedNoBetter: %s (v3)', (duration, asked) => {
    const next = move({ ...upTo, duration, age: '30' }, at('worse'), 'continue');
    expect(next).toEqual({ kind: 'question', index: at(asked ? 'treatedNoBetter' : 'stiffness') });
    const back = move({ ...upTo, duration, age: '30' }, at('stiffness'), 'back');
    expect(back).toEqual({ kind: 'question', index: at(asked ? 'treatedNoBetter' : 'worse') });
  });

  it('asks inflammatory only when the pain started before 45', () => {
    const long = { ...upTo, duration: 'over-12-weeks', age: '50' };
    expect(move({ ...long, onsetBefore45: 'yes' }, at('onsetBefore45'), 'continue')).toEqual({
      kind: 'question',
      index: at('inflammatory'),
    });
    expect(move({ ...long, onsetBefore45: 'no' }, at('onsetBefore45'), 'continue')).toEqual({
      kind: 'question',
      index: at('worry'),
    });
  });

  it('going back skips questions that were not asked', () => {
    expect(move(upTo, at('worry'), 'back')).toEqual({ kind: 'question', index: at('stiffness') });
    expect(move({ ...upTo, duration: 'over-12-weeks' }, at('worry'), 'back')).toEqual({
      kind: 'question',
      index: at('inflammatory'),
    });
  });

  it('numbers the questions on the reader path (shortest 1, longest 21)', () => {
    expect(position(upTo, at('worry'))).toEqual({ number: 15, total: 19 });
    const longest = { ...upTo, age: '50', duration: 'over-12-weeks', onsetBefore45: 'yes' };
    expect(position(longest, at('worry'))).toEqual({ number: 17, total: 21 });
    // v3: treatedNoBetter counts on the path once the duration asks it.
    const treated = { ...upTo, duration: '1-6-weeks' };
    expect(position(treated, at('treatedNoBetter'))).toEqual({ number: 14, total: 20 });
    expect(position(treated, at('worry'))).toEqual({ number: 16, total: 20 });
    expect(position({}, 0)).toEqual({ number: 1, total: 19 });
    expect(longestPath).toBe(21);
  });

  it('goes back one step without validating', () => {
    expect(move({}, 5, 'back')).toEqual({ kind: 'question', index: 4 });
    expect(move({}, 0, 'back')).toEqual({ kind: 'question', index: 0 });
  });

  it('sends a tampered body back to the first question that is not valid', () => {
    expect(move({ age: 'x', emergency: ['none'], urgent: ['fever'] }, 2, 'continue')).toEqual({
      kind: 'question',
      index: 0,
    });
  });

  it('clamps a step index from the form', () => {
    expect(move({ age: '40' }, -4, 'continue')).toEqual({ kind: 'question', index: 1 });
    expect(move({}, 99, 'back')).toEqual({ kind: 'question', index: 20 });
  });
});

describe('stateAt: the page for a place, from the answers alone', () => {
  const all = Object.fromEntries(
    questionIds.map((id) => {
      const value = (selfCare as Record<string, unknown>)[id];
      return [id, typeof value === 'number' ? String(value) : value];
    }),
  ) as FormValues;

  it('shows the question at the place when every answer before it is given', () => {
    expect(stateAt(upTo, at('onset'))).toEqual({ index: at('onset'), values: upTo });
    expect(stateAt({}, 0)).toEqual({ index: 0, values: {} });
  });

  it('settles on the first question still to answer when the place is further on', () => {
    const values = { age: '40', emergency: ['none'] };
    expect(stateAt(values, at('worse'))).toEqual({ index: at('urgent'), values });
    expect(stateAt({ age: 'abc' }, at('urgent'))).toEqual({ index: 0, values: { age: 'abc' } });
  });

  it('moves a place the answers no longer reach to the next question asked', () => {
    // onsetBefore45 was asked at 50; the age was then changed to 30 on the way back.
    expect(stateAt(upTo, at('onsetBefore45'))).toMatchObject({ index: at('worry') });
  });

  it('gives the result for a whole path, and where the answers stop the check', () => {
    expect(stateAt(all, 'result')).toMatchObject({ answers: { age: 30, trainingChange: ['none'] } });
    const stopped = { age: '40', emergency: ['bladder'] };
    expect(stateAt(stopped, 'result')).toMatchObject({ index: 1, answers: { emergency: ['bladder'] } });
    expect(stateAt(stopped, at('onset'))).toMatchObject({ index: 1, answers: { emergency: ['bladder'] } });
  });

  it('is where applyPost leaves the reader, for every step of a whole path', () => {
    let index = 0;
    for (;;) {
      const state = applyPost(all, index, 'continue');
      expect(stateAt(all, placeOf(state))).toEqual(state);
      if (state.answers) break;
      index = state.index;
    }
  });
});
