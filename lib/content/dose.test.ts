import { describe, expect, it } from 'vitest';
import { doseProblems, doseText } from './dose';

describe('doseText', () => {
  it.each([
    [{ sets: 2, reps: '8-12', frequency: 'Daily' }, '2 sets of 8-12 reps'],
    [{ sets: 1, reps: '10', frequency: 'Daily' }, '1 set of 10 reps'],
    [{ sets: 2, reps: '5-8 slow cycles', frequency: 'Daily' }, '2 sets of 5-8 slow cycles'],
    [
      { sets: 2, reps: '5-6 each side', hold: '5-10 seconds', frequency: 'Daily' },
      '2 sets of 5-6 reps each side, hold 5-10 seconds',
    ],
    [
      { sets: 3, hold: '20-30 seconds each side', frequency: 'Daily' },
      '3 sets, hold 20-30 seconds each side',
    ],
  ])('%o reads "%s"', (dose, expected) => {
    expect(doseText(dose)).toBe(expected);
    expect(doseProblems(dose)).toEqual([]);
  });
});

describe('doseProblems', () => {
  it('refuses the word reps inside reps, which would double it', () => {
    expect(doseProblems({ sets: 2, reps: '8-12 reps', frequency: 'Daily' })).toEqual([
      'reps: write only the count ("8-12"), not the word "reps" ("8-12 reps")',
    ]);
  });

  it('refuses a unit said twice', () => {
    expect(doseProblems({ sets: 2, reps: '30 seconds', hold: '5 seconds', frequency: 'Daily' })).toEqual([
      'the dose line "2 sets of 30 seconds, hold 5 seconds" says "seconds" 2 times',
    ]);
  });
});
