import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selfCare } from '@/lib/triage/fixtures';
import { logger } from '@/lib/server/logger';
import { POST } from './route';

function post(body: unknown, contentType = 'application/json'): Promise<Response> {
  return POST(
    new Request('http://localhost/api/triage', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** A duration of 1 to 12 weeks, with the question it asks (v3) answered "no". */
const treated = (duration: '1-6-weeks' | '6-12-weeks' = '1-6-weeks') => ({ duration, treatedNoBetter: 'no' });

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('POST /api/triage: outcomes', () => {
  it('answers self-care with a plan', async () => {
    const response = await post(selfCare);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await json(response);
    expect(body).toMatchObject({
      outcome: 'self-care',
      reasons: [],
      plan: { exercises: expect.any(Array), articles: expect.any(Array), training: [] },
    });
  });

  it('gives plan.training: one keep/swap/pause block per chosen activity, in the order of the question', async () => {
    const body = await json(
      await post({ ...selfCare, activity: ['running', 'weights'], trainingChange: ['more'] }),
    );
    const plan = body.plan as { training: Record<string, unknown>[]; buildingBack?: Record<string, unknown> };
    expect(body.outcome).toBe('self-care');
    expect(plan.training.map((b) => b.activity)).toEqual(['weights', 'running']);
    for (const block of plan.training) {
      expect(block).toMatchObject({
        heading: expect.stringMatching(/^Your /),
        keep: expect.arrayContaining([expect.stringMatching(/\w/)]),
        swap: expect.arrayContaining([
          expect.objectContaining({ instead: expect.any(String), try: expect.any(String) }),
        ]),
        pause: expect.arrayContaining([expect.stringMatching(/\w/)]),
        steps: expect.arrayContaining([
          expect.objectContaining({ title: expect.any(String), do: expect.any(String) }),
        ]),
        moveOn: expect.stringMatching(/\w/),
        urgentSigns: expect.stringMatching(/worse by the hour.*pee turns dark.*emergency department/i),
      });
    }
    expect(plan.buildingBack).toMatchObject({ activity: 'building-back' });
  });

  it('gives no training block for an activity not chosen', async () => {
    const body = await json(await post({ ...selfCare, activity: ['swimming'] }));
    const plan = body.plan as { training: { activity: string }[] };
    expect(plan.training.map((b) => b.activity)).toEqual(['swimming']);
    expect(body.plan).not.toHaveProperty('buildingBack');
  });

  it.each([
    [{ age: 40, emergency: ['saddle-numbness'], urgent: [] }, 'emergency', 'emergency:saddle-numbness'],
    [{ age: 40, emergency: ['none'], urgent: ['night-pain'] }, 'urgent', 'urgent:night-pain'],
    [{ ...selfCare, age: 15 }, 'doctor', 'doctor:under-16'],
    [
      { ...selfCare, age: 44, duration: 'over-12-weeks', stiffness: 'yes', inflammatory: [] },
      'doctor',
      'doctor:inflammatory',
    ],
    [{ ...selfCare, legPain: 'below-knee' }, 'assessment', 'assessment:leg-below-knee'],
    [{ ...selfCare, legNumbness: 'not-sure' }, 'assessment', 'assessment:leg-numbness'],
    [{ ...selfCare, ...treated('6-12-weeks') }, 'assessment', 'assessment:not-settling'],
    [{ ...selfCare, ...treated(), trend: 'worse' }, 'assessment', 'assessment:getting-worse'],
    [{ ...selfCare, intensity: 8 }, 'assessment', 'assessment:severe-pain'],
    [{ ...selfCare, function: 'unable' }, 'assessment', 'assessment:function'],
    [{ ...selfCare, lowMood: 'yes' }, 'assessment', 'assessment:distress'],
    [{ ...selfCare, age: 50, history: 'first' }, 'assessment', 'assessment:first-over-50'],
    [{ age: 40, emergency: ['sudden-severe'] }, 'emergency', 'emergency:sudden-severe'],
    [{ age: 40, emergency: ['heart'] }, 'emergency', 'emergency:heart'],
    [{ age: 40, emergency: [], urgent: ['upper-back'] }, 'urgent', 'urgent:upper-back'],
    [{ age: 40, emergency: [], urgent: ['unwell'] }, 'urgent', 'urgent:unwell'],
    [{ age: 40, emergency: [], urgent: ['recent-procedure'] }, 'urgent', 'urgent:recent-procedure'],
    [{ age: 40, emergency: [], urgent: ['kidney'] }, 'urgent', 'urgent:kidney'],
    [{ age: 30, emergency: [], urgent: ['pregnancy-warning'] }, 'urgent', 'urgent:pregnancy-warning'],
    [{ age: 72, emergency: [], urgent: [], about: [], onset: 'fall' }, 'urgent', 'urgent:fracture-risk'],
    [{ ...selfCare, age: 55, history: 'first', worse: ['none'] }, 'urgent', 'urgent:non-mechanical-new'],
    [{ ...selfCare, age: 66, onset: 'fall' }, 'doctor', 'doctor:possible-fracture'],
    [{ ...selfCare, ...treated(), trend: 'worse', worse: ['none'] }, 'doctor', 'doctor:non-mechanical'],
    [{ ...selfCare, about: ['low-energy'] }, 'doctor', 'doctor:bone-stress'],
    [
      {
        ...selfCare,
        age: 50,
        duration: 'over-12-weeks',
        onsetBefore45: 'yes',
        inflammatory: ['family', 'nsaid-helps'],
      },
      'doctor',
      'doctor:inflammatory',
    ],
    [{ ...selfCare, about: ['pregnant'] }, 'assessment', 'assessment:pregnancy'],
    [{ ...selfCare, age: 18, ...treated() }, 'assessment', 'assessment:young-athlete'],
    [{ age: 72, emergency: ['blood-thinner'] }, 'emergency', 'emergency:blood-thinner'],
    [{ age: 30, emergency: ['dark-urine'] }, 'emergency', 'emergency:dark-urine'],
    [{ age: 30, emergency: ['collapse'] }, 'emergency', 'emergency:collapse'],
    [{ age: 74, emergency: ['aneurysm'] }, 'emergency', 'emergency:aneurysm'],
    [{ age: 66, emergency: [], urgent: [], about: ['aneurysm'] }, 'emergency', 'emergency:aneurysm'],
    [{ age: 40, emergency: [], urgent: ['tummy'] }, 'urgent', 'urgent:tummy'],
    [{ age: 40, emergency: [], urgent: ['fast-worse'] }, 'urgent', 'urgent:fast-worse'],
    [{ age: 12 }, 'doctor', 'doctor:under-16'],
    [
      { ...selfCare, ...treated(), treatedNoBetter: 'yes', trend: 'same', intensity: 7 },
      'doctor',
      'doctor:not-improving',
    ],
    [{ ...selfCare, worse: ['hopping'] }, 'doctor', 'doctor:bone-stress'],
    [
      { ...selfCare, age: 66, ...treated(), trend: 'worse', onset: 'everyday' },
      'doctor',
      'doctor:possible-fracture',
    ],
    [{ ...selfCare, ...treated(), legPain: 'above-knee' }, 'assessment', 'assessment:runner-hip'],
  ])('%j gives %s with reason %s and no plan', async (answers, outcome, code) => {
    const response = await post(answers);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({
      outcome,
      reasons: expect.arrayContaining([{ code, text: expect.any(String), source: expect.any(String) }]),
    });
    expect(body).not.toHaveProperty('plan');
  });
});

describe('POST /api/triage: bad input gets 422 naming the field', () => {
  it.each([
    ['an unknown key', { ...selfCare, colour: 'blue' }, 'colour'],
    ['a misspelt red-flag key', { ...selfCare, emergecy: ['bladder'] }, 'emergecy'],
    ['a wrong type', { ...selfCare, age: '30' }, 'age'],
    ['a fractional number', { ...selfCare, intensity: 7.5 }, 'intensity'],
    ['a number out of range', { ...selfCare, intensity: 11 }, 'intensity'],
    ['an age out of range', { ...selfCare, age: 0 }, 'age'],
    ['an unknown value', { ...selfCare, onset: 'skydiving' }, 'onset'],
    ['an unknown red-flag value', { ...selfCare, urgent: ['fevr'] }, 'urgent'],
    ['"none" beside a red flag', { ...selfCare, emergency: ['none', 'bladder'] }, 'emergency'],
    ['a missing required answer', { ...selfCare, worry: undefined }, 'worry'],
    ['a missing red-flag set', { age: 30, emergency: [] }, 'urgent'],
    ['an empty worse set (a missing answer)', { ...selfCare, worse: [] }, 'worse'],
    ['"none" beside another activity', { ...selfCare, activity: ['none', 'running'] }, 'activity'],
    ['a missing conditional answer that applies', { ...selfCare, duration: 'over-12-weeks' }, 'inflammatory'],
    [
      'a bad conditional answer that does not apply',
      { ...selfCare, onsetBefore45: 'perhaps' },
      'onsetBefore45',
    ],
    ['a misspelt v2 red flag', { ...selfCare, urgent: ['kidneys'] }, 'urgent'],
    [
      'treatedNoBetter not yes or no',
      { ...selfCare, ...treated(), treatedNoBetter: 'sort of' },
      'treatedNoBetter',
    ],
    ['treatedNoBetter as a list', { ...selfCare, ...treated(), treatedNoBetter: ['yes'] }, 'treatedNoBetter'],
    ['treatedNoBetter missing where asked', { ...selfCare, duration: '6-12-weeks' }, 'treatedNoBetter'],
    ['"hopping" beside "none"', { ...selfCare, worse: ['none', 'hopping'] }, 'worse'],
    ['"tummy" beside "none"', { ...selfCare, urgent: ['none', 'tummy'] }, 'urgent'],
    ['a misspelt v3 emergency item', { ...selfCare, emergency: ['blood-thiner'] }, 'emergency'],
    ['a misspelt v3 urgent item', { ...selfCare, urgent: ['fast-worsening'] }, 'urgent'],
    ['a misspelt v3 worse value', { ...selfCare, worse: ['hoping'] }, 'worse'],
    ['the aneurysm beside "none" under about', { ...selfCare, about: ['none', 'aneurysm'] }, 'about'],
  ])('%s', async (_label, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(422);
    expect(await json(response)).toEqual({ error: 'invalid_answers', field, message: expect.any(String) });
  });

  it('ignores a valid conditional answer to a question that does not apply', async () => {
    const body = await json(await post({ ...selfCare, inflammatory: ['family', 'nsaid-helps'] }));
    expect(body).toMatchObject({ outcome: 'self-care', reasons: [] });
  });

  it.each([
    ['malformed JSON', '{"age": 30,', 'application/json', 'malformed_json', 400],
    ['an empty body', '', 'application/json', 'malformed_json', 400],
    ['a JSON array', '[]', 'application/json', 'invalid_answers', 422],
    ['JSON null', 'null', 'application/json', 'invalid_answers', 422],
    ['a form body', 'age=30', 'application/x-www-form-urlencoded', 'unsupported_content_type', 400],
    ['no content type', JSON.stringify(selfCare), '', 'unsupported_content_type', 400],
    [
      'a body over 64 kB',
      JSON.stringify({ ...selfCare, pad: 'x'.repeat(70_000) }),
      'application/json',
      'body_too_large',
      413,
    ],
  ])('%s', async (_label, body, type, error, status) => {
    const response = await post(body, type);
    expect(response.status).toBe(status);
    expect(await json(response)).toMatchObject({
      error,
      field: expect.any(String),
      message: expect.any(String),
    });
  });

  it('never answers 5xx, whatever JSON arrives', async () => {
    const keys = fc.constantFrom(
      'age',
      'emergency',
      'urgent',
      'treatedNoBetter',
      'onset',
      'intensity',
      'worse',
      'lowMood',
      '__proto__',
      'constructor',
      'x',
    );
    const anyJson = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(keys, fc.jsonValue()),
      fc.record({
        ...Object.fromEntries(
          Object.entries(selfCare).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.jsonValue())]),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(anyJson, async (value) => {
        const response = await post(JSON.stringify(value));
        expect([200, 422]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  });

  it('never answers 5xx for random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        expect([200, 400, 422]).toContain((await post(text)).status);
      }),
    );
  });
});

describe('POST /api/triage: privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes nothing to the logger or the console about the answers, good or bad', async () => {
    const marker = 'zz-marker-7f3a9c';
    const calls: unknown[] = [];
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => void calls.push(args));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void calls.push(args));
    }
    const stdout = vi.spyOn(process.stdout, 'write');
    await post(selfCare);
    await post({ ...selfCare, onset: marker });
    await post({ ...selfCare, [marker]: ['bladder'] });
    await post(`{"note": "${marker}"`);
    expect(calls).toEqual([]);
    expect(stdout.mock.calls.flat().join('')).not.toContain(marker);
  });
});
