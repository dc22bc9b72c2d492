// One PEG item: the question, its two anchors and a row of 0-10 choices (Krebs et al. 2009).
import { FieldError } from '@/components/ui/FieldError';

export interface PegWording {
  name: 'pain' | 'enjoyment' | 'general';
  question: string;
  low: string;
  high: string;
}

export const pegWording: PegWording[] = [
  {
    name: 'pain',
    question: 'What number best describes your pain on average in the past week?',
    low: 'No pain',
    high: 'Pain as bad as you can imagine',
  },
  {
    name: 'enjoyment',
    question:
      'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
  {
    name: 'general',
    question:
      'What number best describes how, during the past week, pain has interfered with your general activity?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
];

const scale = Array.from({ length: 11 }, (_, i) => i);

export function PegQuestion({ wording, error }: { wording: PegWording; error?: string }) {
  const { name } = wording;
  return (
    <fieldset
      className={`space-y-2 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}
      aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}
    >
      <legend className="text-lg font-semibold">{wording.question}</legend>
      <p id={`${name}-hint`} className="text-slate-700">
        0 means {wording.low.toLowerCase()}. 10 means {wording.high.toLowerCase()}.
      </p>
      <FieldError name={name} error={error} />
      <div className="flex flex-wrap gap-2">
        {scale.map((n) => (
          <label
            key={n}
            className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-md border-2 border-slate-600 px-2 has-[:checked]:bg-brand-700 has-[:checked]:text-white"
          >
            {/* The first choice carries the field's id, so the error summary's link lands on the group. */}
            <input
              type="radio"
              id={n === 0 ? name : `${name}-${n}`}
              name={name}
              value={n}
              className="h-5 w-5"
            />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
