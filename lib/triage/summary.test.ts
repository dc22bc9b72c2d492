import { describe, expect, it } from 'vitest';
import { selfCare } from './fixtures';
import { questionsById } from './questions';
import { SUMMARY_MAX, summarizeAnswers } from './summary';

describe('summarizeAnswers', () => {
  it('writes one line per answered question, "Question: answer"', () => {
    const lines = summarizeAnswers(selfCare).split('\n');
    expect(lines).toHaveLength(19);
    expect(lines[0]).toBe('Age: 30');
    expect(lines).toContain('Emergency signs: None of these');
    expect(lines).toContain('What started it: Running');
    expect(lines).toContain('Worst pain in the last 24 hours (0 to 10): 4 out of 10');
    expect(lines).toContain('Makes it worse: Sitting');
    expect(lines).toContain('Training: None of these');
  });

  it('skips questions that were not asked', () => {
    expect(summarizeAnswers({ age: 40, emergency: ['bladder', 'bowel'] })).toBe(
      'Age: 40\nEmergency signs: New trouble with peeing since the back pain began, even once; New loss of control of your bowels (you cannot control when you poop)',
    );
  });

  it('stays within the limit, even with every item ticked', () => {
    const all = Object.fromEntries(
      Object.values(questionsById)
        .filter((q) => q.kind === 'set')
        .map((q) => [q.id, q.options.map((o) => o.value)]),
    );
    const summary = summarizeAnswers({ ...selfCare, ...all });
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    // Within the limit by keeping the answers, not by dropping them (an empty summary fits too).
    const lines = summary.split('\n');
    expect(lines[0]).toBe('Age: 30');
    // Version 3's longer emergency list fills most of the room when every item is ticked.
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines[1]).toMatch(/^Emergency signs: /);
    // Every whole line is "Question: answer"; the last may be cut short, with "…".
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:\n]+: \S/);
  });
});
