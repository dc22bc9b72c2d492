import { describe, expect, it } from 'vitest';
import { afterWorse, selfCare } from './fixtures';
import { parseAnswers } from './parse';
import { parseField } from './schema';

const errorsOf = (input: unknown) => {
  const result = parseAnswers(input);
  return result.ok ? [] : result.errors;
};

describe('answers schema', () => {
  it('accepts a full set of answers', () => {
    expect(parseAnswers(selfCare)).toEqual({ ok: true, answers: selfCare });
  });

  it('accepts empty red-flag sets (the spec allows them); an empty worse set is a missing answer (v2)', () => {
    expect(parseAnswers({ ...selfCare, emergency: [], urgent: [] }).ok).toBe(true);
    expect(errorsOf({ ...selfCare, worse: [] })).toEqual([{ field: 'worse', message: expect.any(String) }]);
  });

  it('needs only age and the two sets when a red flag is ticked', () => {
    expect(parseAnswers({ age: 40, emergency: ['bladder'], urgent: [] }).ok).toBe(true);
    expect(parseAnswers({ age: 40, emergency: [], urgent: ['fever'] }).ok).toBe(true);
  });

  it('still checks later answers that are given with a red flag', () => {
    expect(errorsOf({ age: 40, emergency: ['bladder'], urgent: [], onset: 'skydiving' })[0]?.field).toBe(
      'onset',
    );
  });

  it('names every missing answer when no red flag is ticked', () => {
    const fields = errorsOf({ age: 40, emergency: ['none'], urgent: ['none'] }).map((e) => e.field);
    expect(fields).toEqual([
      'about',
      'onset',
      'duration',
      'trend',
      'legPain',
      'legNumbness',
      'intensity',
      'function',
      'history',
      'worse',
      ...afterWorse,
    ]);
  });

  it.each(['age', 'emergency', 'urgent'])('always needs %s', (field) => {
    const rest: Record<string, unknown> = { ...selfCare };
    delete rest[field];
    expect(errorsOf(rest).map((e) => e.field)).toContain(field);
  });

  it('refuses unknown keys, naming them, so a misspelt red flag is never dropped', () => {
    const errors = errorsOf({ ...selfCare, emergncy: ['bladder'] });
    expect(errorsOf({ ...selfCare, 'pregancy-warning': true })[0]?.field).toBe('pregancy-warning');
    expect(errors).toEqual([{ field: 'emergncy', message: expect.stringContaining('not a question') }]);
  });

  it.each([
    ['age', 15.5],
    ['age', 0],
    ['age', 121],
    ['age', '30'],
    ['intensity', -1],
    ['intensity', 11],
    ['intensity', 7.5],
    ['onset', 'skydiving'],
    ['emergency', 'bladder'],
    ['emergency', ['bladdr']],
    ['worse', ['none', 'sitting']],
    ['emergency', ['none', 'bowel']],
    ['urgent', ['none', 'fever']],
    ['legPain', null],
  ])('refuses %s = %j', (field, value) => {
    const errors = errorsOf({ ...selfCare, [field]: value });
    expect(errors[0]?.field.split('.')[0]).toBe(field);
    expect(errors[0]?.message.length).toBeGreaterThan(5);
  });

  it.each([null, [], 'answers', 42])('refuses a body that is not an object: %j', (input) => {
    expect(parseAnswers(input).ok).toBe(false);
  });

  it('accepts the age and intensity boundaries', () => {
    for (const [age, intensity] of [
      [1, 0],
      [120, 10],
    ]) {
      expect(parseAnswers({ ...selfCare, age, intensity }).ok).toBe(true);
    }
  });
});

describe('parseField (one wizard step)', () => {
  it('reads whole numbers typed as text', () => {
    expect(parseField('age', ' 34 ')).toEqual({ ok: true, value: 34 });
    expect(parseField('intensity', '0')).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['age', '', 'Enter your age'],
    ['age', 'thirty', 'Enter your age as a whole number from 1 to 120, like 34'],
    ['age', '121', 'Enter your age as a whole number from 1 to 120, like 34'],
    ['intensity', '11', 'Enter a whole number from 0 to 10, like 4'],
    ['emergency', [], 'Select any you have, or select "None of these"'],
    ['onset', undefined, 'Select what you were doing when the pain started'],
  ] as const)('%s = %j says "%s"', (id, raw, message) => {
    expect(parseField(id, raw)).toEqual({ ok: false, message });
  });

  it('asks for "None of these" on its own', () => {
    expect(parseField('worse', ['none', 'sitting'])).toEqual({
      ok: false,
      message: expect.stringContaining('on its own'),
    });
  });
});
