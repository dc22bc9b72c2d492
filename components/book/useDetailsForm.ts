'use client';

import type { Resolver } from 'react-hook-form';
import { emptyValues, type BookingFormState } from '@/lib/booking/formState';
import { detailsSchema, fieldErrors } from '@/lib/booking/schema';
import type { FormFields } from './DetailsFields';
import { useCheckedForm } from './useCheckedForm';

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
  return useCheckedForm<BookingFormState, FormFields>(
    action,
    { status: 'idle', errors: {}, values: emptyValues, round: 0 },
    resolver,
    order,
  );
}
