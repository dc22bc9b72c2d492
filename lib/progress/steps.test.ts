import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { sessionsFor, stepState } from './steps';
import type { SessionLog } from './types';

const log = (day: number, ok: boolean): SessionLog => ({
  at: `2026-11-${String(day).padStart(2, '0')}T18:00:00.000Z`,
  activity: 'running',
  step: 0,
  ok,
});

describe('stepState', () => {
  it('starts at the first step', () => {
    expect(stepState([], 3)).toEqual({ current: 0, streak: 0, done: false, lastFailed: false, sessions: 0 });
  });

  it('moves on after two passed sessions in a row, not after one', () => {
    expect(stepState([log(1, true)], 3).current).toBe(0);
    expect(stepState([log(1, true), log(3, true)], 3)).toMatchObject({ current: 1, streak: 0 });
  });

  it('a failed session resets the count and keeps the step', () => {
    const state = stepState([log(1, true), log(3, false), log(5, true)], 3);
    expect(state).toMatchObject({ current: 0, streak: 1, lastFailed: false, sessions: 3 });
    expect(stepState([log(1, true), log(3, false)], 3).lastFailed).toBe(true);
  });

  it('replays in logged order and marks the return done after the last step', () => {
    const logs = [log(9, true), log(7, true), log(5, true), log(3, true), log(1, true), log(11, true)];
    expect(stepState(logs, 3)).toMatchObject({ current: 2, done: true });
  });

  it('reads the eight-week fixture', () => {
    const running = sessionsFor(fixtures.eightWeeks.sessions, 'running');
    expect(stepState(running, 3)).toMatchObject({ current: 1, streak: 1, sessions: 4 });
  });
});
