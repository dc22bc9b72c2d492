import { describe, expect, it } from 'vitest';
import { move, stopsAfter, totalQuestions } from './flow';
import { questionIds } from './questions';

describe('wizard flow', () => {
  it('has 16 questions in the spec order', () => {
    expect(totalQuestions).toBe(16);
    expect(questionIds[0]).toBe('age');
    expect(questionIds.at(-1)).toBe('lowMood');
  });

  it('goes on after a valid answer and stays with an error after a bad one', () => {
    expect(move({ age: '40' }, 0, 'continue')).toEqual({ kind: 'question', index: 1 });
    expect(move({ age: '' }, 0, 'continue')).toEqual({ kind: 'question', index: 0, error: 'Enter your age' });
  });

  it('stops at once on an emergency item (shortest path: 2 questions)', () => {
    const step = move({ age: '40', emergency: ['bladder'] }, 1, 'continue');
    expect(step).toMatchObject({ kind: 'result', answers: { age: 40, emergency: ['bladder'], urgent: [] } });
  });

  it('stops at once on an urgent item', () => {
    expect(move({ age: '40', emergency: ['none'], urgent: ['fever'] }, 2, 'continue')).toMatchObject({
      kind: 'result',
    });
    expect(stopsAfter('urgent', ['none'])).toBe(false);
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
    expect(move({}, 99, 'back')).toEqual({ kind: 'question', index: 14 });
  });
});
