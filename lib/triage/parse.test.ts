import { describe, expect, it } from 'vitest';
import { afterWorse, selfCare } from './fixtures';
import { parseAnswers } from './parse';
import { triage } from './rules';

const errorsOf = (input: unknown) => {
  const result = parseAnswers(input);
  return result.ok ? [] : result.errors.map((e) => e.field);
};
const answersOf = (input: unknown) => {
  const result = parseAnswers(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
};
const long = { ...selfCare, duration: 'over-12-weeks' };

describe('conditional questions in the API', () => {
  it('onsetBefore45: required when over 12 weeks at 45 or over, refused when invalid, ignored otherwise', () => {
    expect(errorsOf({ ...long, age: 45 })).toEqual(['onsetBefore45']);
    expect(errorsOf({ ...long, age: 44 })).toEqual(['inflammatory']);
    expect(answersOf({ ...long, age: 45, onsetBefore45: 'no' }).onsetBefore45).toBe('no');
    // Sent when it does not apply: checked, then ignored.
    expect(errorsOf({ ...selfCare, onsetBefore45: 'maybe' })).toEqual(['onsetBefore45']);
    expect(answersOf({ ...selfCare, age: 45, onsetBefore45: 'yes' })).not.toHaveProperty('onsetBefore45');
    expect(answersOf({ ...long, age: 30, onsetBefore45: 'yes', inflammatory: [] })).not.toHaveProperty(
      'onsetBefore45',
    );
  });

  it('inflammatory: asked when the pain started before 45 and lasts over 12 weeks, else ignored', () => {
    expect(answersOf({ ...long, age: 44, inflammatory: ['family'] }).inflammatory).toEqual(['family']);
    expect(errorsOf({ ...long, age: 50, onsetBefore45: 'yes' })).toEqual(['inflammatory']);
    expect(answersOf({ ...long, age: 50, onsetBefore45: 'no', inflammatory: ['family'] })).not.toHaveProperty(
      'inflammatory',
    );
    expect(answersOf({ ...selfCare, inflammatory: ['family', 'nsaid-helps'] })).not.toHaveProperty(
      'inflammatory',
    );
    expect(errorsOf({ ...selfCare, inflammatory: ['gout'] })).toEqual(['inflammatory']);
  });

  it('an ignored answer cannot fire a rule', () => {
    const a = answersOf({
      ...selfCare,
      duration: '1-6-weeks',
      treatedNoBetter: 'no',
      inflammatory: ['family', 'nsaid-helps'],
    });
    expect(triage(a).reasons.map((r) => r.code)).not.toContain('doctor:inflammatory');
  });
});

describe('treatedNoBetter (v3): asked only for pain of 1 to 12 weeks', () => {
  it.each(['1-6-weeks', '6-12-weeks'])('required at %s, and refused when not yes or no', (duration) => {
    expect(errorsOf({ ...selfCare, duration })).toEqual(['treatedNoBetter']);
    expect(answersOf({ ...selfCare, duration, treatedNoBetter: 'yes' }).treatedNoBetter).toBe('yes');
    for (const bad of ['maybe', ['yes'], true, 1, null, ''])
      expect(errorsOf({ ...selfCare, duration, treatedNoBetter: bad })).toEqual(['treatedNoBetter']);
  });

  it.each(['under-1-week', 'over-12-weeks'])(
    'not asked at %s: ignored when valid, refused when not',
    (duration) => {
      const base = { ...selfCare, duration, inflammatory: [] };
      expect(answersOf({ ...base, treatedNoBetter: 'yes' })).not.toHaveProperty('treatedNoBetter');
      expect(errorsOf({ ...base, treatedNoBetter: 'sometimes' })).toEqual(['treatedNoBetter']);
      expect(errorsOf({ ...base, treatedNoBetter: ['no'] })).toEqual(['treatedNoBetter']);
    },
  );
});

describe('v3 items: bad input names the field', () => {
  it.each([
    ['worse', ['none', 'hopping']],
    ['urgent', ['none', 'tummy']],
    ['urgent', ['tumy']],
    ['urgent', ['fast-worst']],
    ['emergency', ['blood-thinners']],
    ['emergency', ['dark-pee']],
    ['emergency', ['collapsed']],
    ['emergency', ['none', 'aneurysm']],
    ['about', ['none', 'aneurysm']],
    ['worse', ['hop']],
  ])('%s: %j', (field, value) => {
    expect(errorsOf({ ...selfCare, [field]: value })).toEqual([field]);
  });
});

describe('under 16 (v3): the check stops after the age', () => {
  it('needs only the age under 16, and every answer from 16', () => {
    expect(parseAnswers({ age: 15 }).ok).toBe(true);
    expect(triage(answersOf({ age: 15 }))).toMatchObject({
      outcome: 'doctor',
      reasons: [{ code: 'doctor:under-16' }],
    });
    expect(errorsOf({ age: 16 })[0]).toBe('emergency');
  });

  it('answers sent past the stop are still checked and can raise the outcome', () => {
    expect(errorsOf({ age: 12, emergency: ['bladdr'] })).toEqual(['emergency']);
    expect(triage(answersOf({ age: 12, emergency: ['collapse'] })).outcome).toBe('emergency');
  });
});

describe('[] and ["none"]', () => {
  it.each(['urgent', 'about', 'activity', 'trainingChange'])('%s: [] means the same as ["none"]', (id) => {
    const empty = answersOf({ ...selfCare, [id]: [] });
    const none = answersOf({ ...selfCare, [id]: ['none'] });
    expect(triage(empty)).toEqual(triage(none));
  });

  it('inflammatory: [] means the same as ["none"]', () => {
    expect(triage(answersOf({ ...long, inflammatory: [] }))).toEqual(
      triage(answersOf({ ...long, inflammatory: ['none'] })),
    );
  });

  it('worse: [] is a missing answer, ["none"] is an answer', () => {
    expect(errorsOf({ ...selfCare, worse: [] })).toEqual(['worse']);
    expect(parseAnswers({ ...selfCare, worse: ['none'] }).ok).toBe(true);
  });

  it.each(['emergency', 'urgent', 'about', 'worse', 'activity', 'trainingChange'])(
    '%s: "none" beside another value is refused',
    (id) => {
      const other = {
        emergency: 'bowel',
        urgent: 'fever',
        about: 'pregnant',
        worse: 'sitting',
        activity: 'running',
        trainingChange: 'more',
      }[id];
      expect(errorsOf({ ...selfCare, [id]: ['none', other] })).toEqual([id]);
    },
  );
});

describe('where the check stops, the rest is not required', () => {
  it('after an emergency item: urgent and the rest are not needed', () => {
    expect(parseAnswers({ age: 40, emergency: ['heart'] }).ok).toBe(true);
  });

  it('after an urgent item', () => {
    expect(parseAnswers({ age: 40, emergency: [], urgent: ['kidney'] }).ok).toBe(true);
  });

  it('at emergency for the aneurysm (v3), and at about when an old client sends it there', () => {
    expect(parseAnswers({ age: 66, emergency: ['aneurysm'] }).ok).toBe(true);
    expect(parseAnswers({ age: 66, emergency: [], urgent: [], about: ['aneurysm'] }).ok).toBe(true);
    expect(errorsOf({ age: 66, emergency: [], urgent: [], about: ['bone-weakness'] })[0]).toBe('onset');
  });

  it('at onset, for the computed fracture risk', () => {
    expect(parseAnswers({ age: 72, emergency: [], urgent: [], about: [], onset: 'fall' }).ok).toBe(true);
    expect(errorsOf({ age: 69, emergency: [], urgent: [], about: [], onset: 'fall' })[0]).toBe('duration');
    expect(
      parseAnswers({ age: 40, emergency: [], urgent: [], about: ['bone-weakness'], onset: 'lifting' }).ok,
    ).toBe(true);
  });

  it('at worse, for a first back pain after 50 that nothing changes', () => {
    const rest: Record<string, unknown> = { ...selfCare, age: 55, history: 'first', worse: ['none'] };
    for (const later of afterWorse) delete rest[later];
    expect(parseAnswers(rest).ok).toBe(true);
    expect(errorsOf({ ...rest, age: 49 })).toEqual(afterWorse);
  });

  it('a stop later in the answers does not excuse an earlier missing answer', () => {
    const noAbout: Record<string, unknown> = { ...selfCare, age: 55, history: 'first', worse: ['none'] };
    delete noAbout.about;
    expect(errorsOf(noAbout)).toEqual(['about']);
  });

  it('answers past the stop are validated and their rules still apply', () => {
    expect(errorsOf({ age: 40, emergency: ['heart'], onset: 'skydiving' })).toEqual(['onset']);
    const a = answersOf({ age: 40, emergency: [], urgent: ['fever'], intensity: 9 });
    expect(triage(a).reasons.map((r) => r.code)).toEqual(['urgent:fever', 'assessment:severe-pain']);
  });
});
