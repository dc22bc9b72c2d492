'use client';

import { useActionState, useRef, useState, useTransition, type FormEvent } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';

/** What a server action hands back to a checked form: its errors, and a count of its answers. */
export interface CheckedFormState {
  errors: Record<string, string>;
  /** Counts the server's answers, so the error summary takes focus once per failed submit. */
  round: number;
}

/**
 * A form checked in the browser by `resolver` before it is posted to the server action, which checks it again:
 * the server's answer, the errors of both (listed in `order` for the error summary), and one submit counter each.
 */
export function useCheckedForm<State extends CheckedFormState, Fields extends FieldValues>(
  action: (previous: Awaited<State>, form: FormData) => Promise<State>,
  initial: Awaited<State>,
  resolver: Resolver<Fields>,
  order: readonly string[],
) {
  const [state, formAction] = useActionState<State, FormData>(action, initial);
  const [pending, startTransition] = useTransition();
  const [clientFails, setClientFails] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, trigger, formState } = useForm<Fields>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  // The resolvers' messages are strings; react-hook-form cannot tell that of generic Fields.
  const clientErrors = Object.fromEntries(
    Object.entries(formState.errors).map(([k, v]) => [k, (v?.message as string | undefined) ?? '']),
  );
  const errors: Record<string, string> = { ...state.errors, ...clientErrors };
  const list = Object.entries(errors)
    .filter(([, message]) => message)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([field, message]) => ({ field, message }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = formRef.current;
    if (!form) return;
    if (!(await trigger())) {
      setClientFails((n) => n + 1);
      return;
    }
    startTransition(() => formAction(new FormData(form)));
  }

  return {
    state,
    formAction,
    pending,
    formRef,
    register,
    errors,
    list,
    onSubmit,
    focusKey: `${clientFails}-${state.round}`,
  };
}
