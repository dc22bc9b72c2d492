'use client';

import { useEffect, useRef } from 'react';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The GOV.UK error summary, the one every form uses: titled "There is a problem", one link per field to
 * `#<field>`. It takes focus once for each failed submit (each new `focusKey`), not on every re-render, so a
 * reader typing a fix is never pulled back to the top.
 */
export function ErrorSummary({
  errors,
  focusKey,
  title = 'There is a problem',
}: {
  errors: readonly FieldError[];
  /** Changes once per failed submit, e.g. a submit counter or the server's error text. */
  focusKey: number | string | undefined;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Only a new submit moves focus; the error list changing as the reader types must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
    return () => {
      document.title = document.title.replace(/^Error: /, '');
    };
  }, [hasErrors]);
  if (!hasErrors) return null;
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
