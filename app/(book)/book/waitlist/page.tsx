import type { Metadata } from 'next';
import Link from 'next/link';
import { joinAction } from '@/app/(book)/book/waitlist/actions';
import { BookingSafety } from '@/components/book/BookingSafety';
import { JoinForm } from '@/components/book/waitlist/JoinForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { visitTypes } from '@/lib/clinic/visitTypes';
import { currentWindow } from '@/lib/booking/service';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { issueFormStamp } from '@/lib/server/formStamp';
import { OFFERS_PER_SLOT } from '@/lib/waitlist';
import { initialJoinValues } from '@/lib/waitlist/initialValues';

export const metadata: Metadata = {
  title: 'Join the waitlist',
  description: 'No free time that suits you? Join the waitlist and we email you when a time frees up.',
  alternates: { canonical: '/book/waitlist' },
};

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function WaitlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const now = new Date();
  const window = await currentWindow(now);
  const initial = initialJoinValues(
    { type: firstParam(params, 'type'), from: firstParam(params, 'from'), to: firstParam(params, 'to') },
    window,
  );
  return (
    <>
      <PageHeader
        title="Join the waitlist"
        lead={`No free time that suits you? Tell us the dates you could come. If a time in them frees up, we email you a link that books it in one step. We send each free time to up to ${OFFERS_PER_SLOT} people, in the order they joined: the first to confirm gets it.`}
      >
        <Link href={`/book?type=${initial.type}`} className="no-print text-sm">
          Back to the free times
        </Link>
      </PageHeader>
      <div className="max-w-2xl">
        <JoinForm
          action={joinAction}
          initial={initial}
          window={window}
          types={visitTypes.map((t) => ({ value: t, label: clinic.visitTypes[t].label }))}
          formStamp={issueFormStamp(now)}
        />
      </div>
      <BookingSafety />
    </>
  );
}
