import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { leaveAction } from '@/app/(book)/book/waitlist/actions';
import { Notice } from '@/components/book/Notice';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { visitLabel } from '@/lib/booking/visit';
import { findLeaving } from '@/lib/waitlist';
import { describeRange } from '@/lib/waitlist/mails';

export const metadata: Metadata = { title: 'Leave the waitlist', robots: { index: false, follow: false } };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

const endedBecause = {
  left: 'You have left the waitlist. We will not email you about free times.',
  booked: 'You are no longer on the waitlist: you booked a time from it.',
  ended: 'You are no longer on the waitlist: the last date you gave has passed.',
};

// GET only shows the question: a mail scanner opening the link must not take anyone off the list.
export default async function LeavePage({ params, searchParams }: Props) {
  const { token } = await params;
  const entry = await findLeaving(await getDb(), token);
  if (!entry) notFound();
  const rate = firstParam(await searchParams, 'status') === 'rate';
  const what = `${visitLabel(clinic, entry.type)}, ${describeRange(entry.fromDate, entry.toDate)}`;
  if (entry.status !== 'waiting') {
    return (
      <>
        <PageHeader title="You are off the waitlist" lead={what} />
        <Notice text={endedBecause[entry.status]} tone="ok" />
        <p>
          <Link href="/book">Book a free assessment</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Leave the waitlist?" lead={what} />
      {rate ? (
        <Notice text="Too many attempts from your connection. Please wait a few minutes." tone="problem" />
      ) : null}
      <form action={leaveAction} className="max-w-2xl space-y-4">
        <input type="hidden" name="token" value={token} />
        <p>
          We will stop emailing you about free times, and any time we offered you passes to the next person.
        </p>
        <button type="submit" className="btn-danger">
          Leave the waitlist
        </button>
      </form>
    </>
  );
}
