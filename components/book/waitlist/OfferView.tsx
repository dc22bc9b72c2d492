import Link from 'next/link';
import { clinic } from '@/lib/clinic';
import { describeWhen, visitLabel, visitLocation } from '@/lib/booking/visit';
import { OFFERS_PER_SLOT } from '@/lib/waitlist/plan';
import type { OfferState, WaitlistEntryView, WaitlistOfferView } from '@/lib/waitlist';
import { NO_MAIL_SENT } from '@/lib/mail/delivery';
import { Notice } from '../Notice';

type Action = (form: FormData) => Promise<void>;

function OfferSummary({ offer, entry }: { offer: WaitlistOfferView; entry: WaitlistEntryView }) {
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-5">
      <dt className="font-semibold">What</dt>
      <dd>Free physical therapy assessment, {visitLabel(clinic, offer.type).toLowerCase()}</dd>
      <dt className="font-semibold">When</dt>
      <dd>{describeWhen(clinic, offer.startAt)}</dd>
      <dt className="font-semibold">Where</dt>
      <dd>{visitLocation(clinic, offer.type)}</dd>
      <dt className="font-semibold">Name</dt>
      <dd>{entry.name}</dd>
    </dl>
  );
}

/** What each state tells the reader, beside the time itself. */
const explained: Record<Exclude<OfferState, 'open'>, { text: string; tone: 'ok' | 'problem' }> = {
  'already-booked': {
    text: 'You booked this time. We emailed you the confirmation, with your private link to move or cancel it.',
    tone: 'ok',
  },
  taken: { text: 'Sorry, someone else took that time. You are still on the waitlist.', tone: 'problem' },
  expired: {
    text: 'This offer has ended, so this time can no longer be booked from it. You are still on the waitlist.',
    tone: 'problem',
  },
  left: { text: 'You are no longer on the waitlist, so this offer has ended.', tone: 'problem' },
};

export const offerHeadings: Record<OfferState, string> = {
  open: 'A time is free for you',
  'already-booked': 'You booked this time',
  taken: 'This time was taken',
  expired: 'This offer has ended',
  left: 'This offer has ended',
};

/** The offer page: the time, and either the one button that books it or why it can no longer be booked. */
export function OfferView(props: {
  offer: WaitlistOfferView;
  entry: WaitlistEntryView;
  state: OfferState;
  token: string;
  notice?: string;
  confirm: Action;
  /** Whether mail reaches readers (SMTP); without it no confirmation was emailed. */
  mailed: boolean;
}) {
  const { offer, entry, state, token } = props;
  return (
    <div className="max-w-2xl space-y-6">
      {state === 'already-booked' && !props.mailed ? (
        <Notice text={`You booked this time. ${NO_MAIL_SENT}`} tone="ok" />
      ) : state !== 'open' ? (
        <Notice {...explained[state]} />
      ) : null}
      {props.notice ? <Notice text={props.notice} tone="problem" /> : null}
      <OfferSummary offer={offer} entry={entry} />
      {state === 'open' ? (
        <form action={props.confirm} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>
            We offered this time to up to {OFFERS_PER_SLOT} people on the waitlist: the first to confirm gets
            it. This offer ends {describeWhen(clinic, offer.expiresAt)}. We book it with the details you gave
            when you joined.
          </p>
          <button type="submit" className="btn-primary">
            Book this time
          </button>
        </form>
      ) : null}
      {entry.status === 'waiting' ? (
        <p>
          <Link href={`/book/waitlist/leave/${token}`}>Leave the waitlist</Link>
        </p>
      ) : (
        <p>
          <Link href="/book">Book a free assessment</Link>
        </p>
      )}
    </div>
  );
}
