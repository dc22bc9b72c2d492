// Where the reader is in each activity's return steps. The plan's rule: move on after two sessions in a
// row where the pain stayed acceptable during the session and was no worse the next morning; a session
// that fails the check keeps the reader on the step (they may also choose to go back one). A step the plan
// holds (it, or a step before it, loads a movement that makes the pain worse) is never moved on to.
import type { SessionLog, TrackedActivity } from './types';

export const SESSIONS_TO_MOVE_ON = 2;

export interface StepState {
  /** Index of the step to do now. */
  current: number;
  /** Passed sessions in a row at the current step. */
  streak: number;
  /** The last step was passed twice in a row: the return is complete. */
  done: boolean;
  /** The latest session failed the check. */
  lastFailed: boolean;
  sessions: number;
  /** The current step is passed, but the next one is held by the plan: stay here. */
  heldNext: boolean;
}

/** How many steps, from the first, the plan leaves open: the steps before its first held one. */
export function openSteps(activity: TrackedActivity): number {
  const held = activity.steps.findIndex((step) => step.held);
  return held === -1 ? activity.steps.length : held;
}

/** Replays one activity's sessions in the order they were logged, moving on no further than `open` steps. */
export function stepState(
  logs: readonly SessionLog[],
  stepCount: number,
  open: number = stepCount,
): StepState {
  const state: StepState = {
    current: 0,
    streak: 0,
    done: false,
    lastFailed: false,
    sessions: 0,
    heldNext: false,
  };
  const sorted = [...logs].sort((a, b) => a.at.localeCompare(b.at));
  for (const log of sorted) {
    state.sessions += 1;
    state.lastFailed = !log.ok;
    if (!log.ok) {
      state.streak = 0;
      continue;
    }
    state.streak += 1;
    if (state.streak < SESSIONS_TO_MOVE_ON) continue;
    if (state.current >= stepCount - 1) state.done = true;
    else if (state.current + 1 >= open) {
      state.heldNext = true;
      state.streak = SESSIONS_TO_MOVE_ON;
    } else {
      state.current += 1;
      state.streak = 0;
    }
  }
  return state;
}

/** The sessions of one activity. */
export function sessionsFor(logs: readonly SessionLog[], activity: string): SessionLog[] {
  return logs.filter((log) => log.activity === activity);
}
