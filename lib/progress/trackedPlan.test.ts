import { describe, expect, it } from 'vitest';
import { trackedPlanFrom } from './trackedPlan';

describe('trackedPlanFrom', () => {
  it('keeps the activity, title and steps (with their holds) of each training block and drops the rest', () => {
    const training = [
      {
        activity: 'running',
        title: 'Running',
        keep: ['Easy runs'],
        swap: [{ instead: 'Hills', try: 'Cycling' }],
        pause: ['Sprints'],
        steps: [
          {
            title: 'Step 1: run-walk',
            do: 'Run 1, walk 2.',
            exercises: ['walking-program'],
            loads: ['running'],
          },
          { title: 'Step 2: easy runs', do: 'Run 20 minutes.', held: 'Running makes your pain worse.' },
        ],
        moveOn: 'Two good sessions in a row.',
      },
      { activity: 'building-back', title: 'Building back', steps: [] },
    ];
    expect(trackedPlanFrom(training, new Date('2026-12-01T10:00:00Z'))).toEqual({
      createdAt: '2026-12-01T10:00:00.000Z',
      activities: [
        {
          activity: 'running',
          title: 'Running',
          steps: [
            { title: 'Step 1: run-walk', do: 'Run 1, walk 2.' },
            { title: 'Step 2: easy runs', do: 'Run 20 minutes.', held: 'Running makes your pain worse.' },
          ],
        },
      ],
    });
  });
});
