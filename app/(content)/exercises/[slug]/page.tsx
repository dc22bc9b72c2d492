import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExerciseDose } from '@/components/content/ExerciseDose';
import { ExerciseFigure } from '@/components/content/ExerciseFigure';
import { ExerciseReview } from '@/components/content/ExerciseReview';
import { ExerciseStopSigns } from '@/components/content/ExerciseStopSigns';
import { ExerciseVersions } from '@/components/content/ExerciseVersions';
import { MdxContent } from '@/components/content/MdxContent';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { JsonLd } from '@/components/ui/JsonLd';
import { Prose } from '@/components/ui/Prose';
import { Section } from '@/components/ui/Section';
import { TextList } from '@/components/ui/TextList';
import { allExercises, getExercise } from '@/lib/content';
import { breadcrumbList, exerciseJsonLd } from '@/lib/content/structuredData';

interface Props {
  params: Promise<{ slug: string }>;
}

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
        <ExerciseFigure exercise={exercise} />
        <ExerciseDose exercise={exercise} />
      </div>
      <Section id="steps" title="Steps" className="max-w-3xl space-y-3">
        <TextList ordered items={exercise.steps} className="list-decimal space-y-2 pl-6" />
      </Section>
      <ExerciseVersions exercise={exercise} />
      <Section id="mistakes" title="Common mistakes" className="max-w-3xl space-y-2">
        <TextList items={exercise.mistakes} className="list-disc space-y-1 pl-6" />
      </Section>
      <ExerciseStopSigns exercise={exercise} />
      <Prose>
        <MdxContent code={exercise.body.code} />
      </Prose>
      <ExerciseReview exercise={exercise} />
    </article>
  );
}
