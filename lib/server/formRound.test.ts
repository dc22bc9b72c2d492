import { describe, expect, it } from 'vitest';
import { formOf, nextRound } from './formRound';

describe('nextRound', () => {
  it('counts on from a sane previous state and starts clean from anything else', () => {
    expect(nextRound({ round: 3 })).toBe(4);
    for (const bad of [
      null,
      undefined,
      'x',
      7,
      [],
      {},
      { round: '2' },
      { round: -1 },
      { round: 1.5 },
      { round: Infinity },
      { round: 2 ** 60 },
    ])
      expect(nextRound(bad), JSON.stringify(bad)).toBe(1);
  });

  it('reads a form only from FormData', () => {
    const form = new FormData();
    form.set('a', 'b');
    expect(formOf(form)).toBe(form);
    expect([...formOf('a=b').keys()]).toEqual([]);
  });
});
