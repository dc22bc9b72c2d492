// fast-check generators derived from the questions, shared by the property tests: any answer set the schema
// accepts, with or without the "only when" answers.
import fc from 'fast-check';
import { NONE, questionIds, questionsById, type Question } from './questions';
import { answersSchema, type Answers } from './schema';

function answerOf(q: Question): fc.Arbitrary<unknown> {
  if (q.kind === 'number') return fc.integer({ min: q.min, max: q.max });
  const values = q.options.map((o) => o.value);
  if (q.kind === 'choice') return fc.constantFrom(...values);
  // A set: some items, or "none" on its own, or nothing (the same as "none", except for worse).
  return fc.oneof(fc.subarray(values, { minLength: 1 }), fc.constant([NONE]), fc.constant([]));
}

export const anyAnswers: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(questionIds.map((id) => [id, answerOf(questionsById[id])])), {
    requiredKeys: ['age', 'emergency', 'urgent', 'worse'],
  })
  .map((raw) => answersSchema.parse(raw));
