'use client';

import { useEffect, useRef } from 'react';

export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK error summary: takes focus when it appears and links to each field. */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: FieldError[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
    return () => {
      document.title = document.title.replace(/^Error: /, '');
    };
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-300"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`} className="font-semibold text-red-800">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
