import { describe, expect, it } from 'vitest';
import { selfCare } from './fixtures';
import { SUMMARY_MAX, summarizeAnswers } from './summary';

describe('summarizeAnswers', () => {
  it('writes one line per answered question, "Question: answer"', () => {
    const lines = summarizeAnswers(selfCare).split('\n');
    expect(lines).toHaveLength(16);
    expect(lines[0]).toBe('Age: 30');
    expect(lines).toContain('Emergency signs: None of these');
    expect(lines).toContain('What started it: Running');
    expect(lines).toContain('Worst pain in the last 24 hours (0 to 10): 4 out of 10');
    expect(lines).toContain('Makes it worse: Sitting');
  });

  it('skips questions that were not asked', () => {
    expect(summarizeAnswers({ age: 40, emergency: ['bladder', 'bowel'], urgent: [] })).toBe(
      'Age: 40\nEmergency signs: New trouble peeing, or you cannot control when you pee; New trouble controlling when you poo\nUrgent signs: None of these',
    );
  });

  it('stays within the limit', () => {
    const all = {
      ...selfCare,
      worse: ['bending-forward', 'bending-backward', 'sitting', 'standing-walking', 'lifting'] as const,
    };
    expect(summarizeAnswers({ ...all, worse: [...all.worse] }).length).toBeLessThanOrEqual(SUMMARY_MAX);
  });
});
