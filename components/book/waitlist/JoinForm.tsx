'use client';

import type { UseFormRegister } from 'react-hook-form';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FieldError } from '@/components/ui/FieldError';
import { TextField } from '@/components/ui/TextField';
import type { BookingWindow } from '@/lib/booking/dates';
import type { JoinFormValues } from '@/lib/waitlist/formState';
import { ConsentField, ContactFields, Honeypot } from '../DetailsFields';
import { useJoinForm, type JoinAction, type JoinFields } from './useJoinForm';

type Register = UseFormRegister<JoinFields>;

function TypeField(props: {
  register: Register;
  types: { value: string; label: string }[];
  checked: string;
  error?: string;
}) {
  return (
    <fieldset
      id="type"
      className={`space-y-2 ${props.error ? 'border-l-4 border-red-700 pl-3' : ''}`}
      aria-describedby={props.error ? 'type-error' : undefined}
    >
      <legend className="text-lg font-semibold">How would you like to meet?</legend>
      <FieldError name="type" error={props.error} />
      {props.types.map((t) => (
        <div key={t.value} className="flex items-center gap-3">
          <input
            id={`type-${t.value}`}
            type="radio"
            value={t.value}
            defaultChecked={props.checked === t.value}
            className="h-6 w-6"
            {...props.register('type')}
          />
          <label htmlFor={`type-${t.value}`}>{t.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The waitlist form: a visit type, a range of dates, and the same contact details as a booking. */
export function JoinForm(props: {
  action: JoinAction;
  initial: JoinFormValues;
  window: BookingWindow;
  types: { value: string; label: string }[];
  formStamp: string;
}) {
  const { state, formAction, pending, formRef, register, errors, list, onSubmit, focusKey } = useJoinForm(
    props.action,
    props.initial,
    props.window,
  );
  const dateField = (name: 'from' | 'to', label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      type="date"
      min={props.window.today}
      max={props.window.lastDay}
      defaultValue={state.values[name]}
      error={errors[name]}
      {...register(name)}
    />
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary errors={list} focusKey={focusKey} />
      <input type="hidden" name="formStamp" value={state.formStamp ?? props.formStamp} />
      <TypeField register={register} types={props.types} checked={state.values.type} error={errors.type} />
      {dateField('from', 'First date you could come', `Today or later, like ${props.window.today}.`)}
      {dateField('to', 'Last date you could come', `Up to ${props.window.lastDay}, as far ahead as we book.`)}
      {state.freeTimesUrl ? (
        <p>
          <a href={state.freeTimesUrl} className="font-semibold">
            See the free times in these dates
          </a>
        </p>
      ) : null}
      <ContactFields
        register={register}
        values={state.values}
        errors={errors}
        hints={{
          email: 'We email you here when a time frees up, with a link that books it.',
          phone: 'For the booking, in case we need to reach you on the day.',
        }}
      />
      <ConsentField
        field={register('consent')}
        purpose="to tell me when a time frees up"
        error={errors.consent}
      />
      <Honeypot />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Joining…' : 'Join the waitlist'}
      </button>
    </form>
  );
}
