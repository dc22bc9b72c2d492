// The PEG score over the weeks: an inline SVG, and the same numbers as a table for screen readers and print.
import { pegChart, chartSize } from '@/lib/progress/chart';
import { byDate, pegScore } from '@/lib/progress/peg';
import { changeSinceStart } from '@/lib/progress/rules';
import type { CheckIn } from '@/lib/progress/types';
import { Section } from '@/components/ui/Section';

const { width, height, left, right, bottom } = chartSize;

export function PegChart({ checkIns }: { checkIns: CheckIn[] }) {
  const chart = pegChart(checkIns);
  // Label every week when they fit, otherwise about eight labels across the chart.
  const every = Math.max(1, Math.ceil(chart.points.length / 8));
  const { target } = chart;
  return (
    <Section
      id="chart-title"
      title="Your score by week"
      className="space-y-4"
      headingClassName="text-2xl font-bold"
    >
      <p className="text-slate-700">
        The PEG score is the average of your three answers, from 0 to 10. Lower is better.
      </p>
      <Change checkIns={checkIns} />
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-2xl"
        aria-hidden="true"
        data-testid="peg-chart"
      >
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
            <text x={left - 10} y={tick.y + 5} textAnchor="end" fontSize="14" fill="#334155">
              {tick.value}
            </text>
          </g>
        ))}
        {target ? (
          <g>
            <line
              x1={left}
              x2={width - right}
              y1={target.y}
              y2={target.y}
              stroke="#0f6e73"
              strokeDasharray="6 6"
            />
            <text x={width - right} y={target.y - 6} textAnchor="end" fontSize="13" fill="#0b3a46">
              30% below your first score
            </text>
          </g>
        ) : null}
        <path d={chart.path} fill="none" stroke="#0f4c5c" strokeWidth="3" />
        {chart.points.map((p, i) => (
          <g key={p.date}>
            <circle cx={p.x} cy={p.y} r="5" fill="#0f4c5c" />
            {i % every === 0 || i === chart.points.length - 1 ? (
              <text x={p.x} y={height - bottom + 24} textAnchor="middle" fontSize="14" fill="#334155">
                Wk {p.week}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <ScoreTable checkIns={checkIns} weeks={chart.points.map((p) => p.week)} />
      <Notes checkIns={checkIns} />
    </Section>
  );
}

function Notes({ checkIns }: { checkIns: CheckIn[] }) {
  const notes = byDate(checkIns).filter((c) => c.note);
  if (notes.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">Your notes</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
        {notes.map((c) => (
          <li key={c.date}>
            {c.date}: {c.note}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Change({ checkIns }: { checkIns: CheckIn[] }) {
  const change = changeSinceStart(checkIns);
  const sorted = byDate(checkIns);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (change === null || !first || !last) return null;
  const words = change === 0 ? 'no change' : `${change < 0 ? 'down' : 'up'} ${Math.abs(change)}%`;
  return (
    <p className="text-lg font-semibold" data-change>
      Since your first check-in: {words} (from {pegScore(first)} to {pegScore(last)}).
    </p>
  );
}

const columns = ['Week', 'Date', 'Pain', 'Enjoyment', 'General activity', 'PEG score'];

function ScoreTable({ checkIns, weeks }: { checkIns: CheckIn[]; weeks: number[] }) {
  return (
    // A region that scrolls sideways on narrow screens (and at 200% zoom) instead of widening the page.
    <div role="region" aria-labelledby="scores-caption" tabIndex={0} className="max-w-2xl overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="scores-caption" className="mb-2 text-left font-semibold">
          Your check-ins, oldest first
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={i < columns.length - 1 ? 'py-1 pr-3' : 'py-1'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byDate(checkIns).map((c, i) => (
            <tr key={c.date} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                {weeks[i]}
              </th>
              <td className="py-1 pr-3">{c.date}</td>
              <td className="py-1 pr-3">{c.pain}</td>
              <td className="py-1 pr-3">{c.enjoyment}</td>
              <td className="py-1 pr-3">{c.general}</td>
              <td className="py-1 font-semibold">{pegScore(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
