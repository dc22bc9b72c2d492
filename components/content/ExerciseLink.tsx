import Link from 'next/link';
import { getExercise } from '@/lib/content';
import { doseText } from '@/lib/content/dose';
import { ExerciseImage } from './ExerciseImage';

/** A card for an exercise named in an article; a missing slug fails the static build loudly. */
export function ExerciseLink({ slug }: { slug: string }) {
  const exercise = getExercise(slug);
  if (!exercise) throw new Error(`ExerciseLink: no exercise with slug "${slug}"`);
  const dose = doseText(exercise.dose);
  return (
    <Link
      href={exercise.url}
      className="not-prose my-4 flex items-center gap-4 rounded-md border border-slate-300 p-3 text-slate-900 no-underline hover:border-brand-700 hover:bg-brand-50"
    >
      {/* Lazy: a thumbnail in the body of an article should not compete with the text for the first paint. */}
      <ExerciseImage
        exercise={exercise}
        width={96}
        height={58}
        loading="lazy"
        className="h-16 w-24 shrink-0"
      />
      <span>
        <span className="block font-semibold text-brand-700 underline">Exercise: {exercise.title}</span>
        <span className="block text-sm text-slate-700">{dose}</span>
      </span>
    </Link>
  );
}
