'use client';

import { ErrorSummary } from '@/components/ui/ErrorSummary';
import type { ScheduleFormAction } from '@/lib/schedule/formState';
import { Field, summaryOf } from './Field';
import { useScheduleForm } from './useScheduleForm';

/** Adds a closed date or an inclusive range of dates, with the reason staff give. */
export function ClosureForm({ action, version }: { action: ScheduleFormAction; version: number }) {
  const { state, formAction, pending, values, errors } = useScheduleForm(action, {}, version);
  const prefix = 'closure-';
  return (
    <form
      id={`${prefix}form`}
      action={formAction}
      noValidate
      className="max-w-xl space-y-4"
      key={`${state.round}-${version}`}
    >
      <ErrorSummary errors={summaryOf(errors, prefix)} focusKey={state.round} />
      <input type="hidden" name="version" value={version} />
      <Field
        id={`${prefix}from`}
        name="from"
        label="First closed date"
        hint="Like 2027-01-30."
        type="date"
        defaultValue={values.from}
        error={errors.from}
      />
      <Field
        id={`${prefix}to`}
        name="to"
        label="Last closed date (optional)"
        hint="Leave empty to close one day. The range includes this date."
        type="date"
        defaultValue={values.to}
        error={errors.to}
      />
      <Field
        id={`${prefix}reason`}
        name="reason"
        label="Reason"
        hint="Staff see it here and in the history, like Thanksgiving or staff training."
        maxLength={200}
        defaultValue={values.reason}
        error={errors.reason}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        Close these dates
      </button>
    </form>
  );
}
