'use client';

import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { weekdayNames, weekdays } from '@/lib/clinic/weekdays';
import type { ScheduleFormAction } from '@/lib/schedule/formState';
import { PERIODS_PER_DAY, periodField } from '@/lib/schedule/names';
import { Field, summaryOf } from './Field';
import { useScheduleForm } from './useScheduleForm';

/** One visit type's week: up to three opening periods a day, each a pair of 24-hour times. */
export function HoursForm({
  action,
  type,
  label,
  saved,
  version,
}: {
  action: ScheduleFormAction;
  type: string;
  label: string;
  saved: Record<string, string>;
  version: number;
}) {
  const { state, formAction, pending, values, errors } = useScheduleForm(action, saved, version);
  const prefix = `${type}-`;
  return (
    <form
      id={`${prefix}form`}
      action={formAction}
      noValidate
      className="space-y-4"
      key={`${state.round}-${version}`}
    >
      <ErrorSummary errors={summaryOf(errors, prefix)} focusKey={state.round} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="type" value={type} />
      <Field
        id={`${prefix}slotMinutes`}
        name="slotMinutes"
        label={`Length of one visit (${label.toLowerCase()}), in minutes`}
        hint="Every free time offered is this long. Visits already booked keep their length."
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
        defaultValue={values.slotMinutes ?? ''}
        error={errors.slotMinutes}
      />
      <p id={`${prefix}hours-hint`} className="text-slate-700">
        24-hour times, like 08:00 and 17:30. Leave both times of a period empty to remove it; a day with no
        period is closed.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {weekdays.map((day) => (
          <fieldset key={day} className="rounded-md border border-slate-300 p-3">
            <legend className="px-1 text-lg font-semibold">
              {weekdayNames[day]} ({label.toLowerCase()})
            </legend>
            <div className="space-y-2">
              {Array.from({ length: PERIODS_PER_DAY }, (_, i) => (
                <div key={i} className="grid grid-cols-2 gap-3">
                  {(['open', 'close'] as const).map((end) => {
                    const name = periodField(day, i, end);
                    return (
                      <Field
                        key={end}
                        id={`${prefix}${name}`}
                        name={name}
                        label={`Period ${i + 1} ${end === 'open' ? 'opens' : 'closes'}`}
                        inputMode="numeric"
                        autoComplete="off"
                        defaultValue={values[name] ?? ''}
                        error={errors[name]}
                      />
                    );
                  })}
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        Save hours for {label.toLowerCase()}
      </button>
    </form>
  );
}
