// Reads a full set of answers (POST /api/triage, and the wizard's last step): every value checked against
// its question, then the path walked in the spec's order to find what is required. A question is required
// when it is asked (its "only when" condition holds) and the check has not stopped before it; a valid answer
// to a question that is not asked is ignored; answers past a stop are kept, so they can add reasons.
import { conditionalIds, isAsked } from './conditions';
import { questionIds } from './questions';
import { stopsCheck } from './rules';
import { answersSchema, describeIssue, missing, type Answers, type FieldError } from './schema';

export type ParseResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/** Drops what the rules must not see: a conditional answer whose condition does not hold, and `worse: []`. */
export function applicableAnswers(answers: Answers): Answers {
  const out: Answers = { ...answers };
  // For `worse`, [] is a missing answer, not "nothing makes it worse" (the spec).
  if (out.worse?.length === 0) delete out.worse;
  for (const id of conditionalIds) if (!isAsked(id, out)) delete out[id];
  return out;
}

/** The required answers that are missing, in the order the check asks them. */
export function missingAnswers(answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const sofar: Record<string, unknown> = {};
  for (const id of questionIds) {
    if (!isAsked(id, answers)) continue;
    const value = answers[id];
    if (value === undefined) errors.push(missing(id));
    else sofar[id] = value;
    const prefix = answersSchema.safeParse(sofar);
    if (prefix.success && stopsCheck(prefix.data)) break;
  }
  return errors;
}

export function parseAnswers(input: unknown): ParseResult {
  const result = answersSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.map(describeIssue) };
  const answers = applicableAnswers(result.data);
  const errors = missingAnswers(answers);
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}
