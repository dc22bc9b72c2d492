// The tracker's rules, as data: each carries its code, its words and its source, so the page, the
// summary and the tests read one table.
import { byDate, daysBetween, pegSum } from './peg';
import { sources } from './sources';
import type { CheckIn, Source } from './types';

/** A fall of at least 30% is a moderately important improvement in pain trials (IMMPACT, Dworkin 2008). */
export const MEANINGFUL_FALL_PERCENT = 30;
/** Days from the first check-in after which a score that has not fallen enough suggests an assessment. */
export const REVIEW_AFTER_DAYS = 14;

export type SuggestionCode = 'not-improving' | 'rising' | 'worse-than-last';
export interface Suggestion {
  code: SuggestionCode;
  action: 'book' | 'recheck';
  text: string;
  source?: Source;
}

export const suggestionRules: Record<SuggestionCode, Omit<Suggestion, 'code'>> = {
  'not-improving': {
    action: 'book',
    text:
      'Two weeks or more after your first check-in, your score has not fallen by at least 30%. ' +
      'A fall of 30% is a common mark of a real improvement in pain studies. A free assessment can help ' +
      'find out what is holding you back.',
    source: sources.meaningfulChange,
  },
  rising: {
    action: 'book',
    text: 'Your score is higher than at your first check-in. Book a free assessment so we can look at why.',
  },
  'worse-than-last': {
    action: 'recheck',
    text:
      'Your score went up since your last check-in. Run the self-check again: if things have changed, ' +
      'its advice may change too.',
  },
};

/** What the check-ins suggest, most important first. Needs at least two check-ins. */
export function suggestions(checkIns: readonly CheckIn[]): Suggestion[] {
  const sorted = byDate(checkIns);
  const first = sorted[0];
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  if (!first || !last || !previous) return [];
  const codes: SuggestionCode[] = [];
  const start = pegSum(first);
  const now = pegSum(last);
  if (now > start) codes.push('rising');
  else if (
    daysBetween(first.date, last.date) >= REVIEW_AFTER_DAYS &&
    start > 0 &&
    // In whole numbers, so a fall of exactly 30% counts as 30%.
    (start - now) * 100 < start * MEANINGFUL_FALL_PERCENT
  )
    codes.push('not-improving');
  if (now > pegSum(previous)) codes.push('worse-than-last');
  return codes.map((code) => ({ code, ...suggestionRules[code] }));
}

/** The change of the score since the first check-in, in whole percent (negative is a fall). */
export function changeSinceStart(checkIns: readonly CheckIn[]): number | null {
  const sorted = byDate(checkIns);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || sorted.length < 2 || pegSum(first) === 0) return null;
  return Math.round(((pegSum(last) - pegSum(first)) / pegSum(first)) * 100);
}

export interface CareFlags {
  emergency: string[];
  urgent: string[];
}

/**
 * The emergency and urgent items among those ticked, each list in the self-check's own order. The lists are
 * passed in (the self-check's current sets), so new items need no change here.
 */
export function careFlags(
  ticked: readonly string[],
  emergencyItems: readonly string[],
  urgentItems: readonly string[],
): CareFlags {
  const set = new Set(ticked);
  return {
    emergency: emergencyItems.filter((item) => set.has(item)),
    urgent: urgentItems.filter((item) => set.has(item)),
  };
}
