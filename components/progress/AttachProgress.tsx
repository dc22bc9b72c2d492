'use client';

// The booking form's tick box for the recovery tracker. The summary is read from this browser and shown to
// the reader; only when they tick the box does a hidden `progressSummary` field carry it with the form.
import { useEffect, useId, useState } from 'react';
import { AttachedPreview } from '@/components/ui/AttachedPreview';
import { loadProgress } from '@/lib/progress/store';
import { progressSummary } from '@/lib/progress/summary';

export function AttachProgress() {
  const [summary, setSummary] = useState<string | null>(null);
  const [ticked, setTicked] = useState(false);
  const id = useId();

  useEffect(() => {
    let live = true;
    loadProgress()
      .then((data) => {
        if (live && (data.checkIns.length > 0 || data.plan)) setSummary(progressSummary(data));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!summary) return null;
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-4">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={ticked}
          onChange={(event) => setTicked(event.target.checked)}
          className="mt-1 h-6 w-6"
        />
        <label htmlFor={id} className="font-semibold">
          Attach a short summary of my recovery tracker to this booking
        </label>
      </div>
      <AttachedPreview text={summary} />
      {ticked ? <input type="hidden" name="progressSummary" value={summary} /> : null}
    </div>
  );
}
