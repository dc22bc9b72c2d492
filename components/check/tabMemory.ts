// What the JavaScript wizard keeps in the browser tab: the answers in sessionStorage (gone when the tab
// closes, never sent anywhere, never in the address) and each step's place in its history entry. Kept until
// the reader starts again, not cleared when the result shows: a reload of the result must show the same
// result, and Back from it must return to the last question with its answer to change.
import { carriedValues } from '@/lib/triage/carry';
import type { FormValues, Place } from '@/lib/triage/flow';

const KEY = 'backwise-check';

export function keptAnswers(): FormValues {
  try {
    return carriedValues(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null'));
  } catch {
    return {}; // storage blocked, or not ours: start without
  }
}

export function keepAnswers(values: FormValues): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(values));
  } catch {
    // Storage blocked (some private modes): the check still works, a reload just starts it again.
  }
}

export function forgetAnswers(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

/** The wizard's place in a history entry's state (Next.js adds its own keys beside it). */
export function placeIn(state: unknown): Place | undefined {
  if (typeof state !== 'object' || state === null || !('check' in state)) return undefined;
  const place = state.check;
  return place === 'result' || (typeof place === 'number' && Number.isInteger(place) && place >= 0)
    ? place
    : undefined;
}
