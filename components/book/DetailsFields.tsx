import type { UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import { AttachedPreview } from '@/components/ui/AttachedPreview';
import { FieldError } from '@/components/ui/FieldError';
import { TextField } from '@/components/ui/TextField';
import type { BookingFormValues } from '@/lib/booking/formState';

// Checkboxes report their value ("yes") when ticked and false when not.
export interface FormFields extends Omit<BookingFormValues, 'attachSummary'> {
  attachSummary: string | boolean;
  consent: string | boolean;
}

type Register = UseFormRegister<FormFields>;

export function NoteField({ register, error, value }: { register: Register; error?: string; value: string }) {
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor="note" className="block text-lg font-semibold">
        Anything you would like us to know (optional)
      </label>
      <p id="note-hint" className="text-slate-700">
        For example, the sport or training you do. Do not include anything you would not want in an email.
      </p>
      <FieldError name="note" error={error} />
      <textarea
        id="note"
        rows={4}
        defaultValue={value}
        aria-describedby={error ? 'note-hint note-error' : 'note-hint'}
        className="block w-full max-w-xl rounded-md border-2 border-slate-600 px-3 py-2 text-base"
        {...register('note')}
      />
    </div>
  );
}

export function AttachSummary({
  register,
  summary,
  checked,
}: {
  register: Register;
  summary: string;
  checked: boolean;
}) {
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-4">
      <div className="flex items-start gap-3">
        <input
          id="attachSummary"
          type="checkbox"
          value="yes"
          defaultChecked={checked}
          className="mt-1 h-6 w-6"
          {...register('attachSummary')}
        />
        <label htmlFor="attachSummary" className="font-semibold">
          Attach a summary of my self-check answers to this booking
        </label>
      </div>
      <AttachedPreview text={summary} />
    </div>
  );
}

/** The privacy consent; `purpose` says what the clinic keeps the details for, like "to arrange my assessment". */
export function ConsentField({
  field,
  purpose,
  error,
}: {
  field: UseFormRegisterReturn;
  purpose: string;
  error?: string;
}) {
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <FieldError name="consent" error={error} />
      <div className="flex items-start gap-3">
        <input
          id="consent"
          type="checkbox"
          value="yes"
          aria-describedby={error ? 'consent-error' : undefined}
          className="mt-1 h-6 w-6"
          {...field}
        />
        <label htmlFor="consent">
          {`I agree that the clinic keeps these details ${purpose}, as the`}{' '}
          <a href="/privacy" target="_blank">
            privacy notice (opens in a new tab)
          </a>{' '}
          explains.
        </label>
      </div>
    </div>
  );
}

type ContactName = 'name' | 'email' | 'phone';

/** Name, email and phone, as the booking and the waitlist ask for them; `hints` say what each form uses them for. */
export function ContactFields({
  register,
  values,
  errors,
  hints,
}: {
  register: (name: ContactName) => UseFormRegisterReturn;
  values: Record<ContactName, string>;
  errors: Record<string, string>;
  hints: { email: string; phone: string };
}) {
  const fields: {
    name: ContactName;
    label: string;
    hint?: string;
    type?: 'email' | 'tel';
    autoComplete: string;
    spellCheck?: boolean;
  }[] = [
    { name: 'name', label: 'Full name', autoComplete: 'name' },
    {
      name: 'email',
      label: 'Email address',
      hint: hints.email,
      type: 'email',
      autoComplete: 'email',
      spellCheck: false,
    },
    { name: 'phone', label: 'Phone number', hint: hints.phone, type: 'tel', autoComplete: 'tel' },
  ];
  return fields.map((field) => (
    <TextField
      key={field.name}
      label={field.label}
      hint={field.hint}
      type={field.type}
      autoComplete={field.autoComplete}
      spellCheck={field.spellCheck}
      defaultValue={values[field.name]}
      error={errors[field.name]}
      {...register(field.name)}
    />
  ));
}

/** Hidden from people; only a bot fills it. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor="website">Leave this empty</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
