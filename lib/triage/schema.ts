// One schema for the self-check's answers, shared by the wizard (per step), the no-JS server action and
// POST /api/triage. zod/mini keeps the wizard's bundle small; the messages come from the question list.
import * as z from 'zod/mini';
import {
  emergencyItems,
  getQuestion,
  NONE,
  questionIds,
  urgentItems,
  worseItems,
  type QuestionId,
} from './questions';

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

/** A checkbox set where "none" must stand alone: ticking it beside a symptom is a contradiction to ask about. */
function setOf<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum([...values, NONE]))
    .check(z.refine((list) => !(list.includes(NONE) && list.length > 1), { message: 'none-not-alone' }));
}

function whole(min: number, max: number) {
  return z.number().check(z.int(), z.minimum(min), z.maximum(max));
}

export const fieldSchemas = {
  age: whole(1, 120),
  emergency: setOf(emergencyItems),
  urgent: setOf(urgentItems),
  onset: oneOf(['lifting', 'running', 'sport', 'gym-other', 'everyday', 'not-sure']),
  duration: oneOf(['under-1-week', '1-6-weeks', '6-12-weeks', 'over-12-weeks']),
  trend: oneOf(['better', 'same', 'worse']),
  legPain: oneOf(['none', 'above-knee', 'below-knee']),
  legNumbness: oneOf(['yes', 'no', 'not-sure']),
  intensity: whole(0, 10),
  function: oneOf(['normal', 'limited', 'unable']),
  history: oneOf(['first', 'recurrent']),
  worse: setOf(worseItems),
  stiffness: oneOf(['yes', 'no']),
  worry: oneOf(['not-at-all', 'slightly', 'moderately', 'very', 'extremely']),
  avoiding: oneOf(['yes', 'no']),
  lowMood: oneOf(['yes', 'no']),
} satisfies Record<QuestionId, z.ZodMiniType>;

type Fields = typeof fieldSchemas;
const alwaysRequired = ['age', 'emergency', 'urgent'] as const;
type Later = Exclude<QuestionId, (typeof alwaysRequired)[number]>;
export const laterQuestions = questionIds.filter(
  (id): id is Later => !(alwaysRequired as readonly string[]).includes(id),
);

/** True when a red flag is ticked: the check stops there, so the later answers are not needed. */
export function hasRedFlag(a: { emergency?: readonly string[]; urgent?: readonly string[] }): boolean {
  return [...(a.emergency ?? []), ...(a.urgent ?? [])].some((v) => v !== NONE);
}

export const answersSchema = z
  .strictObject({
    age: fieldSchemas.age,
    emergency: fieldSchemas.emergency,
    urgent: fieldSchemas.urgent,
    ...(Object.fromEntries(laterQuestions.map((id) => [id, z.optional(fieldSchemas[id])])) as {
      [K in Later]: z.ZodMiniOptional<Fields[K]>;
    }),
  })
  .check(
    z.superRefine((answers, ctx) => {
      if (hasRedFlag(answers)) return;
      for (const id of laterQuestions) {
        if (answers[id] === undefined)
          ctx.issues.push({ code: 'custom', path: [id], message: 'missing', input: undefined });
      }
    }),
  );

export type Answers = z.infer<typeof answersSchema>;
/** Answers with every question present: what the rules see when no red flag stopped the check. */
export type FullAnswers = Required<Answers>;

export interface FieldError {
  field: string;
  message: string;
}

/** Turns a zod issue into a field name and a kind, specific message for a person or an API client. */
export function describeIssue(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: key, message: `"${key}" is not a question in the self-check. Check the spelling.` };
  }
  // The question is the field: an API client fixes "emergency", not "emergency.0".
  const first = issue.path[0];
  const field = first === undefined ? '(body)' : String(first);
  const id = questionIds.find((q) => q === first);
  if (id === undefined) return { field, message: 'Send the answers as a JSON object.' };
  const q = getQuestion(id);
  if (issue.message === 'missing' || (issue.code === 'invalid_type' && issue.input === undefined)) {
    return { field: id, message: q.required };
  }
  if (issue.message === 'none-not-alone') {
    return { field: id, message: `Select "None of these" on its own, or untick it` };
  }
  if (q.kind === 'number') return { field: id, message: q.invalid };
  if (issue.code === 'invalid_value') {
    return {
      field,
      message: `${JSON.stringify(issue.input)} is not an answer to this question. ${q.required}.`,
    };
  }
  return { field, message: q.kind === 'set' ? `${q.required} (a list of answers)` : q.required };
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

export function parseAnswers(input: unknown): ParseResult {
  const result = answersSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, answers: result.data };
  return { ok: false, errors: result.error.issues.map(describeIssue) };
}

/** What an HTML form sends for one question: a string, or a list for a checkbox set. */
export type FormValue = string | readonly string[] | undefined;

/**
 * Checks one step's form value with the shared field schema, as the wizard (with and without JavaScript)
 * asks it. A person must tick something on a checkbox page, even if it is "None of these".
 */
export function parseField(
  id: QuestionId,
  raw: FormValue,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const q = getQuestion(id);
  const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  let value: unknown;
  if (q.kind === 'set') {
    if (values.length === 0) return { ok: false, message: q.required };
    value = values;
  } else {
    const text = (values[0] ?? '').trim();
    if (text === '') return { ok: false, message: q.required };
    value = q.kind === 'number' && /^\d+$/.test(text) ? Number(text) : text;
  }
  const result = fieldSchemas[id].safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? describeIssue({ ...issue, path: [id] }).message : q.required };
}
