import type { Closure } from '@/lib/schedule/types';
import { describeRange } from '@/lib/schedule/names';

/** The closed dates still to come, each with a button to open the clinic again. */
export function ClosureList({
  closures,
  remove,
}: {
  closures: Closure[];
  remove: (form: FormData) => Promise<void>;
}) {
  if (closures.length === 0) return <p className="mb-4">No closed dates coming up.</p>;
  return (
    <ul className="mb-6 space-y-2">
      {closures.map((c) => (
        <li key={c.id} data-closure-id={c.id} className="flex flex-wrap items-center gap-3">
          <span>
            <strong>{describeRange(c.from, c.to)}</strong>: {c.reason}
          </span>
          <form action={remove}>
            <input type="hidden" name="id" value={c.id} />
            <button
              type="submit"
              className="btn-secondary min-h-11 px-3 text-sm"
              aria-label={`Open again ${describeRange(c.from, c.to)} (${c.reason})`}
            >
              Open again
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
