'use client';

import { useActionState, useRef, useState, useTransition, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { BookingWindow } from '@/lib/booking/dates';
import type { JoinFormState, JoinFormValues } from '@/lib/waitlist/formState';
import { checkJoin, joinFieldOrder } from '@/lib/waitlist/schema';

export type JoinAction = (previous: JoinFormState, form: FormData) => Promise<JoinFormState>;
export type JoinFields = JoinFormValues & { consent: string | boolean };

// The same schema and range rule as the server, so the browser names the same fields with the same words.
function resolverFor(window: BookingWindow): Resolver<JoinFields> {
  return async (values) => {
    const result = checkJoin({ ...values, consent: values.consent ? true : undefined }, window);
    if (result.ok) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(
        Object.entries(result.errors).map(([field, message]) => [field, { type: 'validation', message }]),
      ),
    };
  };
}

export function useJoinForm(action: JoinAction, initial: JoinFormValues, window: BookingWindow) {
  const [state, formAction] = useActionState<JoinFormState, FormData>(action, {
    status: 'idle',
    errors: {},
    values: initial,
    round: 0,
  });
  const [pending, startTransition] = useTransition();
  const [clientFails, setClientFails] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, trigger, formState } = useForm<JoinFields>({
    resolver: resolverFor(window),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  const clientErrors = Object.fromEntries(
    Object.entries(formState.errors).map(([k, v]) => [k, v?.message ?? '']),
  );
  const errors: Record<string, string> = { ...state.errors, ...clientErrors };
  const order: readonly string[] = joinFieldOrder;
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
