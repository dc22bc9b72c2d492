// The self-check's v2 plan carries `plan.training`: one keep/swap/pause block per activity, each with its
// return steps. The tracker keeps only what it shows (activity, title, step titles, what to do and why a step
// is held), so a change to the rest of the block never breaks what is stored in a reader's browser.
import type { TrackedPlan } from './types';

/** The shape of a training block this mapping reads; any other fields are ignored. */
export interface TrainingBlockLike {
  activity: string;
  title: string;
  steps: readonly { title: string; do: string; held?: string }[];
}

export function trackedPlanFrom(training: readonly TrainingBlockLike[], now: Date): TrackedPlan {
  return {
    createdAt: now.toISOString(),
    activities: training
      .filter((block) => block.steps.length > 0)
      .map((block) => ({
        activity: block.activity,
        title: block.title,
        steps: block.steps.map((step) => ({
          title: step.title,
          do: step.do,
          ...(step.held ? { held: step.held } : {}),
        })),
      })),
  };
}
