'use client';

import { useActionState } from 'react';
import { initialFormState, type ScheduleFormAction, type ScheduleFormState } from '@/lib/schedule/formState';

/**
 * A schedule form's state: the server's answer after a failed submit, else the saved values. It works with
 * JavaScript off too: the form posts, and the server renders the page with the same answer.
 */
export function useScheduleForm(action: ScheduleFormAction, saved: Record<string, string>) {
  const [state, formAction, pending] = useActionState<ScheduleFormState, FormData>(action, initialFormState);
  const values = state.round > 0 ? state.values : saved;
  return { state, formAction, pending, values, errors: state.errors };
}
