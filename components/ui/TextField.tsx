import type { InputHTMLAttributes, Ref } from 'react';
import { FieldError } from './FieldError';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error tied to it through aria-describedby (NHS pattern). */
export function TextField({ name, label, hint, error, inputRef, className, ...input }: Props) {
  const describedBy =
    [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={name} className="block text-lg font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} error={error} />
      <input
        id={name}
        name={name}
        ref={inputRef}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`block min-h-11 w-full max-w-md rounded-md border-2 px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-600'} ${className ?? ''}`}
        {...input}
      />
    </div>
  );
}
