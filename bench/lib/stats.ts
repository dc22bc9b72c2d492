// Figures: percentiles by the nearest-rank method and fixed-digit numbers.

/** The p-th percentile (nearest rank) of ascending values; NaN for none. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i] ?? Number.NaN;
}

/** A number with `digits` decimals, or "-" when it is not finite (a ratio over zero, a percentile of none). */
export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}
