// The wizard's path through the questions, shared by the JavaScript wizard and the no-JS server action.
// Questions are asked in the spec's order; an "only when" question only when its condition holds; and the
// check stops as soon as the answers so far give urgent or emergency (the interruption page).
import { isAsked } from './conditions';
import { questionIds, type QuestionId } from './questions';
import { parseAnswers } from './parse';
import { stopsCheck } from './rules';
import { answersSchema, parseField, type Answers, type FormValue } from './schema';

export type FormValues = Partial<Record<QuestionId, FormValue>>;

/** Every question, asked or not (an upper bound: no one path asks them all). */
export const maxQuestions = questionIds.length;

/** The answers so far that are valid, one by one: what the conditions and the numbering need. */
function validSoFar(values: FormValues, before: number = maxQuestions): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const id of questionIds.slice(0, before)) {
    const parsed = parseField(id, values[id]);
    if (parsed.ok && isAsked(id, raw)) raw[id] = parsed.value;
  }
  return raw;
}

function askedAt(values: FormValues, index: number): boolean {
  const id = questionIds[index];
  return id !== undefined && isAsked(id, validSoFar(values, index));
}

/** "Question 5 of 20": this question's place on the reader's path, and the path's length so far. */
export function position(values: FormValues, index: number): { number: number; total: number } {
  const asked = questionIds.map((_, i) => askedAt(values, i));
  return {
    number: asked.slice(0, index + 1).filter(Boolean).length,
    total: asked.filter(Boolean).length,
  };
}

/** The answers as the rules need them, from form values (numbers arrive as text), up to a question. */
export function formToAnswers(values: FormValues, upTo: number = maxQuestions - 1): Answers | undefined {
  const raw: Record<string, unknown> = {};
  for (const id of questionIds.slice(0, upTo + 1)) {
    if (!isAsked(id, raw)) continue;
    const parsed = parseField(id, values[id]);
    if (!parsed.ok) return undefined;
    raw[id] = parsed.value;
  }
  const result = parseAnswers(raw);
  return result.ok ? result.answers : undefined;
}

/** Whether the check stops after this step: the answers up to it give urgent or emergency. */
export function stopsAfter(values: FormValues, index: number): boolean {
  const prefix = answersSchema.safeParse(validSoFar(values, index + 1));
  return prefix.success && stopsCheck(prefix.data);
}

export type Step = { kind: 'question'; index: number; error?: string } | { kind: 'result'; answers: Answers };

const clamp = (index: number) => Math.min(Math.max(Math.trunc(index) || 0, 0), maxQuestions - 1);

/**
 * One move of the wizard: validate the current step's answer, then go on, stop at a red flag, finish, or go
 * back (keeping a valid answer on the way back, as the NHS pattern does).
 */
export function move(values: FormValues, index: number, nav: 'continue' | 'back'): Step {
  const current = clamp(index);
  if (nav === 'back') return { kind: 'question', index: previousIndex(values, current) };
  const id = questionIds[current] ?? 'age';
  const parsed = parseField(id, values[id]);
  if (!parsed.ok) return { kind: 'question', index: current, error: parsed.message };
  // Every earlier step was validated when it was answered; if a tampered body broke one, ask it again.
  const broken = firstInvalid(values);
  if (broken < current) return { kind: 'question', index: broken };
  let next = current + 1;
  while (next < maxQuestions && !askedAt(values, next)) next += 1;
  if (!stopsAfter(values, current) && next < maxQuestions) return { kind: 'question', index: next };
  const answers = formToAnswers(values, current);
  if (!answers) return { kind: 'question', index: broken < maxQuestions ? broken : 0 };
  return { kind: 'result', answers };
}

/** The question before this one on the reader's path (an "only when" question that is not asked is skipped). */
export function previousIndex(values: FormValues, index: number): number {
  let previous = clamp(index) - 1;
  while (previous > 0 && !askedAt(values, previous)) previous -= 1;
  return Math.max(previous, 0);
}

function firstInvalid(values: FormValues): number {
  const i = questionIds.findIndex((id, index) => askedAt(values, index) && !parseField(id, values[id]).ok);
  return i < 0 ? maxQuestions : i;
}

/**
 * The wizard's state between requests when JavaScript is off: the step on screen, the answers so far (they
 * travel back in the form as hidden inputs), the step's error, and the answers once the check is over.
 */
export interface WizardState {
  index: number;
  values: FormValues;
  error?: string;
  answers?: Answers;
}

export const initialWizardState: WizardState = { index: 0, values: {} };

/** Applies one form post to the state: the no-JS twin of what the wizard does in the browser. */
export function applyPost(values: FormValues, index: number, nav: 'continue' | 'back'): WizardState {
  const step = move(values, index, nav);
  if (step.kind === 'result') return { index, values, answers: step.answers };
  return { index: step.index, values, ...(step.error ? { error: step.error } : {}) };
}

/** Where a reader is on their path: a question's index, or the result. */
export type Place = number | 'result';

export const placeOf = (state: WizardState): Place => (state.answers ? 'result' : state.index);

/**
 * The wizard's state at a place, from the answers alone: walks the reader's path from the first question with
 * `move`, so a place the answers no longer reach (an answer changed after going back) settles on the first
 * question still to answer, and a stop comes where the answers give one. Both paths restore a page with it:
 * the no-JS page a redirect or the browser's Back lands on, and the JavaScript wizard after a reload or a
 * Back within the page. Any question, conditional or not, is handled by `move` itself.
 */
export function stateAt(values: FormValues, place: Place): WizardState {
  const target = place === 'result' ? maxQuestions : clamp(place);
  let index = 0;
  while (index < target) {
    const step = move(values, index, 'continue');
    if (step.kind === 'result') return { index, values, answers: step.answers };
    // Unanswered, invalid, or an earlier answer broken: that question is where the reader is.
    if (step.index <= index) return { index: step.index, values };
    index = step.index;
  }
  return { index, values };
}
