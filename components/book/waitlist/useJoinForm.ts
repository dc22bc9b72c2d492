'use client';

import type { Resolver } from 'react-hook-form';
import type { BookingWindow } from '@/lib/booking/dates';
import type { JoinFormState, JoinFormValues } from '@/lib/waitlist/formState';
import { checkJoin, joinFieldOrder } from '@/lib/waitlist/schema';
import { useCheckedForm } from '../useCheckedForm';

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
  return useCheckedForm<JoinFormState, JoinFields>(
    action,
    { status: 'idle', errors: {}, values: initial, round: 0 },
    resolverFor(window),
    joinFieldOrder,
  );
}
