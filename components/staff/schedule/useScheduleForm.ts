'use client';

import { useActionState } from 'react';
import { initialFormState, type ScheduleFormAction, type ScheduleFormState } from '@/lib/schedule/formState';

/**
 * A schedule form's state: the server's answer after a failed submit, else the saved values (also once a
 * save has moved the schedule's version on). It works with JavaScript off too: the form posts, and the
 * server renders the page with the same answer.
 */
export function useScheduleForm(action: ScheduleFormAction, saved: Record<string, string>, version: number) {
  const [state, formAction, pending] = useActionState<ScheduleFormState, FormData>(action, initialFormState);
  // An answer given at or after the version this page shows is newer than the saved values it was rendered with.
  const answered = state.round > 0 && state.version >= version;
  return {
    state,
    formAction,
    pending,
    values: answered ? state.values : saved,
    errors: answered ? state.errors : {},
  };
}
