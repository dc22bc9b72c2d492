import Link from 'next/link';
import type { ReactNode } from 'react';
import { clinic } from '@/lib/clinic';
import type { Slot } from '@/lib/booking/slots';
import { describeWhen } from '@/lib/booking/visit';
import { SlotPicker } from './SlotPicker';

type Action = (form: FormData) => Promise<void>;

/** "Move your assessment to ...?" with the chosen time, before anything changes. */
export function ConfirmMove(props: {
  token: string;
  startText: string;
  start: Date;
  back: string;
  move: Action;
}) {
  return (
    <form action={props.move} className="space-y-4">
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="start" value={props.startText} />
      <p className="text-lg">
        Move your assessment to <strong>{describeWhen(clinic, props.start)}</strong>?
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">
          Yes, move it
        </button>
        <Link href={props.back} className="btn-secondary">
          Choose a different time
        </Link>
      </div>
    </form>
  );
}

export interface MovePicker {
  type: string;
  slots: Slot[];
  from: string;
  today: string;
  lastDay: string;
}

/** A week of other free times for the booking's visit type, as a plain GET form back to the manage page. */
export function MoveTimes({ picker, base }: { picker: MovePicker; base: string }) {
  return (
    <SlotPicker
      {...picker}
      timeZone={clinic.timeZone}
      action={base}
      hidden={{ change: '1' }}
      submitLabel="Choose this time"
    />
  );
}

/** The manage page's actions for a confirmed booking: calendar file, move and cancel. */
export function ManageActions(props: {
  base: string;
  token: string;
  cancel: Action;
  move: ReactNode;
  /** Whether mail reaches readers (SMTP); without it the link was not emailed. */
  mailed: boolean;
}) {
  return (
    <div className="mt-8 max-w-2xl space-y-8">
      <p>
        <a href={`${props.base}/calendar.ics`} download className="btn-secondary">
          Add to calendar (.ics)
        </a>
      </p>
      <p className="text-slate-700">
        Keep this page&apos;s link private: anyone who has it can change your booking.{' '}
        {props.mailed ? 'We have also emailed it to you.' : 'It was not emailed to you: keep it yourself.'}
      </p>
      <section aria-labelledby="change" className="space-y-4">
        <h2 id="change" className="text-xl font-bold">
          Move to another time
        </h2>
        {props.move ?? (
          <Link href={`${props.base}?change=1`} className="btn-secondary">
            Choose a new time
          </Link>
        )}
      </section>
      <section aria-labelledby="cancel" className="space-y-3">
        <h2 id="cancel" className="text-xl font-bold">
          Cancel this booking
        </h2>
        <p>If you cancel, your time is offered to someone else straight away.</p>
        <form action={props.cancel}>
          <input type="hidden" name="token" value={props.token} />
          <button type="submit" className="btn-danger">
            Cancel my booking
          </button>
        </form>
      </section>
    </div>
  );
}
