'use client';

import dynamic from 'next/dynamic';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import type { SlotView } from '@/lib/booking/availability';
import { AttachSummary, ConsentField, ContactFields, Honeypot, NoteField } from './DetailsFields';
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
      <input type="hidden" name="formStamp" value={state.formStamp ?? formStamp} />
      {state.status === 'slot-taken' ? (
        <AnotherTime slots={state.freshSlots} timeZone={timeZone} error={errors.start} />
      ) : (
        <input type="hidden" name="start" value={start} />
      )}
      <ContactFields
        register={register}
        values={state.values}
        errors={errors}
        hints={{
          email: 'We send your confirmation and your private link to change the booking here.',
          phone: 'In case we need to reach you on the day.',
        }}
      />
      <NoteField register={register} error={errors.note} value={state.values.note} />
      {summary ? (
        <AttachSummary register={register} summary={summary} checked={state.values.attachSummary} />
      ) : null}
      <AttachProgress />
      <ConsentField field={register('consent')} purpose="to arrange my assessment" error={errors.consent} />
      <Honeypot />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Booking…' : 'Confirm booking'}
      </button>
    </form>
  );
}
