'use client';

// Print, export as CSV, and delete everything. All three act in the browser only.
import { useState } from 'react';
import { toCsv } from '@/lib/progress/csv';
import type { Labels } from '@/lib/progress/labels';
import type { ProgressData } from '@/lib/progress/types';

function download(data: ProgressData, labels: Labels, today: string) {
  const blob = new Blob([toCsv(data, labels)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `backwise-recovery-${today}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function DataActions({
  data,
  labels,
  today,
  onDelete,
}: {
  data: ProgressData;
  labels: Labels;
  today: string;
  onDelete: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const empty = data.checkIns.length === 0 && data.sessions.length === 0 && !data.plan;
  return (
    <section aria-labelledby="data-title" className="no-print space-y-4">
      <h2 id="data-title" className="text-2xl font-bold">
        Your data
      </h2>
      <p>
        Everything here is kept only in this browser on this device. We never receive it, unless you choose to
        attach a summary when you book an assessment.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => window.print()} disabled={empty}>
          Print a summary
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => download(data, labels, today)}
          disabled={empty}
        >
          Download as a CSV file
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="btn-danger"
            onClick={() => setConfirming(true)}
            disabled={today === ''}
          >
            Delete my data
          </button>
        )}
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby="confirm-title"
          className="space-y-3 rounded-md border-2 border-red-700 p-4"
        >
          <h3 id="confirm-title" className="text-lg font-bold">
            Delete everything the tracker keeps in this browser?
          </h3>
          <p>
            Your check-ins, your plan&apos;s steps and the pages saved for offline use will be gone for good.
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="btn-danger"
              onClick={async () => {
                await onDelete();
                setConfirming(false);
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
