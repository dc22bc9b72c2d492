// Between react-hook-form's values and the wizard's form values (lib/triage/flow). react-hook-form reports an
// untouched checkbox group as false and a radio group as null: both mean no answer.
import type { FormValues } from '@/lib/triage/flow';
import { getQuestion, questionIds } from '@/lib/triage/questions';

export type Values = Record<string, string | string[] | undefined>;

export const list = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function toFormValues(values: Values): FormValues {
  const out: FormValues = {};
  for (const qid of questionIds) {
    const v = values[qid];
    out[qid] = getQuestion(qid).kind === 'set' ? list(v) : typeof v === 'string' ? v : undefined;
  }
  return out;
}

export function toValues(values: FormValues): Values {
  return Object.fromEntries(
    questionIds.map((qid) => [
      qid,
      typeof values[qid] === 'string' ? values[qid] : values[qid] && list(values[qid]),
    ]),
  );
}
