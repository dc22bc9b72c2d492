'use client';

// "My recovery": loads the reader's data from this browser and shows the care cards, what the check-ins
// suggest, the chart, the return steps, the check-in form and the data actions.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { byDate } from '@/lib/progress/peg';
import { careFlags, suggestions } from '@/lib/progress/rules';
import {
  deleteEverything,
  loadProgress,
  onDeletedElsewhere,
  saveCheckIn,
  saveSession,
} from '@/lib/progress/store';
import type { CheckIn, ProgressData, SessionLog } from '@/lib/progress/types';
import { CareCards } from './CareCards';
import { CheckInForm, localToday } from './CheckInForm';
import { DataActions } from './DataActions';
import { PegChart } from './PegChart';
import { PlanSteps } from './PlanSteps';
import { Suggestions } from './Suggestions';
import type { TrackerSetup } from './types';

type Status = { kind: 'loading' } | { kind: 'ready'; message: string } | { kind: 'failed' };

const noData: ProgressData = { plan: null, checkIns: [], sessions: [] };

/**
 * The tracker runs the React runtime, so it is not a document and registers the offline worker itself: once
 * the tracker has loaded and the browser is idle, because the worker's install fetches the pages it keeps
 * offline and their assets, which would otherwise compete with the page's own start.
 */
function useServiceWorker(ready: boolean) {
  useEffect(() => {
    if (!ready || process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(register, 1000);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(register, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [ready]);
}

/** The tracker's data from this browser's store, and a refresh that reloads it after a change. */
function useTrackerData() {
  const [data, setData] = useState<ProgressData>(noData);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  const refresh = useCallback(async (message = '') => {
    setData(await loadProgress());
    setStatus({ kind: 'ready', message });
  }, []);

  useEffect(() => {
    let live = true;
    loadProgress().then(
      (loaded) => {
        if (!live) return;
        // A transition lets React render a returning reader's chart and steps in short slices, so the page
        // stays responsive while the framework is still starting up.
        startTransition(() => {
          setData(loaded);
          setStatus({ kind: 'ready', message: '' });
        });
      },
      () => live && setStatus({ kind: 'failed' }),
    );
    // "Delete my data" in another tab: this one shows the empty tracker at once, as a reload would.
    const stopListening = onDeletedElsewhere(() => {
      setData(noData);
      setStatus({
        kind: 'ready',
        message: 'Your data was deleted in another tab.',
      });
    });
    return () => {
      live = false;
      stopListening();
    };
  }, []);
  const announce = useCallback((message: string) => setStatus({ kind: 'ready', message }), []);
  return { data, status, refresh, announce };
}

/**
 * The chart, or the first visit's empty state. Before the store has answered, the empty-state text is laid
 * out but not shown: a first visit then changes nothing but its visibility (no layout shift), and a returning
 * reader is never told, even for a moment, that their check-ins are gone.
 */
function History({ checkIns, ready }: { checkIns: CheckIn[]; ready: boolean }) {
  if (checkIns.length > 0) return <PegChart checkIns={checkIns} />;
  return (
    <p className={ready ? undefined : 'invisible'}>
      No check-ins yet. Your first one is below: it takes about a minute.
    </p>
  );
}

// The server renders the tracker as it looks while loading: the whole first view with its empty state and
// check-in form, so the page is drawn from the HTML and the browser has little to build once the store
// answers. Without JavaScript it is hidden; the page's noscript message stands in for it.
export function ProgressApp({ setup }: { setup: TrackerSetup }) {
  const { data, status, refresh, announce } = useTrackerData();
  const [problem, setProblem] = useState('');
  useServiceWorker(status.kind === 'ready');

  if (status.kind === 'failed')
    return (
      <p role="alert" className="font-semibold text-red-800">
        This browser will not let the tracker keep data (private browsing can block it). You can use the{' '}
        <a href="/progress/paper">paper version</a> instead.
      </p>
    );

  const ready = status.kind === 'ready';
  // The page is prerendered at build time, so "today" is only known in the browser; until then the form's
  // date is empty and its buttons wait (a submit before then would be the browser's own, into the address).
  const today = ready ? localToday() : '';
  const latest = byDate(data.checkIns).at(-1);
  const onSave = async (checkIn: CheckIn) => {
    await saveCheckIn(checkIn);
    await refresh(`Check-in saved for ${checkIn.date}.`);
  };
  const onLog = async (session: SessionLog) => {
    setProblem('');
    await saveSession(session).then(
      () => refresh('Session logged.'),
      () => setProblem('This browser did not save the session.'),
    );
  };
  const onDelete = async () => {
    setProblem('');
    await deleteEverything(() => announce('Close this page in your other tabs to finish deleting.')).then(
      () => refresh('Your data has been deleted from this browser.'),
      () => setProblem('This browser did not delete your data.'),
    );
  };

  return (
    <div
      className="min-h-[60vh] space-y-12 noscript:hidden"
      aria-busy={ready ? undefined : true}
      data-tracker-ready={ready ? '' : undefined}
    >
      <p role="status" className="font-semibold text-brand-700 empty:hidden">
        {ready ? status.message : ''}
      </p>
      <p role="alert" className="font-semibold text-red-800 empty:hidden">
        {problem}
      </p>
      {latest && latest.flags.length > 0 ? (
        <section aria-labelledby="latest-flags-title">
          <h2 id="latest-flags-title" className="text-2xl font-bold">
            From your check-in of {latest.date}
          </h2>
          <CareCards
            flags={careFlags(latest.flags, setup.emergencyItems, setup.urgentItems)}
            labels={setup.labels.flags}
            contacts={setup.contacts}
          />
        </section>
      ) : null}
      <Suggestions items={suggestions(data.checkIns)} />
      <History checkIns={data.checkIns} ready={ready} />
      <PlanSteps plan={data.plan} sessions={data.sessions} onLog={onLog} ready={ready} />
      <CheckInForm
        setup={setup}
        planActivities={(data.plan?.activities ?? []).map((a) => a.activity)}
        savedDates={data.checkIns.map((c) => c.date)}
        onSave={onSave}
        today={today}
      />
      <DataActions data={data} labels={setup.labels} today={today} onDelete={onDelete} />
    </div>
  );
}
