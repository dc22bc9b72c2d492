import type { SelfCarePlan } from '@/lib/triage/plan';
import { TrainingBlockView } from './TrainingBlockView';

function Advice({ title, advice }: { title: string; advice: string[] }) {
  return (
    <div>
      <h3 className="text-lg font-bold">{title}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {advice.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}

/** The tailored plan: advice, exercises with dose, a six-week progression, and articles. */
export function SelfCarePlanView({ plan }: { plan: SelfCarePlan }) {
  return (
    <>
      <section aria-labelledby="advice-title" className="my-8 space-y-5">
        <h2 id="advice-title" className="text-2xl font-bold">
          What to do
        </h2>
        <Advice {...plan.stage} />
        <Advice {...plan.pattern} />
        <Advice {...plan.onset} />
      </section>

      <section aria-labelledby="exercises-title" className="my-8">
        <h2 id="exercises-title" className="text-2xl font-bold">
          Your exercises
        </h2>
        <p className="mt-2">
          Stop an exercise if it makes pain spread down your leg, or causes numbness or tingling.
        </p>
        <ol className="mt-4 space-y-4">
          {plan.exercises.map((e) => (
            <li key={e.slug} className="rounded-md border border-slate-300 p-4" data-exercise={e.slug}>
              <h3 className="text-lg font-bold">
                <a href={e.url}>{e.title}</a>
              </h3>
              <p>{e.why}</p>
              <p className="mt-1">
                <strong>Dose:</strong> {e.dose}. <strong>How often:</strong> {e.frequency}.
              </p>
            </li>
          ))}
        </ol>
        <h3 className="mt-6 text-lg font-bold">Week by week</h3>
        <dl className="mt-2 space-y-2">
          {plan.progression.map((p) => (
            <div key={p.weeks}>
              <dt className="font-semibold">{p.weeks}</dt>
              <dd>{p.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      {plan.training.length || plan.buildingBack ? (
        <section aria-labelledby="training-title" className="my-8">
          <h2 id="training-title" className="text-2xl font-bold">
            Your training
          </h2>
          <p className="mt-2">
            For each kind of training you do: what to keep, what to swap for a while, what to pause, and how
            to come back in steps.
          </p>
          {plan.training.map((block) => (
            <TrainingBlockView key={block.activity} block={block} />
          ))}
          {plan.buildingBack ? <TrainingBlockView block={plan.buildingBack} /> : null}
        </section>
      ) : null}

      {plan.articles.length ? (
        <section aria-labelledby="read-title" className="my-8">
          <h2 id="read-title" className="text-2xl font-bold">
            Read more
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {plan.articles.map((a) => (
              <li key={a.slug}>
                <a href={a.url}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
