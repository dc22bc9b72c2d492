import { addDays, localDate, zonedTimeToInstant } from './slots';

export const adminViews = ['today', 'upcoming', 'past'] as const;
export type AdminView = (typeof adminViews)[number];

/** The time range of each staff view, as whole clinic-local days. */
export function viewRange(
  view: AdminView,
  clinic: { timeZone: string; horizonDays: number },
  now: Date,
): { from: Date; to: Date } {
  const today = localDate(now, clinic.timeZone);
  const dayStart = (d: string) =>
    zonedTimeToInstant(d, '00:00', clinic.timeZone) ?? new Date(`${d}T00:00:00Z`);
  if (view === 'today') return { from: dayStart(today), to: dayStart(addDays(today, 1)) };
  if (view === 'upcoming')
    return { from: dayStart(addDays(today, 1)), to: dayStart(addDays(today, clinic.horizonDays + 30)) };
  return { from: dayStart(addDays(today, -90)), to: dayStart(today) };
}

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: string[][]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
