// The wizard's path through the questions, shared by the JavaScript wizard and the no-JS server action.
// Questions are asked in the spec's order; a ticked emergency or urgent item ends the check at once.
import { NONE, questionIds, type QuestionId } from './questions';
import { parseAnswers, parseField, type Answers, type FormValue } from './schema';

export type FormValues = Partial<Record<QuestionId, FormValue>>;

export const totalQuestions = questionIds.length;

/** Whether the check stops after this step: an emergency or urgent item was ticked on it. */
export function stopsAfter(id: QuestionId, value: FormValue): boolean {
  if (id !== 'emergency' && id !== 'urgent') return false;
  const list = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  return list.some((v) => v !== NONE);
}

/** The answers as the rules need them, from form values (numbers arrive as text). */
export function formToAnswers(values: FormValues, upTo: number = totalQuestions - 1): Answers | undefined {
  const raw: Record<string, unknown> = {};
  for (const id of questionIds.slice(0, upTo + 1)) {
    const parsed = parseField(id, values[id]);
    if (!parsed.ok) return undefined;
    raw[id] = parsed.value;
  }
  // An emergency item ends the check before the urgent list is asked; no urgent item was reported.
  raw.urgent ??= [];
  const result = parseAnswers(raw);
  return result.ok ? result.answers : undefined;
}

export type Step = { kind: 'question'; index: number; error?: string } | { kind: 'result'; answers: Answers };

/**
 * One move of the wizard: validate the current step's answer, then go on, stop at a red flag, finish, or go
 * back (keeping a valid answer on the way back, as the NHS pattern does).
 */
export function move(values: FormValues, index: number, nav: 'continue' | 'back'): Step {
  const current = Math.min(Math.max(Math.trunc(index) || 0, 0), totalQuestions - 1);
  const id = questionIds[current] ?? 'age';
  if (nav === 'back') return { kind: 'question', index: Math.max(current - 1, 0) };
  const parsed = parseField(id, values[id]);
  if (!parsed.ok) return { kind: 'question', index: current, error: parsed.message };
  const last = stopsAfter(id, values[id]) || current === totalQuestions - 1;
  if (!last) return { kind: 'question', index: current + 1 };
  const answers = formToAnswers(values, current);
  // Every earlier step was validated when it was answered; if a tampered body broke one, ask it again.
  if (!answers) return { kind: 'question', index: firstInvalid(values) };
  return { kind: 'result', answers };
}

function firstInvalid(values: FormValues): number {
  const i = questionIds.findIndex((id) => !parseField(id, values[id]).ok);
  return i < 0 ? 0 : i;
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
