// One schema for the self-check's answers, shared by the wizard (per step), the no-JS server action and
// POST /api/triage. Every field is derived from its question in questions.ts: an option added there is valid
// here at once, and no value list is typed twice. zod/mini keeps the wizard's bundle small.
import * as z from 'zod/mini';
import {
  getQuestion,
  legacyValues,
  NONE,
  questionIds,
  questionsById as q,
  type NumberQuestion,
  type Option,
  type QuestionId,
} from './questions';

function whole(question: NumberQuestion) {
  return z.number().check(z.int(), z.minimum(question.min), z.maximum(question.max));
}

/** The values of a question's options, with their literal types (a for-of keeps them; map would not). */
function valuesOf<const O extends readonly Option[]>(options: O): O[number]['value'][] {
  const values: O[number]['value'][] = [];
  for (const option of options) values.push(option.value);
  return values;
}

function oneOf<const O extends readonly Option[]>(question: { options: O }) {
  return z.enum(valuesOf(question.options));
}

/** A checkbox set where "none" must stand alone: ticking it beside a symptom is a contradiction to ask about. */
function setOf<const O extends readonly Option[]>(question: { options: O }) {
  return setOfValues(valuesOf(question.options));
}

function setOfValues<const V extends string>(values: readonly V[]) {
  const all: (V | typeof NONE)[] = [...values, NONE];
  return z
    .array(z.enum(all))
    .check(
      z.refine((list) => !(list.some((v) => v === NONE) && list.length > 1), { message: 'none-not-alone' }),
    );
}

export const fieldSchemas = {
  age: whole(q.age),
  emergency: setOf(q.emergency),
  urgent: setOf(q.urgent),
  // The JSON interface still accepts `about: ["aneurysm"]` (moved to the emergency list in v3); the form does not show it.
  about: setOfValues([...valuesOf(q.about.options), ...legacyValues.about]),
  onset: oneOf(q.onset),
  duration: oneOf(q.duration),
  trend: oneOf(q.trend),
  legPain: oneOf(q.legPain),
  legNumbness: oneOf(q.legNumbness),
  intensity: whole(q.intensity),
  function: oneOf(q.function),
  history: oneOf(q.history),
  worse: setOf(q.worse),
  treatedNoBetter: oneOf(q.treatedNoBetter),
  stiffness: oneOf(q.stiffness),
  onsetBefore45: oneOf(q.onsetBefore45),
  inflammatory: setOf(q.inflammatory),
  worry: oneOf(q.worry),
  avoiding: oneOf(q.avoiding),
  lowMood: oneOf(q.lowMood),
  activity: setOf(q.activity),
  trainingChange: setOf(q.trainingChange),
} satisfies { [K in QuestionId]: z.ZodMiniType };

type Fields = typeof fieldSchemas;
type Optional = Exclude<QuestionId, 'age'>;
// Spec v3: under 16 the check stops after the age, so `emergency` is required only on the way past it (parse.ts).
export const laterQuestions = questionIds.filter((id): id is Optional => id !== 'age');

/**
 * The shape of a set of answers: every value checked against its question, unknown keys refused (a misspelt
 * red flag is never dropped). Which answers are required depends on where the check stops: see parse.ts.
 */
export const answersSchema = z.strictObject({
  age: fieldSchemas.age,
  ...(Object.fromEntries(laterQuestions.map((id) => [id, z.optional(fieldSchemas[id])])) as {
    [K in Optional]: z.ZodMiniOptional<Fields[K]>;
  }),
});

export type Answers = z.infer<typeof answersSchema>;

export interface FieldError {
  field: string;
  message: string;
}

export function missing(id: QuestionId): FieldError {
  return { field: id, message: getQuestion(id).required };
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
  const id = questionIds.find((x) => x === first);
  if (id === undefined) return { field, message: 'Send the answers as a JSON object.' };
  const question = getQuestion(id);
  if (issue.code === 'invalid_type' && issue.input === undefined) return missing(id);
  if (issue.message === 'none-not-alone') {
    return { field: id, message: `Select "${optionNone(id)}" on its own, or untick it` };
  }
  if (question.kind === 'number') return { field: id, message: question.invalid };
  if (issue.code === 'invalid_value') {
    return {
      field,
      message: `${JSON.stringify(issue.input)} is not an answer to this question. ${question.required}.`,
    };
  }
  return {
    field,
    message: question.kind === 'set' ? `${question.required} (a list of answers)` : question.required,
  };
}

function optionNone(id: QuestionId): string {
  const question = getQuestion(id);
  return question.kind === 'set' ? question.noneLabel : 'None of these';
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
  const question = getQuestion(id);
  const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  let value: unknown;
  if (question.kind === 'set') {
    if (values.length === 0) return { ok: false, message: question.required };
    value = values;
  } else {
    const text = (values[0] ?? '').trim();
    if (text === '') return { ok: false, message: question.required };
    value = question.kind === 'number' && /^\d+$/.test(text) ? Number(text) : text;
  }
  const result = fieldSchemas[id].safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? describeIssue({ ...issue, path: [id] }).message : question.required };
}
