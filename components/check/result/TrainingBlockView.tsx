// One keep/swap/pause block of the self-care plan, with its return steps and the reader's own check for
// moving on. Plain component (no hooks), rendered by the wizard and printable.
import type { ExerciseLink, TrainingBlock } from '@/lib/triage/training';

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="mt-4 font-bold">{title}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

const Links = ({ exercises }: { exercises: readonly ExerciseLink[] }) =>
  exercises.length ? (
    <p className="mt-1">
      Exercises:{' '}
      {exercises.map((e, i) => (
        <span key={e.slug}>
          {i > 0 ? ', ' : ''}
          <a href={e.url}>{e.title}</a>
        </span>
      ))}
    </p>
  ) : null;

function Steps({ block }: { block: TrainingBlock }) {
  return (
    <>
      <h4 className="mt-4 font-bold">Coming back, step by step</h4>
      <ol className="mt-1 space-y-3">
        {block.steps.map((step) => (
          <li key={step.title} data-held={step.held ? 'true' : undefined}>
            <p className="font-semibold">{step.title}</p>
            <p>{step.do}</p>
            {step.held ? <p className="mt-1 font-semibold text-amber-900">{step.held}</p> : null}
            <Links exercises={step.exercises} />
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <strong>When to move on:</strong> {block.moveOn}
      </p>
      <p className="mt-3" data-urgent-signs="">
        <strong>Get help the same day:</strong> {block.urgentSigns}
      </p>
    </>
  );
}

export function TrainingBlockView({ block }: { block: TrainingBlock }) {
  const id = `training-${block.activity}`;
  return (
    <section aria-labelledby={id} data-training={block.activity} className="my-6 rounded-md border p-4">
      <h3 id={id} className="text-xl font-bold">
        {block.heading}
      </h3>
      {block.intro ? <p className="mt-2">{block.intro}</p> : null}
      <List title="Keep doing" items={block.keep} />
      {block.swap.length ? (
        <>
          <h4 className="mt-4 font-bold">Swap for a while</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {block.swap.map((s) => (
              <li key={s.instead}>
                Instead of {s.instead.charAt(0).toLowerCase() + s.instead.slice(1)}: {s.try}.
                {s.exercise ? (
                  <>
                    {' '}
                    See <a href={s.exercise.url}>{s.exercise.title}</a>.
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <List title="Pause for now" items={block.pause} />
      <Steps block={block} />
      <p className="mt-3 text-slate-700">
        <strong>How sure we are:</strong> {block.evidence}
      </p>
      <ul className="mt-1 text-sm text-slate-700">
        {block.references.map((r) => (
          <li key={r.title}>
            {r.authors} ({r.year}). {r.title}. {r.source}.{' '}
            {r.url ? <a href={r.url}>{r.url.replace(/^https:\/\//, '')}</a> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
