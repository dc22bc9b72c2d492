import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { defaultLabels, progressSummary, SUMMARY_LIMIT } from './summary';

describe('progressSummary', () => {
  it('summarises eight weeks: scores by week, the change, sessions and return steps', () => {
    const text = progressSummary(fixtures.eightWeeks);
    expect(text).toContain('8 weekly check-ins, 2026-10-05 to 2026-11-23.');
    expect(text).toContain('week 1: 6.7, week 2: 6, week 3: 5.3');
    expect(text).toContain('week 8: 2.');
    expect(text).toContain('Change since the first check-in: down 70%.');
    expect(text).toContain('Running: 16; Weight training or gym machines: 8.');
    expect(text).toContain('Running: step 2 of 3 (Step 2: easy runs); 4 sessions logged.');
  });

  it('names warning signs with their dates and leaves notes out', () => {
    const data = {
      ...fixtures.oneWeek,
      checkIns: [{ ...fixtures.oneWeek.checkIns[0]!, flags: ['fever'], note: 'private words' }],
    };
    const text = progressSummary(data);
    expect(text).toContain(
      'Warning signs ticked: A high temperature, or you feel hot and shivery (2026-11-23).',
    );
    expect(text).not.toContain('private words');
  });

  it('says when there is nothing yet, and never exceeds the limit', () => {
    expect(progressSummary(fixtures.empty)).toContain('No weekly check-ins yet.');
    const many = {
      ...fixtures.eightWeeks,
      checkIns: Array.from({ length: 60 }, (_, i) => ({
        ...fixtures.eightWeeks.checkIns[0]!,
        date: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        flags: ['fever', 'weight-loss', 'night-pain'],
      })),
    };
    // Cut at the limit, marked as cut, with the beginning kept (an empty summary would fit too).
    const text = progressSummary(many);
    expect(text.length).toBe(SUMMARY_LIMIT);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toMatch(/^Recovery tracker summary .*\n60 weekly check-ins, 2027-01-01 to /);
  });
});

describe('defaultLabels', () => {
  it('take the v3 red flags from the self-check, in its words (the tracker\'s "anything new?" list)', () => {
    const { flags } = defaultLabels();
    for (const item of ['blood-thinner', 'dark-urine', 'collapse', 'aneurysm', 'tummy', 'fast-worse'])
      expect(flags[item]).toMatch(/^[A-Z].* /);
    expect(flags['dark-urine']).toMatch(/pee has turned dark brown/);
  });
});
