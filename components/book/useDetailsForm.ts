'use client';

import { useActionState, useRef, useState, useTransition, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { emptyValues, type BookingFormState } from '@/lib/booking/formState';
import { detailsSchema, fieldErrors } from '@/lib/booking/schema';
import type { FormFields } from './DetailsFields';

export type BookingAction = (previous: BookingFormState, form: FormData) => Promise<BookingFormState>;

// The shared zod schema checks the fields in the browser exactly as the server will.
const resolver: Resolver<FormFields> = async (values) => {
  const result = detailsSchema.safeParse({
    ...values,
    note: values.note || undefined,
    consent: values.consent ? true : undefined,
  });
  if (result.success) return { values, errors: {} };
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(result.error)).map(([field, message]) => [
      field,
      { type: 'validation', message },
    ]),
  );
  return { values: {}, errors };
};

const order = ['start', 'name', 'email', 'phone', 'note', 'consent'];

/** The booking form's state: the server's answer, the browser's own checks, and one submit counter each. */
export function useDetailsForm(action: BookingAction) {
  const [state, formAction] = useActionState<BookingFormState, FormData>(action, {
    status: 'idle',
    errors: {},
    values: emptyValues,
    round: 0,
  });
  const [pending, startTransition] = useTransition();
  const [clientFails, setClientFails] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, trigger, formState } = useForm<FormFields>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  const clientErrors = Object.fromEntries(
    Object.entries(formState.errors).map(([k, v]) => [k, v?.message ?? '']),
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
