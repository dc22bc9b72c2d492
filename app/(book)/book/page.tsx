import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { submitBooking } from '@/app/(book)/book/actions';
import { DetailsForm } from '@/components/book/DetailsForm';
import { Notice } from '@/components/book/Notice';
import { SlotPicker } from '@/components/book/SlotPicker';
import { BookingSafety } from '@/components/book/BookingSafety';
import { VisitTypeChoice } from '@/components/book/VisitTypeChoice';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots } from '@/lib/booking/availability';
import { weekView } from '@/lib/booking/dates';
import { currentSchedule, currentWindow } from '@/lib/booking/service';
import { visitTypeSchema } from '@/lib/booking/schema';
import { addDays, parseOffsetIso } from '@/lib/booking/slots';
import { SUMMARY_COOKIE, decodeSummary } from '@/lib/booking/summaryCookie';
import { describeWhen, zoneLabel } from '@/lib/booking/visit';
import { issueFormStamp } from '@/lib/server/formStamp';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { bookMetadata } from './metadata';

export const metadata: Metadata = bookMetadata;

/** The waitlist form for the week the reader is looking at. */
function waitlistHref(type: string, from: string, lastDay: string): string {
  const to = addDays(from, 6) > lastDay ? lastDay : addDays(from, 6);
  return `/book/waitlist?${new URLSearchParams({ type, from, to }).toString()}`;
}

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function BookPage({ searchParams }: Props) {
  const params = await searchParams;
  const type = visitTypeSchema.safeParse(firstParam(params, 'type'));
  const summary = decodeSummary((await cookies()).get(SUMMARY_COOKIE)?.value);
  if (!type.success) return <VisitTypeChoice />;

  const now = new Date();
  const visit = clinic.visitTypes[type.data];
  const startText = firstParam(params, 'start');
  const start = startText ? parseOffsetIso(startText) : undefined;
  const schedule = await currentSchedule();
  const window = await currentWindow(now, schedule);
  const { from, notice } = weekView(firstParam(params, 'from'), window);
  const slots = await availableSlots(await getDb(), clinic, type.data, from, 7, now, schedule);
  const chosen = start && slots.find((s) => s.start.getTime() === start.getTime());

  if (startText && chosen) {
    return (
      <>
        <PageHeader title="Your details" lead={`${visit.label}: ${describeWhen(clinic, chosen.start)}.`}>
          <Link href={`/book?type=${type.data}&from=${from}`} className="no-print text-sm">
            Change the time
          </Link>
        </PageHeader>
        <div className="max-w-2xl">
          <DetailsForm
            action={submitBooking}
            type={type.data}
            start={startText}
            formStamp={issueFormStamp(now)}
            summary={summary}
            timeZone={clinic.timeZone}
          />
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Choose a time"
        lead={`${visit.label}. ${visit.description} Each visit lasts ${schedule.slotMinutes[type.data]} minutes. Times are in ${zoneLabel(clinic.timeZone, now)}.`}
      >
        <Link href="/book" className="no-print text-sm">
          Change how we meet
        </Link>
      </PageHeader>
      {notice ? <Notice text={notice} tone="problem" /> : null}
      {startText ? (
        <p
          role="alert"
          className="mb-4 max-w-2xl rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold"
        >
          Sorry, that time is no longer free. Please choose another.
        </p>
      ) : null}
      {summary ? (
        <p className="mb-4 max-w-2xl rounded-md bg-brand-50 p-3">
          Your self-check summary is ready. You can choose to attach it on the last step.
        </p>
      ) : null}
      <SlotPicker
        type={type.data}
        slots={slots}
        from={from}
        today={window.today}
        lastDay={window.lastDay}
        timeZone={clinic.timeZone}
        waitlistHref={waitlistHref(type.data, from, window.lastDay)}
      />
      <BookingSafety />
    </>
  );
}
