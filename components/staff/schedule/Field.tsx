import type { InputHTMLAttributes } from 'react';
import { FieldError } from '@/components/ui/FieldError';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  /** Unique on the page (several forms share field names). */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input whose hint and error are tied to it through aria-describedby. */
export function Field({ id, name, label, hint, error, className, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <FieldError name={id} error={error} />
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block min-h-11 w-full rounded-md border-2 px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-600'}`}
        {...input}
      />
    </div>
  );
}

/** The form's errors as the summary lists them: each links to its field's id on this page. */
export function summaryOf(errors: Record<string, string>, prefix: string) {
  return Object.entries(errors).map(([field, message]) => ({ field: `${prefix}${field}`, message }));
}
