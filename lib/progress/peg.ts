// The PEG score (Krebs et al. 2009): the mean of three 0-10 items, pain on average, interference with
// enjoyment of life and with general activity, over the past week. Lower is better.
import type { CheckIn } from './types';

export const pegItems = ['pain', 'enjoyment', 'general'] as const;
export type PegItem = (typeof pegItems)[number];

/** The PEG score to one decimal place, as the reader sees it. */
export function pegScore(c: Pick<CheckIn, PegItem>): number {
  return Math.round(((c.pain + c.enjoyment + c.general) / 3) * 10) / 10;
}

/** Sum of the three items: comparing sums avoids rounding the mean before a rule compares it. */
export function pegSum(c: Pick<CheckIn, PegItem>): number {
  return c.pain + c.enjoyment + c.general;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The week of tracking a date falls in, counting the first check-in's week as week 1. */
export function weekNumber(first: string, date: string): number {
  return Math.floor(daysBetween(first, date) / 7) + 1;
}

/** Check-ins oldest first. */
export function byDate(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
}
