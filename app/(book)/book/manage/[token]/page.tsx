import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cancelAction, moveAction } from '@/app/(book)/book/actions';
import { SlotPicker } from '@/components/book/SlotPicker';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots } from '@/lib/booking/availability';
import { findByTokenHash } from '@/lib/booking/queries';
import { addDays, localDate, parseOffsetIso } from '@/lib/booking/slots';
import { hashToken, isWellFormedToken } from '@/lib/booking/tokens';
import { clinicianName, describeWhen, visitLabel, visitLocation } from '@/lib/booking/visit';
import { firstParam, type SearchParams, weekStart } from '@/lib/booking/params';

export const metadata: Metadata = { title: 'Your booking', robots: { index: false, follow: false } };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

const notices: Record<string, { text: string; tone: 'ok' | 'problem' }> = {
  confirmed: {
    text: 'Your booking is confirmed. We have emailed you the details and a private link to this page.',
    tone: 'ok',
  },
  moved: { text: 'Your booking has moved to the new time. We have emailed you the new details.', tone: 'ok' },
  cancelled: { text: 'Your booking is cancelled. We have emailed you to confirm.', tone: 'ok' },
  'slot-taken': { text: 'Sorry, that time was just taken. Please choose another time.', tone: 'problem' },
  'not-offered': { text: 'That time is not available. Please choose a time from the list.', tone: 'problem' },
  'choose-time': { text: 'Choose a new time from the list.', tone: 'problem' },
};

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const row = isWellFormedToken(token) ? await findByTokenHash(await getDb(), hashToken(token)) : undefined;
  if (!row) notFound();
  const status = firstParam(query, 'status');
  const notice = status ? notices[status] : undefined;
  const active = row.status === 'confirmed';
  const now = new Date();
  const heading = !active
    ? 'Booking cancelled'
    : status === 'confirmed'
      ? 'Booking confirmed'
      : 'Your booking';
  const base = `/book/manage/${token}`;
  const changing = active && firstParam(query, 'change') === '1';
  const newStartText = firstParam(query, 'start');
  const newStart = newStartText ? parseOffsetIso(newStartText) : undefined;

  let picker = null;
  if (changing) {
    const today = localDate(now, clinic.timeZone);
    const from = weekStart(query, today);
    const slots = (await availableSlots(await getDb(), clinic, row.type, from, 7, now)).filter(
      (s) => s.start.getTime() !== row.startAt.getTime(),
    );
    picker =
      newStart && newStartText ? (
        <form action={moveAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="start" value={newStartText} />
          <p className="text-lg">
            Move your assessment to <strong>{describeWhen(clinic, newStart)}</strong>?
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="btn-primary">
              Yes, move it
            </button>
            <Link href={`${base}?change=1&from=${from}`} className="btn-secondary">
              Choose a different time
            </Link>
          </div>
        </form>
      ) : (
        <SlotPicker
          type={row.type}
          slots={slots}
          from={from}
          today={today}
          lastDay={addDays(today, clinic.horizonDays)}
          timeZone={clinic.timeZone}
          action={base}
          hidden={{ change: '1' }}
          submitLabel="Choose this time"
        />
      );
  }

  return (
    <>
      <PageHeader title={heading} />
      {notice ? (
        <p
          role="status"
          className={`mb-6 max-w-2xl rounded-md border-l-4 p-4 font-semibold ${notice.tone === 'ok' ? 'border-emerald-700 bg-emerald-50' : 'border-red-700 bg-red-50'}`}
        >
          {notice.text}
        </p>
      ) : null}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-5">
        <dt className="font-semibold">What</dt>
        <dd>Free physical therapy assessment, {visitLabel(clinic, row.type).toLowerCase()}</dd>
        <dt className="font-semibold">When</dt>
        <dd>{describeWhen(clinic, row.startAt)}</dd>
        <dt className="font-semibold">Where</dt>
        <dd>{visitLocation(clinic, row.type)}</dd>
        <dt className="font-semibold">With</dt>
        <dd>{clinicianName(clinic, row.clinicianId)}</dd>
        <dt className="font-semibold">Name</dt>
        <dd>{row.name}</dd>
        <dt className="font-semibold">Status</dt>
        <dd data-booking-status={row.status}>{active ? 'Confirmed' : 'Cancelled'}</dd>
      </dl>
      {active ? (
        <div className="mt-8 max-w-2xl space-y-8">
          <p>
            <a href={`${base}/calendar.ics`} download className="btn-secondary">
              Add to calendar (.ics)
            </a>
          </p>
          <p className="text-slate-700">
            Keep this page&apos;s link private: anyone who has it can change your booking. We have also
            emailed it to you.
          </p>
          <section aria-labelledby="change" className="space-y-4">
            <h2 id="change" className="text-xl font-bold">
              Move to another time
            </h2>
            {picker ?? (
              <Link href={`${base}?change=1`} className="btn-secondary">
                Choose a new time
              </Link>
            )}
          </section>
          <section aria-labelledby="cancel" className="space-y-3">
            <h2 id="cancel" className="text-xl font-bold">
              Cancel this booking
            </h2>
            <p>If you cancel, your time is offered to someone else straight away.</p>
            <form action={cancelAction}>
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="btn-danger">
                Cancel my booking
              </button>
            </form>
          </section>
        </div>
      ) : (
        <p className="mt-6">
          <Link href="/book" className="btn-primary">
            Book a new time
          </Link>
        </p>
      )}
    </>
  );
}
