'use client';

import dynamic from 'next/dynamic';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { SlotView } from '@/lib/booking/availability';
import { AttachSummary, ConsentField, Honeypot, NoteField } from './DetailsFields';
import { SlotRadios } from './SlotRadios';
import { useDetailsForm, type BookingAction } from './useDetailsForm';

// Loaded after the form: it only reads the reader's own tracker from this browser, and most readers have none.
const AttachProgress = dynamic(
  () => import('@/components/progress/AttachProgress').then((m) => m.AttachProgress),
  { ssr: false },
);

function AnotherTime({ slots, timeZone, error }: { slots?: SlotView[]; timeZone: string; error?: string }) {
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-bold">Choose another time</h2>
      {slots && slots.length > 0 ? (
        <SlotRadios slots={slots} timeZone={timeZone} describedBy="start-error" />
      ) : (
        <p>There are no free times in the next few days. Please go back and choose another week.</p>
      )}
      <p id="start-error" className="sr-only">
        {error}
      </p>
    </section>
  );
}

/** The reader's contact fields, in the order the form asks for them. */
const contactFields: {
  name: 'name' | 'email' | 'phone';
  label: string;
  hint?: string;
  type?: 'email' | 'tel';
  autoComplete: string;
  spellCheck?: boolean;
}[] = [
  { name: 'name', label: 'Full name', autoComplete: 'name' },
  {
    name: 'email',
    label: 'Email address',
    hint: 'We send your confirmation and your private link to change the booking here.',
    type: 'email',
    autoComplete: 'email',
    spellCheck: false,
  },
  {
    name: 'phone',
    label: 'Phone number',
    hint: 'In case we need to reach you on the day.',
    type: 'tel',
    autoComplete: 'tel',
  },
];

/** The last booking step. The server action comes in as a prop, so this component never imports app/. */
export function DetailsForm({
  action,
  type,
  start,
  formStamp,
  summary,
  timeZone,
}: {
  action: BookingAction;
  type: string;
  start: string;
  formStamp: string;
  summary?: string;
  timeZone: string;
}) {
  const { state, formAction, pending, formRef, register, errors, list, onSubmit, focusKey } =
    useDetailsForm(action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary errors={list} focusKey={focusKey} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="formStamp" value={formStamp} />
      {state.status === 'slot-taken' ? (
        <AnotherTime slots={state.freshSlots} timeZone={timeZone} error={errors.start} />
      ) : (
        <input type="hidden" name="start" value={start} />
      )}
      {contactFields.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          hint={field.hint}
          type={field.type}
          autoComplete={field.autoComplete}
          spellCheck={field.spellCheck}
          defaultValue={state.values[field.name]}
          error={errors[field.name]}
          {...register(field.name)}
        />
      ))}
      <NoteField register={register} error={errors.note} value={state.values.note} />
      {summary ? (
        <AttachSummary register={register} summary={summary} checked={state.values.attachSummary} />
      ) : null}
      <AttachProgress />
      <ConsentField register={register} error={errors.consent} />
      <Honeypot />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Booking…' : 'Confirm booking'}
      </button>
    </form>
  );
}
