import type { Exercise } from '@/lib/content';
import { Section } from '@/components/ui/Section';

function Version({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <Section id={id} title={title} className="rounded-lg bg-slate-50 p-4" headingClassName="font-bold">
      <p className="mt-1">{text}</p>
    </Section>
  );
}

/** The easier and the harder version of an exercise, side by side. */
export function ExerciseVersions({ exercise }: { exercise: Exercise }) {
  return (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <Version id="easier" title="Make it easier" text={exercise.easier} />
      <Version id="harder" title="Make it harder" text={exercise.harder} />
    </div>
  );
}
