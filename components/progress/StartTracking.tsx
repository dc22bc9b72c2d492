'use client';

// "Start tracking" on the self-check result: keeps the plan's return steps in this browser (IndexedDB) and
// opens the tracker. Nothing is sent to the server.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { savePlan } from '@/lib/progress/store';
import type { TrackedPlan } from '@/lib/progress/types';

export function StartTracking({ plan }: { plan: TrackedPlan }) {
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const router = useRouter();

  async function start() {
    setState('saving');
    try {
      await savePlan(plan);
      router.push('/progress');
    } catch {
      setState('failed');
    }
  }

  // Without JavaScript the button could do nothing, so it is hidden then (the tracker needs JavaScript).
  return (
    <div className="no-print space-y-2 noscript:hidden">
      <button type="button" className="btn-primary" onClick={start} disabled={state === 'saving'}>
        Start tracking my recovery
      </button>
      <p className="text-slate-700">
        Your plan&apos;s return steps are kept only in this browser, for a weekly check-in at{' '}
        <a href="/progress">My recovery</a>. Nothing is sent to us.
      </p>
      {state === 'failed' ? (
        <p role="alert" className="font-semibold text-red-800">
          This browser would not let us keep your plan (private browsing can block it). You can still use the
          tracker without it.
        </p>
      ) : null}
    </div>
  );
}
