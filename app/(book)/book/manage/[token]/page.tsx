import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cancelAction, moveAction } from '@/app/(book)/book/actions';
import { BookingSummary } from '@/components/book/BookingSummary';
import { ConfirmMove, ManageActions, MoveTimes } from '@/components/book/ManageActions';
import { Notice } from '@/components/book/Notice';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { hashToken, isRandomToken } from '@/lib/crypto';
import { getDb } from '@/lib/db';
import { availableSlots } from '@/lib/booking/availability';
import { startOutsideWindow, weekView } from '@/lib/booking/dates';
import { currentSchedule, currentWindow } from '@/lib/booking/service';
import type { Schedule } from '@/lib/schedule';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import type { Booking } from '@/lib/booking/views';
import { findByTokenHash } from '@/lib/booking/queries';
import { videoWhereAt } from '@/lib/booking/remindersVideo';
import { parseOffsetIso } from '@/lib/booking/slots';
import { mailReachesPeople, NO_MAIL_SENT } from '@/lib/mail/delivery';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Your booking', robots: { index: false, follow: false } };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

/** The page's notices; "we have emailed you" only when mail really goes out (lib/mail/delivery). */
const notices = (mailed: boolean): Record<string, { text: string; tone: 'ok' | 'problem' }> => ({
  confirmed: {
    text: mailed
      ? 'Your booking is confirmed. We have emailed you the details and a private link to this page.'
      : `Your booking is confirmed. ${NO_MAIL_SENT} Keep this page's link: it is the way back to your booking.`,
    tone: 'ok',
  },
  moved: {
    text: `Your booking has moved to the new time. ${mailed ? 'We have emailed you the new details.' : NO_MAIL_SENT}`,
    tone: 'ok',
  },
  cancelled: {
    text: `Your booking is cancelled. ${mailed ? 'We have emailed you to confirm.' : NO_MAIL_SENT}`,
    tone: 'ok',
  },
  'slot-taken': { text: 'Sorry, that time was just taken. Please choose another time.', tone: 'problem' },
  'not-offered': { text: 'That time is not available. Please choose a time from the list.', tone: 'problem' },
  'choose-time': { text: 'Choose a new time from the list.', tone: 'problem' },
  limit: {
    text: `This booking has been changed as often as we allow in a day, so nothing was changed. Please try again tomorrow or call us on ${clinic.phone}.`,
    tone: 'problem',
  },
  started: {
    text: 'This visit has already started or passed, so it cannot be changed here. Please call us.',
    tone: 'problem',
  },
});

/** The move step: a confirm form for a chosen time in the window, else a week of free times. */
async function moveStep(row: Booking, token: string, query: SearchParams, now: Date, schedule: Schedule) {
  const base = `/book/manage/${token}`;
  const window = await currentWindow(now, schedule);
  const week = weekView(firstParam(query, 'from'), window);
  const startText = firstParam(query, 'start');
  const start = startText ? parseOffsetIso(startText) : undefined;
  if (startText && start && !startOutsideWindow(start, clinic.timeZone, window)) {
    const back = `${base}?change=1&from=${week.from}`;
    return {
      node: <ConfirmMove token={token} startText={startText} start={start} back={back} move={moveAction} />,
    };
  }
  const slots = (await availableSlots(await getDb(), clinic, row.type, week.from, 7, now, schedule)).filter(
    (s) => s.start.getTime() !== row.startAt.getTime(),
  );
  const picker = { type: row.type, slots, from: week.from, ...window };
  const notice = startText ? 'That time is not one we can offer. Choose a time from the list.' : week.notice;
  return { node: <MoveTimes picker={picker} base={base} />, notice };
}

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const row = isRandomToken(token) ? await findByTokenHash(await getDb(), hashToken(token)) : undefined;
  if (!row) notFound();
  const now = new Date();
  const status = firstParam(query, 'status');
  const active = row.status === 'confirmed';
  const changeable = active && row.startAt > now;
  const heading = !active
    ? 'Booking cancelled'
    : status === 'confirmed'
      ? 'Booking confirmed'
      : 'Your booking';
  // One read of the schedule for the page: the move window, the clinician's name and video link.
  const schedule = await currentSchedule();
  const move =
    changeable && firstParam(query, 'change') === '1'
      ? await moveStep(row, token, query, now, schedule)
      : undefined;
  const video = videoWhereAt(schedule.clinicians, row, now, env().REMINDER_HOURS);
  const mailed = mailReachesPeople();
  const said = notices(mailed);
  const notice = (status ? said[status] : undefined) ?? (active && !changeable ? said.started : undefined);
  return (
    <>
      <PageHeader title={heading} />
      {notice ? <Notice {...notice} /> : null}
      {move?.notice ? <Notice text={move.notice} tone="problem" /> : null}
      <BookingSummary row={row} video={video} clinicians={schedule.clinicians} />
      {changeable ? (
        <ManageActions
          base={`/book/manage/${token}`}
          token={token}
          cancel={cancelAction}
          move={move?.node}
          mailed={mailed}
        />
      ) : !active ? (
        <p className="mt-6">
          <Link href="/book" className="btn-primary">
            Book a new time
          </Link>
        </p>
      ) : null}
    </>
  );
}
