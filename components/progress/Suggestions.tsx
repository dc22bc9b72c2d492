// What the check-ins suggest (lib/progress/rules.ts), each with its source where it has one.
import type { Suggestion } from '@/lib/progress/rules';

export function Suggestions({ items }: { items: Suggestion[] }) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="suggest-title"
      className="rounded-md border-2 border-sky-700 p-5"
      data-suggestions
    >
      <h2 id="suggest-title" className="text-2xl font-bold">
        What your check-ins suggest
      </h2>
      <ul className="mt-3 space-y-4">
        {items.map((s) => (
          <li key={s.code} data-suggestion={s.code} className="space-y-2">
            <p>{s.text}</p>
            {s.source ? (
              <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
                Source: {s.source.text} <a href={s.source.url}>{s.source.url}</a>
              </p>
            ) : null}
            <p className="no-print">
              {s.action === 'book' ? (
                <a href="/book" className="btn-primary">
                  Book a free assessment
                </a>
              ) : (
                <a href="/check" className="btn-secondary">
                  Run the self-check again
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
