import type { Exercise } from '@/lib/content';
import { doseText } from '@/lib/content/dose';
import { Section } from '@/components/ui/Section';

/** One term of the dose list; the optional parts of a dose (reps, hold, rest) are left out when empty. */
function DoseTerm({ term, value }: { term: string; value: string | number | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** "How much to do": the dose as a list, then in one line, then the level and the muscles it works. */
export function ExerciseDose({ exercise }: { exercise: Exercise }) {
  const dose = exercise.dose;
  return (
    <Section id="dose" title="How much to do" className="space-y-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <DoseTerm term="Sets" value={dose.sets} />
        <DoseTerm term="Repetitions" value={dose.reps} />
        <DoseTerm term="Hold" value={dose.hold} />
        <DoseTerm term="Rest" value={dose.rest} />
        <DoseTerm term="How often" value={dose.frequency} />
      </dl>
      <p className="text-sm text-slate-700">In short: {doseText(dose)}.</p>
      <p className="text-sm text-slate-700">
        Level: <span className="capitalize">{exercise.level}</span>. Works: {exercise.targets.join(', ')}.
      </p>
    </Section>
  );
}
