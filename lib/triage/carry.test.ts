import { describe, expect, it } from 'vitest';
import {
  CARRY_TTL_MS,
  carriedValues,
  decodeCarried,
  encodeCarried,
  parsePlace,
  placeText,
  postedValues,
  resumeState,
} from './carry';
import { initialWizardState } from './flow';
import { questionIds } from './questions';

const at = (id: string) => questionIds.indexOf(id as (typeof questionIds)[number]);
const now = Date.UTC(2026, 11, 6, 10);

describe('carried answers', () => {
  it('keeps only question ids that hold text or lists of text', () => {
    expect(
      carriedValues({
        age: '40',
        emergency: ['none'],
        urgent: [3],
        onset: { x: 1 },
        intensity: 7,
        nope: 'x',
        __proto__: { worse: ['sitting'] },
      }),
    ).toEqual({ age: '40', emergency: ['none'] });
    expect(carriedValues(null)).toEqual({});
    expect(carriedValues('age')).toEqual({});
    expect(carriedValues({ age: 'x'.repeat(5000) }).age).toHaveLength(100);
  });

  it('reads a form post: sets as lists, one value for the others, unknown names left out', () => {
    const form = new FormData();
    form.append('age', '52');
    form.append('emergency', 'bladder');
    form.append('emergency', 'bowel');
    form.append('onset', 'fall');
    form.append('onset', 'lifting');
    form.append('step', '3');
    form.append('$ACTION_1:0', '{}');
    expect(postedValues(form)).toEqual({ age: '52', emergency: ['bladder', 'bowel'], onset: 'fall' });
  });

  it('opens what it sealed within an hour, and nothing older, from the future, or malformed', () => {
    const text = encodeCarried({ values: { age: '40' }, errorAt: 1 }, now);
    expect(decodeCarried(text, now + CARRY_TTL_MS)).toEqual({ values: { age: '40' }, errorAt: 1 });
    expect(decodeCarried(text, now + CARRY_TTL_MS + 1)).toBeUndefined();
    expect(decodeCarried(text, now - CARRY_TTL_MS - 1)).toBeUndefined();
    for (const junk of [undefined, '', '{', 'null', '[]', '{"v":{}}', '{"t":"1"}'])
      expect(decodeCarried(junk, now)).toBeUndefined();
    expect(decodeCarried(JSON.stringify({ v: { age: '4' }, e: -1, t: now }), now)).toEqual({
      values: { age: '4' },
    });
  });

  it('writes a place as text and reads back only places', () => {
    expect(parsePlace(placeText('result'))).toBe('result');
    expect(parsePlace(placeText(12))).toBe(12);
    for (const junk of [undefined, '', '-1', '1.5', '1e3', '1234', 'results', ' 1'])
      expect(parsePlace(junk)).toBeUndefined();
  });
});

describe('resumeState: the page a no-JS redirect lands on', () => {
  it('starts at the first question when nothing was carried (expired, or never posted)', () => {
    expect(resumeState(undefined, 5)).toEqual(initialWizardState);
  });

  it('shows the error again only on the question whose answer was refused', () => {
    const carried = { values: { age: '40', emergency: [] }, errorAt: at('emergency') };
    expect(resumeState(carried, at('emergency'))).toEqual({
      index: at('emergency'),
      values: carried.values,
      error: 'Select any you have, or select "None of these"',
    });
    expect(resumeState(carried, 0)).toEqual({ index: 0, values: carried.values });
  });

  it('shows the result where the answers stop the check, and the first question without a place', () => {
    const carried = { values: { age: '40', emergency: ['chest-pain'] } };
    expect(resumeState(carried, 'result')).toMatchObject({ answers: { emergency: ['chest-pain'] } });
    expect(resumeState(carried, undefined)).toEqual({ index: 0, values: carried.values });
  });
});
