import type { Exercise } from '@/lib/content';

/** An exercise's illustration: a small static SVG with a fixed size, so next/image has nothing to add. */
export function ExerciseImage({
  exercise,
  alt = '',
  width = 400,
  height = 240,
  loading,
  className = 'h-auto w-full',
}: {
  exercise: Pick<Exercise, 'illustration'>;
  alt?: string;
  width?: number;
  height?: number;
  loading?: 'lazy';
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static SVG with fixed size; no optimisation to gain
    <img
      src={`/exercises/${exercise.illustration}`}
      alt={alt}
      width={width}
      height={height}
      loading={loading}
      className={className}
    />
  );
}
