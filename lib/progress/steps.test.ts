import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { openSteps, sessionsFor, stepState } from './steps';
import type { SessionLog } from './types';

const log = (day: number, ok: boolean): SessionLog => ({
  at: `2026-11-${String(day).padStart(2, '0')}T18:00:00.000Z`,
  activity: 'running',
  step: 0,
  ok,
});

describe('stepState', () => {
  it('starts at the first step', () => {
    expect(stepState([], 3)).toEqual({
      current: 0,
      streak: 0,
      done: false,
      lastFailed: false,
      sessions: 0,
      heldNext: false,
    });
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

  it('never moves on to a step the plan holds: it stays on the last open step', () => {
    const passed = [log(1, true), log(3, true), log(5, true), log(7, true), log(9, true)];
    expect(stepState(passed, 4, 2)).toMatchObject({ current: 1, heldNext: true, done: false });
    expect(stepState(passed.slice(0, 2), 4, 2)).toMatchObject({ current: 1, heldNext: false });
    expect(stepState(passed, 4)).toMatchObject({ current: 2, heldNext: false });
  });
});

describe('openSteps', () => {
  const step = (title: string, held?: string) => ({ title, do: 'Do it.', ...(held ? { held } : {}) });
  it('counts the steps before the first held one', () => {
    const activity = {
      activity: 'running',
      title: 'Running',
      steps: [step('A'), step('B', 'Held.'), step('C', 'Held.')],
    };
    expect(openSteps(activity)).toBe(1);
    expect(openSteps({ ...activity, steps: [step('A'), step('B')] })).toBe(2);
  });
});
