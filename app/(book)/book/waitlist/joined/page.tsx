import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/book/Notice';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { isCalendarDate } from '@/lib/booking/dates';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { visitTypeSchema } from '@/lib/booking/schema';
import { OFFER_HOURS, OFFERS_PER_SLOT } from '@/lib/waitlist';
import { describeRange } from '@/lib/waitlist/mails';
import { mailReachesPeople, NO_MAIL_SENT } from '@/lib/mail/delivery';

export const metadata: Metadata = {
  title: 'You are on the waitlist',
  robots: { index: false, follow: false },
};

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function JoinedPage({ searchParams }: Props) {
  const params = await searchParams;
  const type = visitTypeSchema.safeParse(firstParam(params, 'type'));
  const from = firstParam(params, 'from') ?? '';
  const to = firstParam(params, 'to') ?? '';
  const what =
    type.success && isCalendarDate(from) && isCalendarDate(to) && from <= to
      ? `${clinic.visitTypes[type.data].label}, ${describeRange(from, to)}`
      : undefined;
  return (
    <>
      <PageHeader title="You are on the waitlist" lead={what} />
      <Notice
        text={
          mailReachesPeople()
            ? 'We have emailed you to confirm, with a link to leave the list at any time.'
            : `You are on the list. ${NO_MAIL_SENT}`
        }
        tone="ok"
      />
      <div className="max-w-2xl space-y-4">
        <h2 className="text-xl font-bold">What happens next</h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            When a time in your dates frees up, we email you and up to {OFFERS_PER_SLOT - 1} other person.
          </li>
          <li>
            Open the link in that email and press &ldquo;Book this time&rdquo;. The first to confirm gets it;
            the offer lasts up to {OFFER_HOURS} hours.
          </li>
          <li>If someone else is quicker, you stay on the list for the next free time.</li>
          <li>
            You leave the list when you book, when you use the link in our emails, or when your dates pass.
          </li>
        </ol>
        <p>
          <Link href="/book">Back to booking</Link>
        </p>
      </div>
    </>
  );
}
