import type { Ref } from 'react';

/** The GOV.UK/NHS error summary: titled "There is a problem", takes focus, links to the field. */
export function ErrorSummary({
  fieldId,
  message,
  ref,
}: {
  fieldId: string;
  message: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-4 focus:outline-offset-2"
    >
      <h2 id="error-summary-title" className="text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3">
        <li>
          <a href={`#${fieldId}`} className="font-bold text-red-700">
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
