import type { Exercise } from '@/lib/content';
import { ExerciseImage } from './ExerciseImage';

/** The exercise's illustration, with its description as the caption too (it says what the picture shows). */
export function ExerciseFigure({ exercise }: { exercise: Exercise }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3">
      <ExerciseImage exercise={exercise} alt={exercise.alt} />
      <figcaption className="mt-2 text-sm text-slate-700">{exercise.alt}</figcaption>
    </figure>
  );
}
