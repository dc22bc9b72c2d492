// Named states of the tracker, shared by the unit tests and the e2e spec (which seeds them into IndexedDB).
import type { CheckIn, ProgressData, TrackedPlan } from './types';

export const plan: TrackedPlan = {
  createdAt: '2026-10-05T08:00:00.000Z',
  activities: [
    {
      activity: 'running',
      title: 'Running',
      steps: [
        { title: 'Step 1: run-walk', do: 'Alternate 1 minute of easy running with 2 minutes of walking.' },
        { title: 'Step 2: easy runs', do: 'Run 20 minutes at an easy pace on flat ground.' },
        { title: 'Step 3: longer runs', do: 'Add 5 minutes to one run a week.' },
      ],
    },
    {
      activity: 'weights',
      title: 'Weight training',
      steps: [
        { title: 'Step 1: light hinges', do: 'Romanian deadlifts with a light kettlebell, 3 sets of 8.' },
        { title: 'Step 2: back to the bar', do: 'Deadlifts at half your usual weight, 3 sets of 5.' },
      ],
    },
  ],
};

function checkIn(date: string, pain: number, enjoyment: number, general: number, running = 2): CheckIn {
  return { date, pain, enjoyment, general, sessions: { running, weights: 1 }, flags: [], note: '' };
}

const weeks: [string, number, number, number][] = [
  ['2026-10-05', 7, 6, 7],
  ['2026-10-12', 6, 6, 6],
  ['2026-10-19', 6, 5, 5],
  ['2026-10-26', 5, 4, 5],
  ['2026-11-02', 4, 4, 4],
  ['2026-11-09', 4, 3, 3],
  ['2026-11-16', 3, 2, 3],
  ['2026-11-23', 2, 2, 2],
];

/** A plan whose steps after the gentler first one are held (the reader's forward bending hurts). */
const heldPlan: TrackedPlan = {
  createdAt: '2026-11-02T08:00:00.000Z',
  activities: [
    {
      activity: 'weights',
      title: 'Weight training',
      steps: [
        {
          title: 'Before step 1: brace and bridge',
          do: 'Breathing and bracing, glute bridges and bird dogs.',
        },
        {
          title: 'Step 1: move and brace',
          do: 'Hinge practice with a broomstick, glute bridges and bird dogs.',
          held: 'Bending forward makes your pain worse at the moment, and this step loads it. Hold this step until it no longer does: until then, stay on "Before step 1: brace and bridge".',
        },
        {
          title: 'Step 2: light loads close to the body',
          do: 'Goblet squats to a box and carries.',
          held: 'Held while "Step 1: move and brace" is held: take the steps in order, without skipping ahead.',
        },
      ],
    },
  ],
};

export const fixtures: Record<'empty' | 'oneWeek' | 'eightWeeks' | 'held', ProgressData> = {
  empty: { plan: null, checkIns: [], sessions: [] },
  oneWeek: { plan, checkIns: [checkIn('2026-11-23', 6, 5, 6)], sessions: [] },
  eightWeeks: {
    plan,
    checkIns: weeks.map(([date, p, e, g]) => checkIn(date, p, e, g)),
    sessions: [
      { at: '2026-10-06T18:00:00.000Z', activity: 'running', step: 0, ok: true },
      { at: '2026-10-08T18:00:00.000Z', activity: 'running', step: 0, ok: true },
      { at: '2026-10-13T18:00:00.000Z', activity: 'running', step: 1, ok: false },
      { at: '2026-10-15T18:00:00.000Z', activity: 'running', step: 1, ok: true },
      { at: '2026-10-07T18:00:00.000Z', activity: 'weights', step: 0, ok: true },
    ],
  },
  held: {
    plan: heldPlan,
    checkIns: [checkIn('2026-11-02', 5, 4, 5, 0)],
    sessions: [
      { at: '2026-11-03T18:00:00.000Z', activity: 'weights', step: 0, ok: true },
      { at: '2026-11-05T18:00:00.000Z', activity: 'weights', step: 0, ok: true },
    ],
  },
};
