'use client';

// Where the reader is in each activity's return steps, and the check they tick for each session.
import { useId, useState, type FormEvent } from 'react';
import { openSteps, SESSIONS_TO_MOVE_ON, sessionsFor, stepState } from '@/lib/progress/steps';
import type { SessionLog, TrackedActivity, TrackedPlan } from '@/lib/progress/types';

export function PlanSteps({
  plan,
  sessions,
  onLog,
  ready,
}: {
  plan: TrackedPlan | null;
  sessions: SessionLog[];
  onLog: (session: SessionLog) => Promise<void>;
  /** False until the store has answered: "no plan yet" is laid out but not shown, as in the history. */
  ready: boolean;
}) {
  return (
    <section aria-labelledby="steps-title" className="space-y-6">
      <h2 id="steps-title" className="text-2xl font-bold">
        Your return steps
      </h2>
      {!plan || plan.activities.length === 0 ? (
        <p className={ready ? undefined : 'invisible'}>
          No plan yet. <a href="/check">Run the self-check</a>, choose the training you want to get back to,
          and press &ldquo;Start tracking my recovery&rdquo; on your plan. Its return steps will show here.
        </p>
      ) : (
        <>
          <p>
            Move on to the next step after {SESSIONS_TO_MOVE_ON} sessions in a row where the pain stayed at a
            level you find acceptable during the session (3 out of 10 or less is a common mark) and was no
            worse the next morning. If a session fails that check, stay on the step or go back one.
          </p>
          {plan.activities.map((activity) => (
            <ActivitySteps
              key={activity.activity}
              activity={activity}
              sessions={sessionsFor(sessions, activity.activity)}
              onLog={onLog}
            />
          ))}
        </>
      )}
    </section>
  );
}

function ActivitySteps({
  activity,
  sessions,
  onLog,
}: {
  activity: TrackedActivity;
  sessions: SessionLog[];
  onLog: (session: SessionLog) => Promise<void>;
}) {
  const state = stepState(sessions, activity.steps.length, openSteps(activity));
  const [ok, setOk] = useState(false);
  const id = useId();
  const current = activity.steps[state.current];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await onLog({ at: new Date().toISOString(), activity: activity.activity, step: state.current, ok });
    setOk(false);
  }

  return (
    <article className="space-y-3 rounded-md bg-slate-50 p-5" data-activity={activity.activity}>
      <h3 className="text-xl font-bold">Your {activity.title.toLowerCase()}</h3>
      <ol className="list-decimal space-y-2 pl-6">
        {activity.steps.map((step, i) => {
          const status = state.done || i < state.current ? 'done' : i === state.current ? 'now' : 'later';
          return (
            <li
              key={step.title}
              aria-current={status === 'now' ? 'step' : undefined}
              data-held={step.held ? 'true' : undefined}
            >
              <span className="font-semibold">{step.title}</span>{' '}
              <span className="text-sm font-semibold text-brand-700">
                {status === 'done'
                  ? '(done)'
                  : status === 'now'
                    ? '(you are here)'
                    : step.held
                      ? '(held)'
                      : ''}
              </span>
              <p>{step.do}</p>
              {step.held ? <p className="font-semibold text-amber-900">{step.held}</p> : null}
            </li>
          );
        })}
      </ol>
      <p>
        {state.done
          ? 'You have passed every step. Well done: keep building up at your own pace.'
          : `Passed sessions in a row at this step: ${state.streak} of ${SESSIONS_TO_MOVE_ON}.`}
        {state.lastFailed
          ? ' Your last session did not pass the check: stay on this step, or go back one.'
          : ''}
        {state.heldNext
          ? ' The next step is held by your plan: stay on this one. When the movement it loads no longer makes your pain worse, run the self-check again for a new plan.'
          : ''}
      </p>
      {current && !state.done ? (
        <form onSubmit={submit} className="no-print space-y-3">
          <div className="flex items-start gap-3">
            <input
              id={`${id}-ok`}
              type="checkbox"
              checked={ok}
              onChange={(e) => setOk(e.target.checked)}
              className="mt-1 h-6 w-6"
            />
            <label htmlFor={`${id}-ok`}>
              During the session the pain stayed at a level I find acceptable, and by the next morning it was
              no worse than before
            </label>
          </div>
          <button type="submit" className="btn-secondary">
            Log a session of {current.title}
          </button>
        </form>
      ) : null}
      <SessionList sessions={sessions} activity={activity} />
    </article>
  );
}

function SessionList({ sessions, activity }: { sessions: SessionLog[]; activity: TrackedActivity }) {
  if (sessions.length === 0) return null;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline">
        Sessions logged ({sessions.length})
      </summary>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {[...sessions]
          .sort((a, b) => a.at.localeCompare(b.at))
          .map((s) => (
            <li key={s.at}>
              {s.at.slice(0, 10)}, {activity.steps[s.step]?.title ?? `step ${s.step + 1}`}:{' '}
              {s.ok ? 'passed the check' : 'did not pass the check'}
            </li>
          ))}
      </ul>
    </details>
  );
}
