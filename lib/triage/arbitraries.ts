// fast-check generators derived from the questions, shared by the property tests: any answer set the schema
// accepts, with or without the "only when" answers.
import fc from 'fast-check';
import { NONE, questionIds, questionsById, type Question } from './questions';
import { answersSchema, type Answers } from './schema';

// The rules' thresholds and their neighbours, drawn often: a property should meet every boundary.
const boundaries: Partial<Record<string, number[]>> = {
  age: [15, 16, 19, 20, 44, 45, 49, 50, 64, 65, 69, 70],
  intensity: [6, 7, 8],
};

function answerOf(q: Question): fc.Arbitrary<unknown> {
  if (q.kind === 'number') {
    const any = fc.integer({ min: q.min, max: q.max });
    const near = boundaries[q.id];
    return near ? fc.oneof(any, fc.constantFrom(...near)) : any;
  }
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

// Values version 3 added (spec triage.md, the "(v3)" marks): a version 2 client never sent them.
const v3Only: Partial<Record<string, readonly string[]>> = {
  emergency: ['blood-thinner', 'dark-urine', 'collapse', 'aneurysm'],
  urgent: ['tummy', 'fast-worse'],
  worse: ['hopping'],
};
const withoutV3 = (id: string, list: readonly string[] | undefined) =>
  list?.filter((v) => !(v3Only[id] ?? []).includes(v));

/**
 * Any answer set a version 2 client could send: no v3 item, value or question, and `aneurysm` (when drawn)
 * where version 2 had it, under `about`.
 */
export const anyV2Answers = fc.tuple(anyAnswers, fc.boolean()).map(([a, aneurysm]) => {
  const about = withoutV3('about', a.about)?.filter((v) => v !== NONE) ?? [];
  if (aneurysm) about.push('aneurysm');
  const v2 = {
    ...a,
    emergency: withoutV3('emergency', a.emergency) ?? [],
    urgent: withoutV3('urgent', a.urgent),
    about: a.about === undefined && !aneurysm ? undefined : about,
    worse: withoutV3('worse', a.worse),
  };
  // treatedNoBetter is a v3 question: the property answers it itself.
  delete v2.treatedNoBetter;
  return v2;
});
