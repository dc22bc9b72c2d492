import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getHelpNowAnchors } from '@/components/content/GetHelpNow';
import { MdxContent } from '@/components/content/MdxContent';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Callout } from '@/components/ui/Callout';
import { JsonLd } from '@/components/ui/JsonLd';
import { Prose } from '@/components/ui/Prose';
import { allExercises, formatDate, getExercise } from '@/lib/content';
import { doseText } from '@/lib/content/dose';
import { breadcrumbList, exerciseJsonLd } from '@/lib/content/structuredData';

interface Props {
  params: Promise<{ slug: string }>;
}

// The article that explains the warning signs; its care cards open the page.
const warningSigns = '/articles/warning-signs-back-pain-is-serious';

export const dynamicParams = false;

export function generateStaticParams() {
  return allExercises().map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = getExercise((await params).slug);
  if (!exercise) return {};
  return {
    title: `${exercise.title}: how to do it`,
    description: exercise.description,
    alternates: { canonical: exercise.url },
    openGraph: {
      title: exercise.title,
      description: exercise.description,
      url: exercise.url,
      images: [`/exercises/${exercise.illustration}`],
    },
  };
}

export default async function ExercisePage({ params }: Props) {
  const exercise = getExercise((await params).slug);
  if (!exercise) notFound();
  const crumbs = [
    { href: '/', label: 'Home' },
    { href: '/exercises', label: 'Exercises' },
    { href: exercise.url, label: exercise.title },
  ];
  const dose = exercise.dose;
  return (
    <article className="space-y-8">
      <JsonLd data={exerciseJsonLd(exercise)} />
      <JsonLd data={breadcrumbList(crumbs)} />
      <header className="space-y-3">
        <Breadcrumbs items={crumbs.slice(0, 2)} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{exercise.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{exercise.description}</p>
      </header>
      <div className="grid gap-8 md:grid-cols-2">
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- static SVG with fixed size; no optimisation to gain */}
          <img
            src={`/exercises/${exercise.illustration}`}
            alt={exercise.alt}
            width={400}
            height={240}
            className="h-auto w-full"
          />
          <figcaption className="mt-2 text-sm text-slate-700">{exercise.alt}</figcaption>
        </figure>
        <section aria-labelledby="dose" className="space-y-2">
          <h2 id="dose" className="text-xl font-bold">
            How much to do
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Sets</dt>
            <dd>{dose.sets}</dd>
            {dose.reps ? (
              <>
                <dt className="font-semibold">Repetitions</dt>
                <dd>{dose.reps}</dd>
              </>
            ) : null}
            {dose.hold ? (
              <>
                <dt className="font-semibold">Hold</dt>
                <dd>{dose.hold}</dd>
              </>
            ) : null}
            {dose.rest ? (
              <>
                <dt className="font-semibold">Rest</dt>
                <dd>{dose.rest}</dd>
              </>
            ) : null}
            <dt className="font-semibold">How often</dt>
            <dd>{dose.frequency}</dd>
          </dl>
          <p className="text-sm text-slate-700">In short: {doseText(dose)}.</p>
          <p className="text-sm text-slate-700">
            Level: <span className="capitalize">{exercise.level}</span>. Works: {exercise.targets.join(', ')}.
          </p>
        </section>
      </div>
      <section aria-labelledby="steps" className="max-w-3xl space-y-3">
        <h2 id="steps" className="text-xl font-bold">
          Steps
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
        <section aria-labelledby="easier" className="rounded-lg bg-slate-50 p-4">
          <h2 id="easier" className="font-bold">
            Make it easier
          </h2>
          <p className="mt-1">{exercise.easier}</p>
        </section>
        <section aria-labelledby="harder" className="rounded-lg bg-slate-50 p-4">
          <h2 id="harder" className="font-bold">
            Make it harder
          </h2>
          <p className="mt-1">{exercise.harder}</p>
        </section>
      </div>
      <section aria-labelledby="mistakes" className="max-w-3xl space-y-2">
        <h2 id="mistakes" className="text-xl font-bold">
          Common mistakes
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {exercise.mistakes.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </section>
      <div className="max-w-3xl">
        <Callout type="warning" title="Stop and get advice if">
          <ul>
            {exercise.stopIf.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p>
            Stop and get help if you notice any of the{' '}
            <Link href={`${warningSigns}#${getHelpNowAnchors.emergency}`}>
              warning signs that need a doctor now or today
            </Link>
            .
          </p>
        </Callout>
      </div>
      <Prose>
        <MdxContent code={exercise.body.code} />
      </Prose>
      <p className="max-w-3xl text-sm text-slate-700">
        Reviewed by {exercise.reviewer.name}, {exercise.reviewer.credentials} ({exercise.reviewer.role}). Last
        reviewed{' '}
        <time dateTime={exercise.lastReviewed.slice(0, 10)}>{formatDate(exercise.lastReviewed)}</time>.{' '}
        <Link href="/exercises">Back to all exercises</Link>.
      </p>
    </article>
  );
}
