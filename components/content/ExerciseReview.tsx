import Link from 'next/link';
import type { Exercise } from '@/lib/content';
import { formatDate } from '@/lib/content';

/** Who reviewed the exercise and when, and the way back to the library. */
export function ExerciseReview({ exercise }: { exercise: Exercise }) {
  const { reviewer } = exercise;
  return (
    <p className="max-w-3xl text-sm text-slate-700">
      Reviewed by {reviewer.name}, {reviewer.credentials} ({reviewer.role}). Last reviewed{' '}
      <time dateTime={exercise.lastReviewed.slice(0, 10)}>{formatDate(exercise.lastReviewed)}</time>.{' '}
      <Link href="/exercises">Back to all exercises</Link>.
    </p>
  );
}
