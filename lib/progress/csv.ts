// The reader's data as a CSV file, built in the browser (the page downloads it as a Blob).
import { labelOf, type Labels } from './labels';
import { byDate, pegScore, weekNumber } from './peg';
import type { ProgressData } from './types';

const header = [
  'record',
  'date',
  'week',
  'pain_average',
  'interference_enjoyment',
  'interference_general_activity',
  'peg_score',
  'sessions',
  'anything_new',
  'note',
  'step_activity',
  'step',
  'acceptable_and_no_worse_next_morning',
];

/**
 * One field, quoted when it must be. A leading =, +, - or @ is neutralised with an apostrophe, so a
 * spreadsheet never runs a note as a formula.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(data: ProgressData, labels: Labels): string {
  const checkIns = byDate(data.checkIns);
  const first = checkIns[0]?.date ?? '';
  const rows: (string | number)[][] = [header];
  for (const c of checkIns) {
    const sessions = Object.entries(c.sessions)
      .map(([activity, n]) => `${labelOf(labels.activities, activity)}: ${n}`)
      .join('; ');
    const flags = c.flags.map((f) => labelOf(labels.flags, f)).join('; ');
    rows.push([
      'check-in',
      c.date,
      weekNumber(first, c.date),
      c.pain,
      c.enjoyment,
      c.general,
      pegScore(c),
      sessions,
      flags,
      c.note,
      '',
      '',
      '',
    ]);
  }
  const plan = data.plan?.activities ?? [];
  for (const s of [...data.sessions].sort((a, b) => a.at.localeCompare(b.at))) {
    const activity = plan.find((a) => a.activity === s.activity);
    const step = activity?.steps[s.step]?.title ?? `Step ${s.step + 1}`;
    const name = activity?.title ?? labelOf(labels.activities, s.activity);
    rows.push([
      'session',
      s.at.slice(0, 10),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      name,
      step,
      s.ok ? 'yes' : 'no',
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
