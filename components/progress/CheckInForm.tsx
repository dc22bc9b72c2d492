'use client';

// The weekly check-in: the three PEG items, sessions per activity, "anything new?" and a note. A ticked
// emergency or urgent item shows its care card at once, before the check-in is saved.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FieldError } from '@/components/ui/FieldError';
import { TextField } from '@/components/ui/TextField';
import { NOTE_MAX, localDate, parseCheckIn, type FieldError as Problem } from '@/lib/progress/checkInForm';
import { careFlags } from '@/lib/progress/rules';
import type { CheckIn } from '@/lib/progress/types';
import { CareCards } from './CareCards';
import { PegQuestion, pegWording } from './PegQuestion';
import type { TrackerSetup } from './types';

export function localToday(): string {
  return localDate(new Date());
}

function fieldsFrom(form: HTMLFormElement, activities: readonly string[]) {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    date: text('date'),
    pain: text('pain'),
    enjoyment: text('enjoyment'),
    general: text('general'),
    sessions: Object.fromEntries(activities.map((a) => [a, text(`sessions-${a}`)])),
    flags: data.getAll('flags').filter((v): v is string => typeof v === 'string'),
    note: text('note'),
  };
}

export function CheckInForm({
  setup,
  planActivities,
  savedDates,
  onSave,
  today,
}: {
  setup: TrackerSetup;
  planActivities: string[];
  /** Dates that already have a check-in: saving another for one of them asks first (it replaces it). */
  savedDates: string[];
  /** Rejects when the browser does not store it; the form then says so and keeps the answers. */
  onSave: (checkIn: CheckIn) => Promise<void>;
  /** The reader's local date, or '' while the tracker is loading: the form does not submit until then. */
  today: string;
}) {
  const [errors, setErrors] = useState<Problem[]>([]);
  const [fails, setFails] = useState(0);
  const [flags, setFlags] = useState<string[]>([]);
  /** The date of a check-in that would be replaced, while the reader is asked. */
  const [replacing, setReplacing] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const order = [...planActivities, ...setup.activities.filter((a) => !planActivities.includes(a))];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = parseCheckIn(fieldsFrom(form, order), localToday());
    if (!result.ok) {
      setErrors(result.errors);
      setFails((n) => n + 1);
      return;
    }
    setErrors([]);
    const { date } = result.checkIn;
    const confirmed = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('name') === 'replace';
    if (savedDates.includes(date) && !(confirmed && replacing === date)) {
      setReplacing(date);
      return;
    }
    setReplacing(null);
    const saved = await onSave(result.checkIn).then(
      () => true,
      () => false,
    );
    setSaveFailed(!saved);
    if (!saved) return;
    form.reset();
    setFlags([]);
  }

  return (
    <form onSubmit={submit} noValidate className="no-print space-y-8" aria-labelledby="checkin-title">
      <h2 id="checkin-title" className="text-2xl font-bold">
        This week&apos;s check-in
      </h2>
      <ErrorSummary errors={errors} focusKey={fails} />
      <TextField
        name="date"
        label="Date of this check-in"
        type="date"
        defaultValue={today}
        error={errorFor('date')}
      />
      {pegWording.map((w) => (
        <PegQuestion key={w.name} wording={w} error={errorFor(w.name)} />
      ))}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">How many training sessions did you do this week?</legend>
        <p className="text-slate-700">Leave a box empty for training you do not do.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {order.map((a) => (
            <TextField
              key={a}
              name={`sessions-${a}`}
              label={setup.labels.activities[a] ?? a}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="max-w-24"
              error={errorFor(`sessions-${a}`)}
            />
          ))}
        </div>
      </fieldset>
      <AnythingNew setup={setup} flags={flags} onChange={setFlags} />
      <NoteField error={errorFor('note')} />
      <button type="submit" className="btn-primary" disabled={today === ''}>
        Save this check-in
      </button>
      {/* After the Save button, so that Enter in a field (the first submit button's) never confirms it. */}
      {replacing ? <ReplaceQuestion date={replacing} onKeep={() => setReplacing(null)} /> : null}
      {saveFailed ? (
        <p role="alert" className="font-semibold text-red-800">
          This browser did not save your check-in. Your answers are still here: try again, or use the{' '}
          <a href="/progress/paper">paper version</a>.
        </p>
      ) : null}
    </form>
  );
}

/** Asked before a check-in replaces the one already saved for its date (one check-in per date). */
function ReplaceQuestion({ date, onKeep }: { date: string; onKeep: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [date]);
  return (
    <div
      role="alertdialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      className="space-y-3 rounded-md border-2 border-brand-700 p-4"
    >
      <h3 id="replace-title" className="text-lg font-bold">
        Replace your check-in of {date}?
      </h3>
      <p id="replace-text">There is one already. To keep both, change the date above.</p>
      <div className="flex flex-wrap gap-3">
        <button ref={first} type="submit" name="replace" className="btn-primary">
          Replace it
        </button>
        <button type="button" className="btn-secondary" onClick={onKeep}>
          Keep the earlier one
        </button>
      </div>
    </div>
  );
}

function AnythingNew({
  setup,
  flags,
  onChange,
}: {
  setup: TrackerSetup;
  flags: string[];
  onChange: (flags: string[]) => void;
}) {
  const items = [...setup.emergencyItems, ...setup.urgentItems];
  const toggle = (item: string, on: boolean) =>
    onChange(on ? [...flags, item] : flags.filter((f) => f !== item));
  return (
    <fieldset className="space-y-3" aria-describedby="flags-hint">
      <legend className="text-lg font-semibold">Anything new since your last check-in?</legend>
      <p id="flags-hint" className="text-slate-700">
        Tick any you have now. If you are not sure, tick it.
      </p>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item} className="flex items-start gap-3">
            <input
              id={`flag-${item}`}
              type="checkbox"
              name="flags"
              value={item}
              checked={flags.includes(item)}
              onChange={(e) => toggle(item, e.target.checked)}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <label htmlFor={`flag-${item}`}>{setup.labels.flags[item] ?? item}</label>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        <CareCards
          flags={careFlags(flags, setup.emergencyItems, setup.urgentItems)}
          labels={setup.labels.flags}
          contacts={setup.contacts}
        />
      </div>
    </fieldset>
  );
}

function NoteField({ error }: { error?: string }) {
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor="note" className="block text-lg font-semibold">
        A short note (optional)
      </label>
      <p id="note-hint" className="text-slate-700">
        For example, what went well or what made it worse. Up to {NOTE_MAX} characters. It stays on this
        device.
      </p>
      <FieldError name="note" error={error} />
      <textarea
        id="note"
        name="note"
        rows={3}
        aria-describedby={error ? 'note-hint note-error' : 'note-hint'}
        className="block w-full max-w-xl rounded-md border-2 border-slate-600 px-3 py-2 text-base"
      />
    </div>
  );
}
