// The short progress summary a reader may attach to a booking (only when they tick the box). Plain text,
// at most SUMMARY_LIMIT characters. Notes are left out: they were written for the reader alone, and the
// booking form has its own note field.
import { activityLabels, emergencyItems, optionLabel, urgentItems } from '../triage/questions';
import { labelOf, type Labels } from './labels';
import { byDate, pegScore, weekNumber } from './peg';
import { changeSinceStart } from './rules';
import { openSteps, sessionsFor, stepState } from './steps';
import type { ProgressData } from './types';

export const SUMMARY_LIMIT = 2000;

/** Labels from the self-check's own lists, for server code and the booking form. */
export function defaultLabels(): Labels {
  const flags: Record<string, string> = {};
  for (const item of emergencyItems) flags[item] = optionLabel('emergency', item);
  for (const item of urgentItems) flags[item] = optionLabel('urgent', item);
  return { activities: { ...activityLabels }, flags };
}

function pegLines(data: ProgressData): string[] {
  const checkIns = byDate(data.checkIns);
  const first = checkIns[0];
  const last = checkIns.at(-1);
  if (!first || !last) return ['No weekly check-ins yet.'];
  const scores = checkIns.slice(-12).map((c) => `week ${weekNumber(first.date, c.date)}: ${pegScore(c)}`);
  const change = changeSinceStart(checkIns);
  return [
    `${checkIns.length} weekly check-in${checkIns.length === 1 ? '' : 's'}, ${first.date} to ${last.date}.`,
    `PEG score (0-10, lower is better): ${scores.join(', ')}.`,
    ...(change === null
      ? []
      : [`Change since the first check-in: ${change > 0 ? 'up' : 'down'} ${Math.abs(change)}%.`]),
  ];
}

function trainingLines(data: ProgressData, labels: Labels): string[] {
  const totals: Record<string, number> = {};
  for (const c of data.checkIns)
    for (const [activity, n] of Object.entries(c.sessions)) totals[activity] = (totals[activity] ?? 0) + n;
  const lines = Object.entries(totals).map(([a, n]) => `${labelOf(labels.activities, a)}: ${n}`);
  const steps = (data.plan?.activities ?? []).map((a) => {
    const state = stepState(sessionsFor(data.sessions, a.activity), a.steps.length, openSteps(a));
    const where = state.done
      ? 'all steps done'
      : `step ${state.current + 1} of ${a.steps.length} (${a.steps[state.current]?.title ?? ''})`;
    return `${a.title}: ${where}; ${state.sessions} session${state.sessions === 1 ? '' : 's'} logged${state.lastFailed ? ', the last one not acceptable' : ''}.`;
  });
  return [
    ...(lines.length ? [`Training sessions reported: ${lines.join('; ')}.`] : []),
    ...(steps.length ? ['Return steps:', ...steps] : []),
  ];
}

function flagLines(data: ProgressData, labels: Labels): string[] {
  const ticked = byDate(data.checkIns).flatMap((c) =>
    c.flags.map((f) => `${labelOf(labels.flags, f)} (${c.date})`),
  );
  return ticked.length ? [`Warning signs ticked: ${ticked.join('; ')}.`] : [];
}

export function progressSummary(data: ProgressData, labels: Labels = defaultLabels()): string {
  const text = [
    'Recovery tracker summary (kept on my device until I chose to attach it):',
    ...pegLines(data),
    ...trainingLines(data, labels),
    ...flagLines(data, labels),
  ].join('\n');
  return text.length <= SUMMARY_LIMIT ? text : `${text.slice(0, SUMMARY_LIMIT - 1)}…`;
}
