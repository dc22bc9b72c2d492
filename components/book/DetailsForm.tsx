'use client';

import { useActionState, useRef, useState, useTransition, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { submitBooking } from '@/app/(book)/book/actions';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FieldError } from '@/components/ui/FieldError';
import { TextField } from '@/components/ui/TextField';
import { emptyValues, type BookingFormState, type BookingFormValues } from '@/lib/booking/formState';
import { detailsSchema, fieldErrors } from '@/lib/booking/schema';
import { SlotRadios } from './SlotRadios';

// Checkboxes report their value ("yes") when ticked and false when not.
interface FormFields extends Omit<BookingFormValues, 'attachSummary'> {
  attachSummary: string | boolean;
  consent: string | boolean;
}

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

export function DetailsForm({
  type,
  start,
  formStamp,
  summary,
  timeZone,
}: {
  type: string;
  start: string;
  formStamp: string;
  summary?: string;
  timeZone: string;
}) {
  const [state, formAction] = useActionState<BookingFormState, FormData>(submitBooking, {
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

  const slotTaken = state.status === 'slot-taken';
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary errors={list} focusKey={`${clientFails}-${state.round}`} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="formStamp" value={formStamp} />
      {slotTaken ? (
        <section className="space-y-3">
          <h2 className="text-xl font-bold">Choose another time</h2>
          {state.freshSlots && state.freshSlots.length > 0 ? (
            <SlotRadios slots={state.freshSlots} timeZone={timeZone} describedBy="start-error" />
          ) : (
            <p>There are no free times in the next few days. Please go back and choose another week.</p>
          )}
          <p id="start-error" className="sr-only">
            {errors.start}
          </p>
        </section>
      ) : (
        <input type="hidden" name="start" value={start} />
      )}
      <TextField
        label="Full name"
        autoComplete="name"
        defaultValue={state.values.name}
        error={errors.name}
        {...register('name')}
      />
      <TextField
        label="Email address"
        hint="We send your confirmation and your private link to change the booking here."
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={errors.email}
        {...register('email')}
      />
      <TextField
        label="Phone number"
        hint="In case we need to reach you on the day."
        type="tel"
        autoComplete="tel"
        defaultValue={state.values.phone}
        error={errors.phone}
        {...register('phone')}
      />
      <div className={`space-y-1 ${errors.note ? 'border-l-4 border-red-700 pl-3' : ''}`}>
        <label htmlFor="note" className="block text-lg font-semibold">
          Anything you would like us to know (optional)
        </label>
        <p id="note-hint" className="text-slate-700">
          For example, the sport or training you do. Do not include anything you would not want in an email.
        </p>
        <FieldError name="note" error={errors.note} />
        <textarea
          id="note"
          rows={4}
          defaultValue={state.values.note}
          aria-describedby={errors.note ? 'note-hint note-error' : 'note-hint'}
          className="block w-full max-w-xl rounded-md border-2 border-slate-600 px-3 py-2 text-base"
          {...register('note')}
        />
      </div>
      {summary ? (
        <div className="space-y-2 rounded-md bg-slate-50 p-4">
          <div className="flex items-start gap-3">
            <input
              id="attachSummary"
              type="checkbox"
              value="yes"
              defaultChecked={state.values.attachSummary}
              className="mt-1 h-6 w-6"
              {...register('attachSummary')}
            />
            <label htmlFor="attachSummary" className="font-semibold">
              Attach a summary of my self-check answers to this booking
            </label>
          </div>
          <details>
            <summary className="cursor-pointer text-brand-700 underline">See what will be attached</summary>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{summary}</pre>
          </details>
        </div>
      ) : null}
      <div className={`space-y-1 ${errors.consent ? 'border-l-4 border-red-700 pl-3' : ''}`}>
        <FieldError name="consent" error={errors.consent} />
        <div className="flex items-start gap-3">
          <input
            id="consent"
            type="checkbox"
            value="yes"
            aria-describedby={errors.consent ? 'consent-error' : undefined}
            className="mt-1 h-6 w-6"
            {...register('consent')}
          />
          <label htmlFor="consent">
            I agree that the clinic keeps these details to arrange my assessment, as the{' '}
            <a href="/privacy" target="_blank">
              privacy notice (opens in a new tab)
            </a>{' '}
            explains.
          </label>
        </div>
      </div>
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Booking…' : 'Confirm booking'}
      </button>
    </form>
  );
}
