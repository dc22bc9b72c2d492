// One self-check question in the NHS question-page pattern: the question is the page's h1 (inside the
// legend for a group), hint and error tied to the inputs with aria-describedby, large targets.
import type { InputHTMLAttributes, Ref } from 'react';
import { NONE, type Option, type Question } from '@/lib/triage/questions';
import { FieldError } from '@/components/ui/FieldError';

export type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

interface Props {
  question: Question;
  error?: string;
  /** Props for one input: name, value, checked state and handlers come from the wizard. */
  inputProps: (value?: string) => InputProps;
}

/**
 * The two red-flag lists ask the same question, "Do you have any of these?", so their headings say which list
 * they are (NHS caption style, inside the h1 so the heading and the page title carry it).
 */
export const listCaptions: Readonly<Partial<Record<string, string>>> = {
  emergency: 'Emergency signs',
  urgent: 'Signs to see a doctor today',
};

/** The question as its page heading and title name it: "Emergency signs: Do you have any of these?". */
export const headingText = (q: Question) =>
  listCaptions[q.id] ? `${listCaptions[q.id]}: ${q.title}` : q.title;

function Caption({ q }: { q: Question }) {
  const caption = listCaptions[q.id];
  return caption ? (
    <span className="mb-2 block text-xl font-semibold text-slate-700">
      {caption}
      <span className="sr-only">: </span>
    </span>
  ) : null;
}

const heading = 'text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl focus:outline-none';

/** The first input carries the question id, so the error summary can link to #<id>. */
export const inputId = (questionId: string, value: string, first: boolean) =>
  first ? questionId : `${questionId}-${value}`;

function Choice({
  q,
  option,
  index,
  type,
  error,
  inputProps,
}: {
  q: Question;
  option: Option;
  index: number;
  type: 'radio' | 'checkbox';
  error?: string;
  inputProps: Props['inputProps'];
}) {
  const id = inputId(q.id, option.value, index === 0);
  const hintId = option.hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        {...inputProps(option.value)}
        id={id}
        type={type}
        value={option.value}
        aria-describedby={hintId}
        aria-invalid={error ? true : undefined}
        className="mt-0.5 h-8 w-8 shrink-0 cursor-pointer accent-brand-700"
      />
      <div className="min-h-11">
        <label htmlFor={id} className="block cursor-pointer py-1 text-lg">
          {option.label}
        </label>
        {option.hint ? (
          <p id={hintId} className="text-slate-700">
            {option.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The question's hint and its error, under the heading: the ids the inputs' aria-describedby points at. */
function HintAndError({ q, error }: { q: Question; error?: string }) {
  return (
    <>
      {q.hint ? (
        <p id={`${q.id}-hint`} className="text-lg text-slate-700">
          {q.hint}
        </p>
      ) : null}
      <FieldError name={q.id} error={error} />
    </>
  );
}

export function QuestionStep({ question: q, error, inputProps }: Props) {
  const describedBy =
    [q.hint ? `${q.id}-hint` : '', error ? `${q.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const box = `space-y-4 ${error ? 'border-l-4 border-red-700 pl-4' : ''}`;

  if (q.kind === 'number') {
    return (
      <div className={box}>
        <h1 className={heading} tabIndex={-1}>
          <label htmlFor={q.id}>{q.title}</label>
        </h1>
        <HintAndError q={q} error={error} />
        <div className="flex items-center gap-3">
          <input
            {...inputProps()}
            id={q.id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className={`min-h-11 w-24 rounded-md border-2 px-3 py-2 text-lg ${error ? 'border-red-700' : 'border-slate-700'}`}
          />
          {q.suffix ? <span className="text-lg">{q.suffix}</span> : null}
        </div>
      </div>
    );
  }

  const type = q.kind === 'set' ? 'checkbox' : 'radio';
  return (
    <fieldset className={box} aria-describedby={describedBy}>
      <legend className="mb-4">
        <h1 className={heading} tabIndex={-1}>
          <Caption q={q} />
          {q.title}
        </h1>
      </legend>
      <HintAndError q={q} error={error} />
      <div className="space-y-3">
        {q.options.map((option, i) => (
          <Choice
            key={option.value}
            q={q}
            option={option}
            index={i}
            type={type}
            error={error}
            inputProps={inputProps}
          />
        ))}
        {q.kind === 'set' ? (
          <>
            <p className="py-1 text-lg">or</p>
            <Choice
              q={q}
              option={{ value: NONE, label: q.noneLabel }}
              index={q.options.length}
              type="checkbox"
              error={error}
              inputProps={inputProps}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
