'use client';
// The self-check wizard: the only client component of /check. Without JavaScript it is a plain form that
// posts each step to a server action (useActionState renders the next step from the answer), with the
// answers so far carried as hidden inputs. With JavaScript, react-hook-form runs the same steps in the
// browser, checked by the same zod field schemas, with no page loads and nothing sent anywhere.
import { useActionState, useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
  initialWizardState,
  move,
  totalQuestions,
  type FormValues,
  type WizardState,
} from '@/lib/triage/flow';
import type { Library } from '@/lib/triage/plan';
import { getQuestion, NONE, questionIds, type Question, type QuestionId } from '@/lib/triage/questions';
import { parseField, type Answers } from '@/lib/triage/schema';
import { ErrorSummary } from './ErrorSummary';
import { QuestionStep, type InputProps } from './QuestionStep';
import { CheckResult } from './result/CheckResult';
import type { Contacts } from './result/parts';

interface Props {
  action: (state: WizardState, formData: FormData) => Promise<WizardState>;
  library: Library;
  contacts: Contacts;
  siteName: string;
}

type Values = Record<string, string | string[] | undefined>;
const noop = () => () => {};
// react-hook-form reports an untouched checkbox group as false, a radio group as null: treat both as no answer.
const list = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function toFormValues(values: Values): FormValues {
  const out: FormValues = {};
  for (const qid of questionIds) {
    const v = values[qid];
    out[qid] = getQuestion(qid).kind === 'set' ? list(v) : typeof v === 'string' ? v : undefined;
  }
  return out;
}

function toValues(values: FormValues): Values {
  return Object.fromEntries(
    questionIds.map((qid) => [
      qid,
      typeof values[qid] === 'string' ? values[qid] : values[qid] && list(values[qid]),
    ]),
  );
}

function HiddenAnswers({ values, except }: { values: FormValues; except: string }) {
  return questionIds
    .filter((id) => id !== except)
    .flatMap((id) =>
      list(values[id]).map((v, i) => <input key={`${id}-${i}`} type="hidden" name={id} value={v} />),
    );
}

export function CheckWizard({ action, library, contacts, siteName }: Props) {
  const [state, formAction] = useActionState(action, initialWizardState);
  // False in the server HTML and during hydration, true once React runs in the browser.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [index, setIndex] = useState(state.index);
  const [answers, setAnswers] = useState<Answers | undefined>(state.answers);
  const [serverError, setServerError] = useState(state.error);
  const focusNext = useRef<'heading' | 'summary' | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const id: QuestionId = questionIds[index] ?? 'age';
  const question: Question = getQuestion(id);
  const resolver: Resolver<Values> = async (values) => {
    const parsed = parseField(id, toFormValues(values)[id]);
    return parsed.ok
      ? { values, errors: {} }
      : { values: {}, errors: { [question.id]: { type: 'validate', message: parsed.message } } };
  };
  const form = useForm<Values>({ defaultValues: toValues(state.values), resolver, shouldFocusError: false });
  const error = form.formState.errors[question.id]?.message ?? serverError;

  const title = answers
    ? 'Your result'
    : `${error ? 'Error: ' : ''}${question.title} (question ${index + 1} of ${totalQuestions})`;
  // The first question is answered by a plain form post (its page is served without JavaScript), so an error
  // can come back from the server: once this page has loaded its code, it gets focus as one found here would.
  useEffect(() => {
    if (state.error) summaryRef.current?.focus();
  }, [state.error]);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'summary') summaryRef.current?.focus();
    if (target === 'heading') document.querySelector<HTMLElement>('#main h1')?.focus();
  });

  const go = (next: number) => {
    form.clearErrors();
    setServerError(undefined);
    setIndex(next);
    focusNext.current = 'heading';
  };
  const onValid = (values: Values) => {
    const step = move(toFormValues(values), index, 'continue');
    if (step.kind === 'result') {
      setAnswers(step.answers);
      focusNext.current = 'heading';
      window.scrollTo(0, 0);
    } else go(step.index);
  };
  const onInvalid = () => {
    setServerError(undefined);
    focusNext.current = 'summary';
  };

  const inputProps = (value?: string): InputProps => {
    const reg = form.register(question.id);
    const current = list(form.getValues(question.id));
    const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
      await reg.onChange(event);
      // "None of these" stands alone: ticking it clears the others, ticking another clears it.
      if (question.kind !== 'set' || !event.target.checked) return;
      const ticked = list(form.getValues(question.id));
      const next = event.target.value === NONE ? [NONE] : ticked.filter((v) => v !== NONE);
      if (next.length !== ticked.length)
        form.setValue(question.id, next, { shouldValidate: !!form.formState.errors[question.id] });
    };
    if (question.kind === 'number') return { ...reg, onChange, defaultValue: current[0] ?? '' };
    return { ...reg, onChange, defaultChecked: value !== undefined && current.includes(value) };
  };

  // React places this <title> in the head, for the server HTML (no JavaScript) and each step alike.
  const pageTitle = <title>{`${title} - Self-check | ${siteName}`}</title>;

  if (answers) {
    const printButton = hydrated ? (
      <button type="button" className="btn-secondary" onClick={() => window.print()}>
        Print this page
      </button>
    ) : null;
    return (
      <>
        {pageTitle}
        <CheckResult answers={answers} library={library} contacts={contacts} printButton={printButton} />
      </>
    );
  }

  return (
    <div className="max-w-3xl">
      {pageTitle}
      {error ? <ErrorSummary ref={summaryRef} fieldId={question.id} message={error} /> : null}
      <form
        action={formAction}
        onSubmit={(event) => form.handleSubmit(onValid, onInvalid)(event)}
        noValidate
        autoComplete="off"
        className="flex flex-col gap-8"
      >
        <input type="hidden" name="step" value={index} />
        {hydrated ? null : <HiddenAnswers values={state.values} except={question.id} />}
        <p className="text-lg text-slate-700">{`Question ${index + 1} of ${totalQuestions}`}</p>
        <QuestionStep key={question.id} question={question} error={error} inputProps={inputProps} />
        <div>
          <button type="submit" name="nav" value="continue" className="btn-primary">
            Continue
          </button>
        </div>
        {index > 0 ? (
          // After Continue in the page so Enter in a text box continues; shown first, as the NHS back link.
          <div className="order-first">
            <button
              type="submit"
              name="nav"
              value="back"
              formNoValidate
              onClick={(event) => {
                event.preventDefault();
                go(index - 1);
              }}
              className="inline-flex min-h-11 items-center gap-1 text-brand-700 underline underline-offset-2"
            >
              <span aria-hidden="true">‹</span> Back
            </button>
          </div>
        ) : null}
      </form>
      <p className="mt-10 text-slate-700">
        Your answers stay on this page: we do not store them.{' '}
        <a href="/check/how-it-works">How the self-check works</a>
      </p>
    </div>
  );
}
