'use client';

import { ErrorSummary } from '@/components/ui/ErrorSummary';
import type { ScheduleFormAction } from '@/lib/schedule/formState';
import { Field, summaryOf } from './Field';
import { useScheduleForm } from './useScheduleForm';

/** Minimum notice and horizon: how soon and how far ahead readers can book. */
export function SettingsForm({
  action,
  saved,
  version,
}: {
  action: ScheduleFormAction;
  saved: Record<string, string>;
  version: number;
}) {
  const { state, formAction, pending, values, errors } = useScheduleForm(action, saved, version);
  return (
    <form
      id="form"
      action={formAction}
      noValidate
      className="max-w-xl space-y-4"
      key={`${state.round}-${version}`}
    >
      <ErrorSummary errors={summaryOf(errors, '')} focusKey={state.round} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="minNoticeMinutes"
        name="minNoticeMinutes"
        label="Minimum notice, in minutes"
        hint="How long before a visit it can still be booked. 120 is two hours."
        inputMode="numeric"
        defaultValue={values.minNoticeMinutes}
        error={errors.minNoticeMinutes}
      />
      <Field
        id="horizonDays"
        name="horizonDays"
        label="Horizon, in days"
        hint="How far ahead readers can book."
        inputMode="numeric"
        defaultValue={values.horizonDays}
        error={errors.horizonDays}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        Save notice and horizon
      </button>
    </form>
  );
}
