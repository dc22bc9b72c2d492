'use client';
// The wizard's state and moves. Without JavaScript each step is a form post to the server action
// (useActionState); once the code runs, react-hook-form checks each step with the shared field schema and
// the steps change in the browser, moving focus to the new question.
import { useActionState, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { initialWizardState, move, position, previousIndex, type WizardState } from '@/lib/triage/flow';
import { getQuestion, questionIds, type QuestionId } from '@/lib/triage/questions';
import { parseField, type Answers } from '@/lib/triage/schema';
import { toFormValues, toValues, type Values } from './formValues';

export type CheckAction = (state: WizardState, formData: FormData) => Promise<WizardState>;

const noop = () => () => {};

/** False in the server HTML and during hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

export function useWizard(action: CheckAction) {
  // The permalink gives the no-JS form a real action ("/check"), not the empty one HTML does not allow.
  const [state, formAction] = useActionState(action, initialWizardState, '/check');
  const [index, setIndex] = useState(state.index);
  const [answers, setAnswers] = useState<Answers | undefined>(state.answers);
  const [serverError, setServerError] = useState(state.error);
  // Counts failed submits: the error summary takes focus once for each (a server error on load counts as one).
  const [failedSubmits, setFailedSubmits] = useState(0);
  const focusHeading = useRef(false);

  const id: QuestionId = questionIds[index] ?? 'age';
  const question = getQuestion(id);
  const resolver: Resolver<Values> = async (values) => {
    const parsed = parseField(id, toFormValues(values)[id]);
    return parsed.ok
      ? { values, errors: {} }
      : { values: {}, errors: { [id]: { type: 'validate', message: parsed.message } } };
  };
  const form = useForm<Values>({ defaultValues: toValues(state.values), resolver, shouldFocusError: false });
  const error = form.formState.errors[id]?.message ?? serverError;

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    document.querySelector<HTMLElement>('#main h1')?.focus();
  });

  const go = (next: number) => {
    form.clearErrors();
    setServerError(undefined);
    setIndex(next);
    focusHeading.current = true;
  };
  const onValid = (values: Values) => {
    const step = move(toFormValues(values), index, 'continue');
    if (step.kind === 'question') return go(step.index);
    setAnswers(step.answers);
    focusHeading.current = true;
    window.scrollTo(0, 0);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(onValid, () => {
      setServerError(undefined);
      setFailedSubmits((n) => n + 1);
    })(event);
  const goBack = () => go(previousIndex(toFormValues(form.getValues()), index));
  const place = position(toFormValues(form.getValues()), index);

  return { state, formAction, form, index, question, error, failedSubmits, answers, place, onSubmit, goBack };
}
