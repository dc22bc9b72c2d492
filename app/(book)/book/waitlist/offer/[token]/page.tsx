import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { confirmOfferAction } from '@/app/(book)/book/waitlist/actions';
import { OfferView, offerHeadings } from '@/components/book/waitlist/OfferView';
import { PageHeader } from '@/components/ui/PageHeader';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { bookingDeps } from '@/lib/booking/service';
import { findOffer, offerState } from '@/lib/waitlist';
import { mailReachesPeople } from '@/lib/mail/delivery';

export const metadata: Metadata = { title: 'A free time for you', robots: { index: false, follow: false } };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

const notices: Record<string, string> = {
  busy: 'We are busy right now. Please press the button again in a moment.',
  rate: 'Too many attempts from your connection. Please wait a few minutes and try again.',
  limit:
    'This email address has reached today’s limit of bookings and messages. Please call us to book this time.',
};

// Only shows: mail scanners open links, so nothing here books or changes anything (the button posts).
export default async function OfferPage({ params, searchParams }: Props) {
  const { token } = await params;
  const deps = await bookingDeps();
  const found = await findOffer(deps, token);
  if (!found) notFound();
  const state = offerState(found, deps.now);
  const status = firstParam(await searchParams, 'status');
  return (
    <>
      <PageHeader title={offerHeadings[state]} />
      <OfferView
        {...found}
        state={state}
        token={token}
        notice={status ? notices[status] : undefined}
        confirm={confirmOfferAction}
        mailed={mailReachesPeople()}
      />
    </>
  );
}
