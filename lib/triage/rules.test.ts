import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfCare, withAnswers } from './fixtures';
import { emergencyItems, urgentItems, worseItems } from './questions';
import { outcomeRank, triage } from './rules';
import { answersSchema, type Answers } from './schema';

const codes = (a: Answers) => triage(a).reasons.map((r) => r.code);

describe('triage rules', () => {
  it('gives self-care with no reasons when nothing fires', () => {
    expect(triage(selfCare)).toEqual({ outcome: 'self-care', reasons: [] });
  });

  it.each(emergencyItems)('emergency item %s gives emergency', (item) => {
    const result = triage({ age: 40, emergency: [item], urgent: [] });
    expect(result.outcome).toBe('emergency');
    expect(result.reasons[0]).toEqual({ code: `emergency:${item}`, text: expect.any(String) });
  });

  it.each(urgentItems)('urgent item %s gives urgent', (item) => {
    const result = triage({ age: 40, emergency: ['none'], urgent: [item] });
    expect(result).toMatchObject({ outcome: 'urgent', reasons: [{ code: `urgent:${item}` }] });
  });

  it('lists every reason that fired, most severe first', () => {
    const result = triage(
      withAnswers({ emergency: ['bowel', 'chest-pain'], urgent: ['fever'], age: 12, intensity: 9 }),
    );
    expect(result.reasons.map((r) => r.code)).toEqual([
      'emergency:bowel',
      'emergency:chest-pain',
      'urgent:fever',
      'doctor:under-16',
      'assessment:severe-pain',
    ]);
    expect(result.reasons.every((r) => r.text.length > 20)).toBe(true);
  });

  it.each([
    [15, 'doctor'],
    [16, 'self-care'],
  ] as const)('age %i gives %s (under-16 boundary)', (age, outcome) => {
    expect(triage(withAnswers({ age })).outcome).toBe(outcome);
  });

  it.each([
    [44, 'over-12-weeks', 'yes', true],
    [45, 'over-12-weeks', 'yes', false],
    [30, '6-12-weeks', 'yes', false],
    [30, 'over-12-weeks', 'no', false],
  ] as const)('inflammatory: age %i, %s, stiffness %s fires: %s', (age, duration, stiffness, fires) => {
    const result = triage(withAnswers({ age, duration, stiffness }));
    expect(codes(withAnswers({ age, duration, stiffness })).includes('doctor:inflammatory')).toBe(fires);
    expect(result.outcome).toBe(fires ? 'doctor' : 'assessment');
  });

  it.each([
    [49, 'first', false],
    [50, 'first', true],
    [70, 'recurrent', false],
  ] as const)('first-over-50: age %i, %s fires: %s', (age, history, fires) => {
    expect(codes(withAnswers({ age, history })).includes('assessment:first-over-50')).toBe(fires);
  });

  it.each([
    [7, 'self-care'],
    [8, 'assessment'],
    [10, 'assessment'],
    [0, 'self-care'],
  ] as const)('intensity %i gives %s', (intensity, outcome) => {
    expect(triage(withAnswers({ intensity })).outcome).toBe(outcome);
  });

  it.each([
    ['under-1-week', 'better', []],
    ['under-1-week', 'worse', []],
    ['1-6-weeks', 'same', []],
    ['1-6-weeks', 'worse', ['assessment:getting-worse']],
    ['6-12-weeks', 'better', ['assessment:not-settling']],
    ['6-12-weeks', 'worse', ['assessment:not-settling', 'assessment:getting-worse']],
    ['over-12-weeks', 'same', ['assessment:not-settling']],
  ] as const)('duration %s, trend %s fires %j', (duration, trend, expected) => {
    expect(codes(withAnswers({ duration, trend }))).toEqual(expected);
  });

  it.each([
    [{ legPain: 'below-knee' }, 'assessment:leg-below-knee'],
    [{ legNumbness: 'yes' }, 'assessment:leg-numbness'],
    [{ legNumbness: 'not-sure' }, 'assessment:leg-numbness'],
    [{ function: 'unable' }, 'assessment:function'],
    [{ worry: 'very' }, 'assessment:distress'],
    [{ worry: 'extremely' }, 'assessment:distress'],
    [{ avoiding: 'yes' }, 'assessment:distress'],
    [{ lowMood: 'yes' }, 'assessment:distress'],
  ] as const)('%j fires %s', (change, code) => {
    expect(triage(withAnswers(change))).toMatchObject({ outcome: 'assessment', reasons: [{ code }] });
  });

  it.each([
    { legPain: 'above-knee' },
    { legNumbness: 'no' },
    { function: 'normal' },
    { worry: 'moderately' },
    { worry: 'not-at-all' },
  ] as const)('%j alone keeps self-care', (change) => {
    expect(triage(withAnswers(change)).outcome).toBe('self-care');
  });
});

// Random, schema-valid answers: the properties must hold for all of them.
const validAnswers = fc
  .record({
    age: fc.integer({ min: 1, max: 120 }),
    emergency: fc.subarray([...emergencyItems]),
    urgent: fc.subarray([...urgentItems]),
    onset: fc.constantFrom('lifting', 'running', 'sport', 'gym-other', 'everyday', 'not-sure'),
    duration: fc.constantFrom('under-1-week', '1-6-weeks', '6-12-weeks', 'over-12-weeks'),
    trend: fc.constantFrom('better', 'same', 'worse'),
    legPain: fc.constantFrom('none', 'above-knee', 'below-knee'),
    legNumbness: fc.constantFrom('yes', 'no', 'not-sure'),
    intensity: fc.integer({ min: 0, max: 10 }),
    function: fc.constantFrom('normal', 'limited', 'unable'),
    history: fc.constantFrom('first', 'recurrent'),
    worse: fc.subarray([...worseItems]),
    stiffness: fc.constantFrom('yes', 'no'),
    worry: fc.constantFrom('not-at-all', 'slightly', 'moderately', 'very', 'extremely'),
    avoiding: fc.constantFrom('yes', 'no'),
    lowMood: fc.constantFrom('yes', 'no'),
  })
  .map((a) => answersSchema.parse(a));

describe('triage properties', () => {
  it('any emergency item gives emergency, whatever else is answered', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...emergencyItems), (answers, item) => {
        const emergency = [...new Set([...answers.emergency, item])];
        expect(triage({ ...answers, emergency }).outcome).toBe('emergency');
      }),
    );
  });

  it('adding a red flag never lowers the outcome', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...emergencyItems, ...urgentItems), (answers, flag) => {
        const isEmergency = (emergencyItems as readonly string[]).includes(flag);
        const more = isEmergency
          ? { ...answers, emergency: [...new Set([...answers.emergency, flag])] }
          : { ...answers, urgent: [...new Set([...answers.urgent, flag])] };
        const after = triage(answersSchema.parse(more));
        expect(outcomeRank(after.outcome)).toBeLessThanOrEqual(outcomeRank(triage(answers).outcome));
        expect(outcomeRank(after.outcome)).toBeLessThanOrEqual(
          outcomeRank(isEmergency ? 'emergency' : 'urgent'),
        );
      }),
    );
  });

  it('adding a worse answer (or trend worse) never lowers the outcome', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...worseItems), (answers, item) => {
        const before = outcomeRank(triage(answers).outcome);
        const moreWorse = { ...answers, worse: [...new Set([...(answers.worse ?? []), item])] };
        expect(outcomeRank(triage(moreWorse).outcome)).toBeLessThanOrEqual(before);
        expect(outcomeRank(triage({ ...answers, trend: 'worse' }).outcome)).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('reasons always agree with the outcome', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const { outcome, reasons } = triage(answers);
        if (reasons.length === 0) expect(outcome).toBe('self-care');
        else expect(reasons[0]?.code.startsWith(`${outcome}:`)).toBe(true);
      }),
    );
  });
});
