import type { Metadata } from 'next';
import Link from 'next/link';
import { ExerciseImage } from '@/components/content/ExerciseImage';
import { PageHeader } from '@/components/ui/PageHeader';
import { allExercises } from '@/lib/content';
import { doseText } from '@/lib/content/dose';

export const metadata: Metadata = {
  title: 'Exercise library',
  description:
    'Illustrated exercises for a sore or recovering lower back, with steps, sets and reps, easier and harder versions, and when to stop.',
  alternates: { canonical: '/exercises' },
};

export default function ExercisesPage() {
  const exercises = allExercises();
  return (
    <>
      <PageHeader
        title="Exercise library"
        lead="Gentle, proven exercises for a sore or recovering lower back. Each one shows how to do it, how much to do, and when to stop."
      />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {exercises.map((exercise) => (
          <li key={exercise.slug} className="rounded-lg border border-slate-200 p-4">
            <ExerciseImage exercise={exercise} />
            <h2 className="mt-3 text-lg font-semibold">
              <Link href={exercise.url}>{exercise.title}</Link>
            </h2>
            <p className="text-sm text-slate-700">
              <span className="capitalize">{exercise.level}</span> · {doseText(exercise.dose)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
