'use client';
// The wizard's state and moves. Without JavaScript each step is a form post that redirects to the next page
// (app/(check)/check/answer); once the code runs, react-hook-form checks each step with the shared field
// schema and the steps change in the browser. Each step is a history entry (pushState), so the browser's
// Back and Forward move between questions; the answers are kept in the tab's sessionStorage, so a reload
// keeps them. Nothing is sent anywhere.
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
  move,
  placeOf,
  position,
  previousIndex,
  stateAt,
  type Place,
  type WizardState,
} from '@/lib/triage/flow';
import { getQuestion, questionIds, type QuestionId } from '@/lib/triage/questions';
import { parseField, type Answers } from '@/lib/triage/schema';
import { toFormValues, toValues, type Values } from './formValues';
import { keepAnswers, keptAnswers, placeIn } from './tabMemory';

const noop = () => () => {};

/** False in the server HTML and during hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

export function useWizard(initial: WizardState) {
  const [index, setIndex] = useState(initial.index);
  const [answers, setAnswers] = useState<Answers | undefined>(initial.answers);
  const [serverError, setServerError] = useState(initial.error);
  // Counts failed submits: the error summary takes focus once for each (a server error on load counts as one).
  const [failedSubmits, setFailedSubmits] = useState(0);
  // Bumped when answers are restored, so the step's inputs are drawn again with them.
  const [restored, setRestored] = useState(0);
  const focusHeading = useRef(false);

  const id: QuestionId = questionIds[index] ?? 'age';
  const question = getQuestion(id);
  const resolver: Resolver<Values> = async (values) => {
    const parsed = parseField(id, toFormValues(values)[id]);
    return parsed.ok
      ? { values, errors: {} }
      : { values: {}, errors: { [id]: { type: 'validate', message: parsed.message } } };
  };
  const form = useForm<Values>({
    defaultValues: toValues(initial.values),
    resolver,
    shouldFocusError: false,
  });
  const error = form.formState.errors[id]?.message ?? serverError;

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    // After the paint: on Back or Forward, Next.js restores its own focus and scroll in the same turn.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#main h1')?.focus());
  });

  /** Shows a state: a new step, or one the history or the tab brings back. */
  const show = (state: WizardState, { focus = true, reset = false } = {}) => {
    if (reset) {
      form.reset(toValues(state.values));
      setRestored((n) => n + 1);
    }
    form.clearErrors();
    setServerError(state.error);
    setIndex(state.index);
    setAnswers(state.answers);
    focusHeading.current = focus;
  };
  const go = (state: WizardState) => {
    window.history.pushState({ check: placeOf(state) }, '');
    show(state);
  };

  useRestore(initial, form, show);

  const onValid = (values: Values) => {
    const step = move(toFormValues(values), index, 'continue');
    const formValues = toFormValues(values);
    if (step.kind === 'question') return go({ index: step.index, values: formValues });
    go({ index, values: formValues, answers: step.answers });
    window.scrollTo(0, 0);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(onValid, () => {
      setServerError(undefined);
      setFailedSubmits((n) => n + 1);
    })(event);
  const goBack = () => {
    const values = toFormValues(form.getValues());
    go({ index: previousIndex(values, index), values });
  };
  const place = position(toFormValues(form.getValues()), index);

  return { initial, form, index, question, error, failedSubmits, answers, place, restored, onSubmit, goBack };
}

/**
 * Once the code runs: a page the tab has seen before (a reload, or Back/Forward into it) shows the place its
 * history entry holds, with the answers kept in the tab; a page just reached from a post starts its entry
 * there. Back and Forward between the wizard's own entries show their place. Every change is kept in the tab.
 */
function useRestore(
  initial: WizardState,
  form: ReturnType<typeof useForm<Values>>,
  show: (state: WizardState, options?: { focus?: boolean; reset?: boolean }) => void,
) {
  useEffect(() => {
    const here = placeIn(window.history.state);
    if (here === undefined) {
      // Answers given later in this tab stay for when the reader comes back to them; the post's own win. The
      // question on screen is left alone: the reader may have answered it before the code ran.
      const kept = keptAnswers();
      for (const id of questionIds)
        if (initial.values[id] === undefined && kept[id] !== undefined && id !== questionIds[initial.index])
          form.setValue(id, toValues(kept)[id]);
      keepAnswers({ ...kept, ...initial.values });
      window.history.replaceState({ check: placeOf(initial) }, '');
    } else show(stateAt(keptAnswers(), here), { focus: false, reset: true });
    const onPopState = (event: PopStateEvent) => {
      const place: Place | undefined = placeIn(event.state);
      if (place !== undefined) show(stateAt(toFormValues(form.getValues()), place), { reset: true });
    };
    window.addEventListener('popstate', onPopState);
    const watching = form.watch((values) => keepAnswers(toFormValues(values)));
    return () => {
      window.removeEventListener('popstate', onPopState);
      watching.unsubscribe();
    };
    // Once per page: the state it starts from is the server's, and later moves come through show().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
