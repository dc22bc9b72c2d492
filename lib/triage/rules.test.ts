import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyAnswers, anyV2Answers } from './arbitraries';
import { selfCare, withAnswers } from './fixtures';
import { emergencyItems, urgentItems } from './questions';
import { instructionsFor, outcomeRank, rules, stopsCheck, triage } from './rules';
import { conditionOf } from './ruleConditions';
import { triageV1, type V1Answers } from './rulesV1.oracle';
import { triageV2 } from './rulesV2.oracle';
import { answersSchema, type Answers } from './schema';

const codes = (a: Answers) => triage(a).reasons.map((r) => r.code);
const fires = (a: Answers, code: string) => codes(a).includes(code);

describe('triage rules', () => {
  it('gives self-care with no reasons when nothing fires', () => {
    expect(triage(selfCare)).toEqual({ outcome: 'self-care', reasons: [] });
  });

  it('has one rule per code, each with its words and source', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const r of rules) {
      expect(conditionOf(r.code)?.length).toBeGreaterThan(15);
      expect(r.text.length).toBeGreaterThan(20);
    }
  });

  it.each(emergencyItems)('emergency item %s gives emergency', (item) => {
    const result = triage({ age: 40, emergency: [item] });
    expect(result.outcome).toBe('emergency');
    expect(result.reasons[0]).toEqual({
      code: `emergency:${item}`,
      text: expect.any(String),
      source: expect.any(String),
    });
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
  });

  it.each([
    [15, 'doctor'],
    [16, 'self-care'],
  ] as const)('age %i gives %s (under-16 boundary)', (age, outcome) => {
    expect(triage(withAnswers({ age })).outcome).toBe(outcome);
  });

  it.each([
    [16, true],
    [19, true],
    [20, false],
  ] as const)('young athlete: age %i, running, 1-6 weeks fires: %s', (age, fired) => {
    expect(fires(withAnswers({ age, duration: '1-6-weeks' }), 'assessment:young-athlete')).toBe(fired);
  });

  it('young athlete: not in the first week, nor after an everyday start or a fall', () => {
    expect(fires(withAnswers({ age: 17 }), 'assessment:young-athlete')).toBe(false);
    for (const onset of ['everyday', 'fall', 'not-sure'] as const)
      expect(fires(withAnswers({ age: 17, onset, duration: '1-6-weeks' }), 'assessment:young-athlete')).toBe(
        false,
      );
    for (const onset of ['lifting', 'sport', 'gym-other'] as const)
      expect(fires(withAnswers({ age: 17, onset, duration: '1-6-weeks' }), 'assessment:young-athlete')).toBe(
        true,
      );
  });

  it.each([
    [44, undefined, 'yes', undefined, true],
    [45, undefined, 'yes', undefined, false],
    [45, 'yes', 'yes', undefined, true],
    [45, 'no', 'yes', undefined, false],
    [30, undefined, 'no', ['night-waking', 'buttock-pain'], true],
    [30, undefined, 'no', ['night-waking'], false],
    [30, undefined, 'no', ['none'], false],
    [45, 'yes', 'no', ['family', 'joints-heels'], true],
  ] as const)(
    'inflammatory: age %i, onsetBefore45 %s, stiffness %s, items %j fires: %s',
    (age, onsetBefore45, stiffness, inflammatory, fired) => {
      const a = withAnswers({
        age,
        duration: 'over-12-weeks',
        stiffness,
        ...(onsetBefore45 ? { onsetBefore45 } : {}),
        ...(inflammatory ? { inflammatory } : {}),
      });
      expect(fires(a, 'doctor:inflammatory')).toBe(fired);
      expect(triage(a).outcome).toBe(fired ? 'doctor' : 'assessment');
    },
  );

  it('inflammatory needs more than 12 weeks', () => {
    expect(
      fires(withAnswers({ age: 30, duration: '6-12-weeks', stiffness: 'yes' }), 'doctor:inflammatory'),
    ).toBe(false);
  });

  it.each([
    [49, 'first', false],
    [50, 'first', true],
    [70, 'recurrent', false],
  ] as const)('first-over-50: age %i, %s fires: %s', (age, history, fired) => {
    expect(fires(withAnswers({ age, history }), 'assessment:first-over-50')).toBe(fired);
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
    [{ about: ['pregnant'] }, 'assessment:pregnancy'],
  ] as const)('%j fires %s', (change, code) => {
    expect(triage(withAnswers(change))).toMatchObject({ outcome: 'assessment', reasons: [{ code }] });
  });

  it.each([
    { legPain: 'above-knee' },
    { legNumbness: 'no' },
    { function: 'normal' },
    { worry: 'moderately' },
    { worry: 'not-at-all' },
    { activity: ['running', 'weights'] },
    { trainingChange: ['more', 'new'] },
    { worse: ['other', 'twisting', 'coughing-sneezing', 'getting-up', 'running'] },
  ] as const)('%j alone keeps self-care', (change) => {
    expect(triage(withAnswers(change)).outcome).toBe('self-care');
  });
});

describe('v2 urgent rules', () => {
  it.each([
    [69, [], 'lifting', false],
    [70, [], 'lifting', true],
    [70, [], 'fall', true],
    [70, [], 'running', false],
    [40, ['bone-weakness'], 'fall', true],
    [40, ['bone-weakness'], 'everyday', false],
  ] as const)('fracture risk computed: age %i, about %j, onset %s: %s', (age, about, onset, fired) => {
    expect(fires(withAnswers({ age, about, onset }), 'urgent:fracture-risk')).toBe(fired);
  });

  it('fracture risk ticked and computed gives one reason, not two', () => {
    const a = withAnswers({ age: 75, urgent: ['fracture-risk'], onset: 'fall' });
    expect(codes(a).filter((c) => c === 'urgent:fracture-risk')).toHaveLength(1);
  });

  it.each([
    [49, 'first', ['none'], false],
    [50, 'first', ['none'], true],
    [50, 'recurrent', ['none'], false],
    [50, 'first', ['sitting'], false],
  ] as const)('non-mechanical-new: age %i, %s, worse %j: %s', (age, history, worse, fired) => {
    expect(fires(withAnswers({ age, history, worse }), 'urgent:non-mechanical-new')).toBe(fired);
  });

  it('gives the own instructions, pregnancy first', () => {
    const { reasons } = triage({
      age: 30,
      emergency: [],
      urgent: ['recent-procedure', 'pregnancy-warning', 'fever'],
    });
    expect(instructionsFor(reasons).map((i) => i.code)).toEqual([
      'urgent:pregnancy-warning',
      'urgent:recent-procedure',
    ]);
    expect(instructionsFor(reasons)[0]?.text).toMatch(/midwife or maternity unit now/);
    expect(instructionsFor(reasons)[1]?.text).toMatch(/team that did your procedure today, or a doctor/);
  });
});

describe('v2 doctor rules', () => {
  it.each([
    [{ age: 64, onset: 'fall' }, false],
    [{ age: 65, onset: 'fall' }, true],
    [{ age: 49, onset: 'fall', intensity: 7 }, false],
    [{ age: 50, onset: 'fall', intensity: 6 }, false],
    [{ age: 50, onset: 'fall', intensity: 7 }, true],
    [{ age: 50, onset: 'fall', function: 'unable' }, true],
    [{ age: 50, onset: 'fall', trend: 'worse' }, true],
    [{ age: 69, onset: 'everyday', history: 'first' }, false],
    [{ age: 70, onset: 'everyday', history: 'first' }, true],
    [{ age: 70, onset: 'everyday', history: 'recurrent' }, false],
    [{ age: 30, about: ['bone-weakness'], onset: 'running', history: 'first' }, true],
  ] as const)('possible fracture %j: %s', (change, fired) => {
    const a = withAnswers(change);
    expect(fires(a, 'doctor:possible-fracture')).toBe(fired);
  });

  it.each([
    [30, 'under-1-week', 'worse', false],
    [30, '1-6-weeks', 'worse', true],
    [30, '1-6-weeks', 'same', false],
    [49, '1-6-weeks', 'same', false],
    [50, '1-6-weeks', 'same', true],
  ] as const)('non-mechanical: age %i, %s, trend %s: %s', (age, duration, trend, fired) => {
    expect(fires(withAnswers({ age, duration, trend, worse: ['none'] }), 'doctor:non-mechanical')).toBe(
      fired,
    );
  });

  it.each([
    [['low-energy'], 'running', ['none'], true],
    [['low-energy'], 'everyday', ['running'], true],
    [['low-energy'], 'everyday', ['cycling'], false],
    [['stress-fracture'], 'sport', ['none'], true],
    [['stress-fracture'], 'everyday', ['running'], false],
  ] as const)('bone stress: about %j, onset %s, activity %j: %s', (about, onset, activity, fired) => {
    const a = withAnswers({ about, onset, activity });
    expect(fires(a, 'doctor:bone-stress')).toBe(fired);
  });
});

describe('v3 items and rules', () => {
  it.each(['blood-thinner', 'dark-urine', 'collapse', 'aneurysm'] as const)(
    'emergency item %s alone gives emergency, with its own reason and source',
    (item) => {
      const { outcome, reasons } = triage({ age: 40, emergency: [item] });
      expect(outcome).toBe('emergency');
      expect(reasons).toEqual([
        { code: `emergency:${item}`, text: expect.any(String), source: expect.any(String) },
      ]);
    },
  );

  it.each(['tummy', 'fast-worse'] as const)('urgent item %s alone gives urgent', (item) => {
    expect(triage({ age: 40, emergency: ['none'], urgent: [item] })).toMatchObject({
      outcome: 'urgent',
      reasons: [{ code: `urgent:${item}` }],
    });
  });

  it('the aneurysm gives emergency:aneurysm from the emergency list and, for old clients, from about', () => {
    const viaEmergency = triage({ age: 60, emergency: ['aneurysm'] });
    const viaAbout = triage({ age: 60, emergency: [], urgent: [], about: ['aneurysm'] });
    expect(viaEmergency).toMatchObject({ outcome: 'emergency', reasons: [{ code: 'emergency:aneurysm' }] });
    expect(viaAbout).toEqual(viaEmergency);
    expect(codes(withAnswers({ about: ['aneurysm'], emergency: ['aneurysm'] }))).toEqual([
      'emergency:aneurysm',
    ]);
    expect(rules.some((r) => r.code === 'urgent:aneurysm')).toBe(false);
  });

  it.each([
    [{ age: 64, trend: 'worse', duration: '1-6-weeks' }, false],
    [{ age: 65, trend: 'worse', duration: '1-6-weeks' }, true],
    [{ age: 65, trend: 'worse', duration: 'under-1-week' }, false],
    [{ age: 65, trend: 'same', duration: '6-12-weeks' }, false],
    [{ age: 80, trend: 'worse', duration: 'over-12-weeks', onset: 'everyday', history: 'recurrent' }, true],
  ] as const)('possible fracture, wider (v3) %j: %s', (change, fired) => {
    const a = withAnswers({ onset: 'everyday', ...change });
    expect(fires(a, 'doctor:possible-fracture')).toBe(fired);
    if (fired) expect(triage(a).outcome).toBe('doctor');
  });

  it.each([
    ['running', ['none'], true],
    ['sport', ['none'], true],
    ['everyday', ['running'], true],
    ['everyday', ['team-sport'], true],
    ['lifting', ['cycling', 'weights'], false],
    ['everyday', ['none'], false],
  ] as const)('bone stress, hopping hurts (v3): onset %s, activity %j: %s', (onset, activity, fired) => {
    const hopping = withAnswers({ onset, activity, worse: ['hopping'] });
    expect(fires(hopping, 'doctor:bone-stress')).toBe(fired);
    expect(triage(hopping).outcome).toBe(fired ? 'doctor' : 'self-care');
    expect(fires(withAnswers({ onset, activity, worse: ['sitting'] }), 'doctor:bone-stress')).toBe(false);
  });

  it.each([
    // treatedNoBetter, trend, intensity, age, fires
    ['yes', 'same', 7, 30, true],
    ['yes', 'same', 6, 30, false],
    ['yes', 'same', 6, 49, false],
    ['yes', 'same', 6, 50, true],
    ['yes', 'worse', 3, 50, true],
    ['yes', 'better', 9, 70, false],
    ['no', 'same', 9, 70, false],
  ] as const)(
    'not improving (v3): treated %s, trend %s, intensity %i, age %i: %s',
    (t, trend, intensity, age, fired) => {
      const a = withAnswers({ treatedNoBetter: t, trend, intensity, age, duration: '1-6-weeks' });
      expect(fires(a, 'doctor:not-improving')).toBe(fired);
    },
  );

  it('not improving alone gives doctor', () => {
    const a = withAnswers({ treatedNoBetter: 'yes', trend: 'same', intensity: 7, duration: '1-6-weeks' });
    expect(triage(a)).toMatchObject({ outcome: 'doctor', reasons: [{ code: 'doctor:not-improving' }] });
  });

  it.each([
    ['above-knee', 'running', ['none'], '1-6-weeks', true],
    ['above-knee', 'everyday', ['running'], '1-6-weeks', true],
    ['above-knee', 'running', ['none'], 'under-1-week', false],
    ['above-knee', 'everyday', ['cycling'], '1-6-weeks', false],
    ['above-knee', 'sport', ['cycling'], '1-6-weeks', false],
    ['none', 'running', ['running'], '1-6-weeks', false],
  ] as const)(
    'runner hip (v3): leg %s, onset %s, activity %j, %s: %s',
    (legPain, onset, activity, duration, fired) => {
      const a = withAnswers({ legPain, onset, activity, duration, age: 30 });
      expect(fires(a, 'assessment:runner-hip')).toBe(fired);
      expect(triage(a).outcome).toBe(fired ? 'assessment' : 'self-care');
    },
  );

  it.each([
    [15, true],
    [16, false],
  ] as const)('age %i stops the check after the age (under-16, v3): %s', (age, stops) => {
    expect(stopsCheck({ age })).toBe(stops);
  });

  it('cites the new sources beside the new rules', () => {
    const source = (code: string) => rules.find((r) => r.code === code);
    expect(triage({ age: 40, emergency: ['dark-urine'] }).reasons[0]?.source).toBe('NHS: rhabdomyolysis');
    expect(triage(withAnswers({ legPain: 'above-knee', duration: '1-6-weeks' })).reasons[0]?.source).toMatch(
      /Warden et al\. 2014.*Hoenig et al\. 2022/,
    );
    expect(source('urgent:immune')?.also).toEqual(['nhsTb']);
  });
});

// The version 1 questions, as a v1 client would have sent them.
const v1Answers: fc.Arbitrary<V1Answers> = anyAnswers.map((a) => ({
  age: a.age,
  emergency: (a.emergency ?? []).filter((v) =>
    ['saddle-numbness', 'bladder', 'bowel', 'sexual-function', 'both-legs', 'worsening-weakness'].includes(v),
  ),
  urgent: (a.urgent ?? []).filter((v) =>
    ['fever', 'weight-loss', 'back-lump', 'night-pain', 'cancer-history', 'immune', 'fracture-risk'].includes(
      v,
    ),
  ),
  onset: a.onset === 'fall' ? 'everyday' : a.onset,
  duration: a.duration,
  trend: a.trend,
  legPain: a.legPain,
  legNumbness: a.legNumbness,
  intensity: a.intensity,
  function: a.function,
  history: a.history,
  worse: (a.worse ?? []).filter((v) =>
    ['bending-forward', 'bending-backward', 'sitting', 'standing-walking', 'lifting', 'none'].includes(v),
  ),
  stiffness: a.stiffness,
  worry: a.worry,
  avoiding: a.avoiding,
  lowMood: a.lowMood,
}));

describe('triage properties', () => {
  it('any emergency item gives emergency, whatever else is answered', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...emergencyItems), (answers, item) => {
        const emergency = [...(answers.emergency ?? []).filter((v) => v !== 'none'), item];
        expect(triage({ ...answers, emergency }).outcome).toBe('emergency');
      }),
    );
  });

  it('adding any red-flag item never lowers the outcome', () => {
    const flags = [
      ...emergencyItems.map((v) => ['emergency', v] as const),
      ...urgentItems.map((v) => ['urgent', v] as const),
      ['about', 'aneurysm'] as const,
    ];
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...flags), (answers, [question, flag]) => {
        const before = (answers[question] ?? []).filter((v) => v !== 'none');
        const after = triage({ ...answers, [question]: [...new Set([...before, flag])] });
        expect(outcomeRank(after.outcome)).toBeLessThanOrEqual(outcomeRank(triage(answers).outcome));
        // v3: the aneurysm, sent the old way under `about`, is an emergency like the other emergency items.
        expect(outcomeRank(after.outcome)).toBeLessThanOrEqual(
          outcomeRank(question === 'urgent' ? 'urgent' : 'emergency'),
        );
      }),
    );
  });

  it('a version 1 answer set completed with "none" answers is at least as urgent as version 1 gave', () => {
    fc.assert(
      fc.property(v1Answers, (v1) => {
        const v2 = answersSchema.parse({
          ...v1,
          about: ['none'],
          activity: ['none'],
          trainingChange: ['none'],
          onsetBefore45: 'no',
          inflammatory: ['none'],
        });
        expect(outcomeRank(triage(v2).outcome)).toBeLessThanOrEqual(outcomeRank(triageV1(v1)));
      }),
      { numRuns: 500 },
    );
  });

  it('a version 2 answer set carried into version 3 (treatedNoBetter "no") is at least as urgent as version 2 gave', () => {
    fc.assert(
      fc.property(anyV2Answers, (v2) => {
        const v3 = answersSchema.parse({ ...v2, treatedNoBetter: 'no' });
        expect(outcomeRank(triage(v3).outcome)).toBeLessThanOrEqual(outcomeRank(triageV2(v2)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the aneurysm gives the same result whether sent under about (v2) or emergency (v3)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const about = (answers.about ?? []).filter((v) => v !== 'none');
        const emergency = (answers.emergency ?? []).filter((v) => v !== 'none');
        const old = triage({ ...answers, about: [...about, 'aneurysm'] });
        const moved = triage({
          ...answers,
          about,
          emergency: [...new Set([...emergency, 'aneurysm' as const])],
        });
        expect(old).toEqual(moved);
        expect(old.outcome).toBe('emergency');
      }),
    );
  });

  it('reasons always agree with the outcome', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { outcome, reasons } = triage(answers);
        if (reasons.length === 0) expect(outcome).toBe('self-care');
        else expect(reasons[0]?.code.startsWith(`${outcome}:`)).toBe(true);
      }),
    );
  });
});
