'use client';

import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FieldError } from '@/components/ui/FieldError';
import type { ScheduleFormAction } from '@/lib/schedule/formState';
import { Field, summaryOf } from './Field';
import { useScheduleForm } from './useScheduleForm';

export interface VisitTypeOption {
  value: string;
  label: string;
}

function VisitTypeBoxes({
  prefix,
  options,
  checked,
  error,
}: {
  prefix: string;
  options: VisitTypeOption[];
  checked: string[];
  error?: string;
}) {
  const errorId = `${prefix}visitTypes-error`;
  return (
    <fieldset
      className={`space-y-2 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="font-semibold">Visit types this clinician sees</legend>
      <FieldError name={`${prefix}visitTypes`} error={error} />
      {options.map((o, i) => (
        <label key={o.value} className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            // The error summary links to the first box.
            id={i === 0 ? `${prefix}visitTypes` : `${prefix}visitTypes-${o.value}`}
            name="visitTypes"
            value={o.value}
            defaultChecked={checked.includes(o.value)}
            className="size-6"
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A clinician's details, visit types, active flag and video-room link; with no `id` it adds a new one. */
export function ClinicianForm({
  action,
  id,
  title,
  options,
  saved,
  submitLabel,
  version,
}: {
  action: ScheduleFormAction;
  id?: string;
  title: string;
  options: VisitTypeOption[];
  saved: Record<string, string>;
  submitLabel: string;
  version: number;
}) {
  const { state, formAction, pending, values, errors } = useScheduleForm(action, saved, version);
  const prefix = `${id ?? 'new'}-`;
  return (
    <form
      id={`${prefix}form`}
      action={formAction}
      noValidate
      className="rounded-md border border-slate-300 p-4"
      key={`${state.round}-${version}`}
    >
      <ErrorSummary errors={summaryOf(errors, prefix)} focusKey={state.round} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">{title}</legend>
        {id ? <input type="hidden" name="id" value={id} /> : null}
        <Field
          id={`${prefix}name`}
          name="name"
          label="Name"
          autoComplete="off"
          defaultValue={values.name}
          error={errors.name}
        />
        <Field
          id={`${prefix}credentials`}
          name="credentials"
          label="Credentials (optional)"
          hint="Like PT, DPT."
          autoComplete="off"
          defaultValue={values.credentials}
          error={errors.credentials}
        />
        <Field
          id={`${prefix}role`}
          name="role"
          label="Role"
          autoComplete="off"
          defaultValue={values.role}
          error={errors.role}
        />
        <VisitTypeBoxes
          prefix={prefix}
          options={options}
          checked={(values.visitTypes ?? '').split(',')}
          error={errors.visitTypes}
        />
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            id={`${prefix}active`}
            name="active"
            value="yes"
            defaultChecked={values.active === 'yes'}
            className="size-6"
          />
          <span>Active: offered for new bookings</span>
        </label>
        <Field
          id={`${prefix}videoUrl`}
          name="videoUrl"
          label="Video-room link (optional)"
          hint="The clinician’s room in whatever video service the clinic uses; it must start with https://."
          type="url"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.videoUrl}
          error={errors.videoUrl}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
