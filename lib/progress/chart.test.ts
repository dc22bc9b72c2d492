import { describe, expect, it } from 'vitest';
import { chartSize, pegChart } from './chart';
import { fixtures } from './fixtures';

describe('pegChart', () => {
  it('plots eight weeks left to right, 0 at the bottom and 10 at the top', () => {
    const chart = pegChart(fixtures.eightWeeks.checkIns);
    expect(chart.points.map((p) => p.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(chart.points[0]?.x).toBe(chartSize.left);
    expect(chart.points.at(-1)?.x).toBe(chartSize.width - chartSize.right);
    expect(chart.yTicks[0]).toEqual({ value: 0, y: chartSize.height - chartSize.bottom });
    expect(chart.yTicks.at(-1)).toEqual({ value: 10, y: chartSize.top });
    expect(chart.path.startsWith(`M${chartSize.left} `)).toBe(true);
    expect(chart.path.split('L')).toHaveLength(8);
    // First score 6.7: the 30% mark is 4.7, drawn between the 4 and 6 grid lines.
    expect(chart.target?.score).toBe(4.7);
    expect(chart.target?.y).toBeLessThan(chart.yTicks[2]!.y);
    expect(chart.target?.y).toBeGreaterThan(chart.yTicks[3]!.y);
  });

  it('centres a single point and draws nothing for no data', () => {
    const one = pegChart(fixtures.oneWeek.checkIns);
    expect(one.points).toHaveLength(1);
    expect(one.points[0]?.score).toBe(5.7);
    expect(one.target).toBeNull();
    expect(pegChart([]).points).toEqual([]);
  });
});
