// The answers of an unfinished self-check as they travel between two pages: without JavaScript in a sealed
// cookie, from a form post to the page its redirect lands on; with JavaScript in the tab's sessionStorage.
// Both come back as untrusted text, so only question ids holding text or lists of text are kept: a stale or
// edited copy can at worst ask a question again, since the wizard validates every answer on its way.
import { initialWizardState, stateAt, type FormValues, type Place, type WizardState } from './flow';
import { getQuestion, questionIds } from './questions';
import { parseField } from './schema';

/** Longer than any answer the wizard accepts: a typed age that is wrong is still shown back to the reader. */
const MAX_TEXT = 100;

/** The answers in `raw` that have the shape of form values; anything else is left out. */
export function carriedValues(raw: unknown): FormValues {
  const values: FormValues = {};
  if (typeof raw !== 'object' || raw === null) return values;
  const source = raw as Record<string, unknown>;
  for (const id of questionIds) {
    const v = Object.hasOwn(source, id) ? source[id] : undefined;
    if (typeof v === 'string') values[id] = v.slice(0, MAX_TEXT);
    else if (Array.isArray(v) && v.length <= MAX_TEXT && v.every((x) => typeof x === 'string'))
      values[id] = v.map((x: string) => x.slice(0, MAX_TEXT));
  }
  return values;
}

/** The answers a form post sends: one value per question id, every ticked box for a set. */
export function postedValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const id of questionIds) {
    const all = form.getAll(id).filter((v): v is string => typeof v === 'string');
    if (all.length > 0) values[id] = getQuestion(id).kind === 'set' ? all : all[0];
  }
  return carriedValues(values);
}

/** A place as text ("result" or the index), for the sealed token in the no-JS page's address. */
export const placeText = (place: Place): string => String(place);

export function parsePlace(text: string | undefined): Place | undefined {
  if (text === 'result') return text;
  return text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** What the no-JS path carries from a post to the next page: the answers, and the question that failed. */
export interface Carried {
  values: FormValues;
  /** The index of the question whose answer was refused: its page shows the error again. */
  errorAt?: number;
}

/** The answers expire an hour after the last post, even if the browser keeps the cookie (a restored session). */
export const CARRY_TTL_MS = 60 * 60 * 1000;

export function encodeCarried(carried: Carried, now: number): string {
  return JSON.stringify({ v: carried.values, e: carried.errorAt, t: now });
}

export function decodeCarried(text: string | undefined, now: number): Carried | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { v, e, t } = raw as Record<string, unknown>;
  if (typeof t !== 'number' || now - t > CARRY_TTL_MS || t - now > CARRY_TTL_MS) return undefined;
  const errorAt = typeof e === 'number' && Number.isInteger(e) && e >= 0 ? e : undefined;
  return { values: carriedValues(v), ...(errorAt === undefined ? {} : { errorAt }) };
}

/**
 * The page to show for what a post carried and the place in the address: the question there (or the first
 * still to answer), with its error again if that is the question whose answer was refused. Nothing carried
 * (expired, or never posted): the first question.
 */
export function resumeState(carried: Carried | undefined, place: Place | undefined): WizardState {
  if (!carried) return initialWizardState;
  const state = stateAt(carried.values, place ?? 0);
  const id = questionIds[state.index];
  if (state.answers || id === undefined || carried.errorAt !== state.index) return state;
  const parsed = parseField(id, state.values[id]);
  return parsed.ok ? state : { ...state, error: parsed.message };
}
