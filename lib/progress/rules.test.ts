import { describe, expect, it } from 'vitest';
import { emergencyItems, urgentItems } from '../triage/questions';
import { fixtures } from './fixtures';
import { careFlags, changeSinceStart, suggestions } from './rules';
import type { CheckIn } from './types';

const at = (date: string, pain: number, enjoyment = pain, general = pain): CheckIn => ({
  date,
  pain,
  enjoyment,
  general,
  sessions: {},
  flags: [],
  note: '',
});
const codes = (checkIns: CheckIn[]) => suggestions(checkIns).map((s) => s.code);

describe('suggestions', () => {
  it('says nothing with fewer than two check-ins', () => {
    expect(suggestions([])).toEqual([]);
    expect(suggestions(fixtures.oneWeek.checkIns)).toEqual([]);
  });

  it('suggests an assessment when the score has not fallen by 30% after two weeks', () => {
    expect(codes([at('2026-11-01', 6), at('2026-11-15', 5)])).toEqual(['not-improving']);
    expect(suggestions([at('2026-11-01', 6), at('2026-11-15', 5)])[0]?.action).toBe('book');
    // 10 -> 7 is exactly 30%: a meaningful fall, so no suggestion.
    expect(codes([at('2026-11-01', 10), at('2026-11-15', 7)])).toEqual([]);
    expect(codes([at('2026-11-01', 10), at('2026-11-15', 8)])).toEqual(['not-improving']);
  });

  it('waits two weeks before judging a slow fall', () => {
    expect(codes([at('2026-11-01', 6), at('2026-11-14', 6)])).toEqual([]);
    expect(codes([at('2026-11-01', 6), at('2026-11-15', 6)])).toEqual(['not-improving']);
  });

  it('suggests an assessment when the score rises above the start, and a new self-check when it worsens', () => {
    expect(codes([at('2026-11-01', 4), at('2026-11-05', 5)])).toEqual(['rising', 'worse-than-last']);
    const worse = suggestions([at('2026-11-01', 8), at('2026-11-08', 3), at('2026-11-15', 4)]);
    expect(worse.map((s) => [s.code, s.action])).toEqual([['worse-than-last', 'recheck']]);
  });

  it('cites IMMPACT for the 30% mark', () => {
    const [rule] = suggestions([at('2026-11-01', 6), at('2026-11-15', 6)]);
    expect(rule?.source?.url).toBe('https://doi.org/10.1016/j.jpain.2007.09.005');
  });

  it('says nothing for eight weeks of steady improvement, whatever the storage order', () => {
    expect(suggestions([...fixtures.eightWeeks.checkIns].reverse())).toEqual([]);
    expect(changeSinceStart(fixtures.eightWeeks.checkIns)).toBe(-70);
  });

  it('does not judge a start of zero', () => {
    expect(codes([at('2026-11-01', 0), at('2026-11-20', 0)])).toEqual([]);
    expect(changeSinceStart([at('2026-11-01', 0), at('2026-11-20', 0)])).toBeNull();
  });
});

describe('careFlags', () => {
  it('sorts the v3 items too: the tracker reads the self-check lists', () => {
    expect(careFlags(['tummy', 'dark-urine', 'aneurysm'], emergencyItems, urgentItems)).toEqual({
      emergency: ['dark-urine', 'aneurysm'],
      urgent: ['tummy'],
    });
  });

  it('sorts ticked items into the self-check emergency and urgent sets, in their order', () => {
    expect(careFlags(['fever', 'bladder', 'unknown'], emergencyItems, urgentItems)).toEqual({
      emergency: ['bladder'],
      urgent: ['fever'],
    });
    expect(careFlags([], emergencyItems, urgentItems)).toEqual({ emergency: [], urgent: [] });
  });

  it('follows the lists it is given, so new self-check items need no change', () => {
    expect(careFlags(['heart'], ['heart'], []).emergency).toEqual(['heart']);
  });
});
