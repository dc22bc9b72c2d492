import { getQuestion, optionLabel, questionIds } from './questions';
import type { Answers } from './schema';

export const SUMMARY_MAX = 2000;

/**
 * A plain-text summary of the answers, one line per question ("Question: answer"), that the reader may
 * choose to attach to a booking. Capped so the booking form can store it as it is.
 */
export function summarizeAnswers(answers: Answers): string {
  const lines: string[] = [];
  for (const id of questionIds) {
    const value = answers[id];
    if (value === undefined) continue;
    const q = getQuestion(id);
    const text =
      typeof value === 'number'
        ? `${value}${q.kind === 'number' && q.suffix === 'out of 10' ? ' out of 10' : ''}`
        : Array.isArray(value)
          ? value.length === 0
            ? 'None of these'
            : value.map((v) => optionLabel(id, v)).join('; ')
          : optionLabel(id, String(value));
    lines.push(`${q.summaryLabel}: ${text}`);
  }
  const summary = lines.join('\n');
  return summary.length <= SUMMARY_MAX ? summary : `${summary.slice(0, SUMMARY_MAX - 1)}…`;
}
