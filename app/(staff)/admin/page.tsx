import type { Metadata } from 'next';
import { loginAction, logoutAction, retryMailAction, staffCancelAction } from './actions';
import { DayBookings } from '@/components/staff/DayBookings';
import { FailedMails } from '@/components/staff/FailedMails';
import { StaffLogin } from '@/components/staff/StaffLogin';
import { ViewBar } from '@/components/staff/ViewBar';
import { WaitlistEntries } from '@/components/staff/WaitlistEntries';
import { StatusNotice } from '@/components/staff/StatusNotice';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { adminViews, viewRange, type AdminView } from '@/lib/booking/adminViews';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import type { Booking } from '@/lib/booking/views';
import { bookingsBetween } from '@/lib/booking/queries';
import { currentSchedule } from '@/lib/booking/service';
import { localDate } from '@/lib/booking/slots';
import { zoneLabel } from '@/lib/booking/visit';
import { failedMails } from '@/lib/mail/deliver';
import { waitlistForStaff } from '@/lib/waitlist';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

export const metadata: Metadata = { title: 'Staff', robots: { index: false, follow: false } };

interface Props {
  searchParams: Promise<SearchParams>;
}

const loginErrors: Record<string, string> = {
  password: 'That password is not right. Check it and try again.',
  rate: 'Too many attempts. Wait 10 seconds and try again.',
};

const notices: Record<string, string> = {
  cancelled: 'Booking cancelled. The reader has been emailed.',
  'not-found': 'That booking no longer exists.',
  'already-cancelled': 'That booking was already cancelled. Nothing was changed and no mail was sent.',
  started: 'That visit has already started or passed, so it was not cancelled. No mail was sent.',
  'mail-retried': 'The mail is queued again and will be sent in a moment.',
  'mail-not-found': 'That mail is no longer waiting for a retry.',
};

const emptyText: Record<AdminView, string> = {
  today: 'No bookings today.',
  upcoming: 'No bookings coming up.',
  past: 'No bookings in the last 90 days.',
};

function byDay(rows: Booking[], view: AdminView): Map<string, Booking[]> {
  const days = new Map<string, Booking[]>();
  for (const row of view === 'past' ? [...rows].reverse() : rows) {
    const day = localDate(row.startAt, clinic.timeZone);
    days.set(day, [...(days.get(day) ?? []), row]);
  }
  return days;
}

export default async function AdminPage({ searchParams }: Props) {
  const query = await searchParams;
  if (!(await hasStaffSession())) {
    const error = firstParam(query, 'error');
    return <StaffLogin action={loginAction} error={error ? loginErrors[error] : undefined} />;
  }
  const viewParam = firstParam(query, 'view');
  const view: AdminView = adminViews.find((v) => v === viewParam) ?? 'today';
  const now = new Date();
  const schedule = await currentSchedule();
  const { from, to } = viewRange(view, { timeZone: clinic.timeZone, horizonDays: schedule.horizonDays }, now);
  const db = await getDb();
  const [booked, failed, waiting] = await Promise.all([
    bookingsBetween(db, from, to),
    failedMails(db),
    waitlistForStaff(db, now),
  ]);
  const days = byDay(booked, view);
  const notice = firstParam(query, 'notice');
  return (
    <>
      <PageHeader title="Bookings" lead={`Times in ${zoneLabel(clinic.timeZone, now)}.`} />
      <ViewBar view={view} logout={logoutAction} />
      <StatusNotice text={notice ? notices[notice] : undefined} />
      <FailedMails mails={failed} view={view} retry={retryMailAction} />
      {days.size === 0 ? <p className="text-lg">{emptyText[view]}</p> : null}
      <div className="space-y-8">
        {[...days].map(([day, rows]) => (
          <DayBookings
            key={day}
            day={day}
            rows={rows}
            view={view}
            now={now}
            cancel={staffCancelAction}
            clinicians={schedule.clinicians}
          />
        ))}
      </div>
      <WaitlistEntries rows={waiting} />
    </>
  );
}
