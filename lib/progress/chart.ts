// Geometry of the PEG chart (an inline SVG): pure numbers, so the component only draws them.
import { byDate, pegScore, weekNumber } from './peg';
import { MEANINGFUL_FALL_PERCENT } from './rules';
import type { CheckIn } from './types';

export const chartSize = { width: 640, height: 260, left: 44, right: 16, top: 16, bottom: 40 };

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  week: number;
  score: number;
}
export interface Chart {
  points: ChartPoint[];
  /** SVG path of the line through the points. */
  path: string;
  yTicks: { value: number; y: number }[];
  /** Where a score 30% below the first one lies (the rule's mark), once there are two check-ins. */
  target: { score: number; y: number } | null;
}

export function pegChart(checkIns: readonly CheckIn[]): Chart {
  const { width, height, left, right, top, bottom } = chartSize;
  const sorted = byDate(checkIns);
  const first = sorted[0]?.date ?? '';
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const step = sorted.length > 1 ? plotWidth / (sorted.length - 1) : 0;
  const yFor = (score: number) => top + plotHeight - (score / 10) * plotHeight;
  const points = sorted.map((c, i) => {
    const score = pegScore(c);
    return {
      x: Math.round((sorted.length > 1 ? left + i * step : left + plotWidth / 2) * 10) / 10,
      y: Math.round(yFor(score) * 10) / 10,
      date: c.date,
      week: weekNumber(first, c.date),
      score,
    };
  });
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const yTicks = [0, 2, 4, 6, 8, 10].map((value) => ({ value, y: Math.round(yFor(value) * 10) / 10 }));
  const start = points[0]?.score ?? 0;
  const targetScore = Math.round(start * (1 - MEANINGFUL_FALL_PERCENT / 100) * 10) / 10;
  const target =
    points.length > 1 && start > 0
      ? { score: targetScore, y: Math.round(yFor(targetScore) * 10) / 10 }
      : null;
  return { points, path, yTicks, target };
}
