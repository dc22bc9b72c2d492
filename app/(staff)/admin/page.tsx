import type { Metadata } from 'next';
import { loginAction, logoutAction, retryMailAction, staffCancelAction } from './actions';
import { DayBookings } from '@/components/staff/DayBookings';
import { FailedMails } from '@/components/staff/FailedMails';
import { PageLinks } from '@/components/staff/PageLinks';
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
import { pageWindow, parsePage } from '@/lib/booking/paging';
import { bookingsPage, countBookingsBetween } from '@/lib/booking/queries';
import { currentSchedule } from '@/lib/booking/service';
import { localDate } from '@/lib/booking/slots';
import { zoneLabel } from '@/lib/booking/visit';
import { failedMails } from '@/lib/mail/deliver';
import { countWaiting, waitlistForStaff } from '@/lib/waitlist';
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

// Rows come in display order (the past view newest first), so days keep that order.
function byDay(rows: Booking[]): Map<string, Booking[]> {
  const days = new Map<string, Booking[]>();
  for (const row of rows) {
    const day = localDate(row.startAt, clinic.timeZone);
    days.set(day, [...(days.get(day) ?? []), row]);
  }
  return days;
}

/** A link to /admin that keeps the view and the other list's page; page 1 is left out. */
function adminHref(view: AdminView, page: number, waitlistPage: number): string {
  const params = new URLSearchParams({ view });
  if (page > 1) params.set('page', String(page));
  if (waitlistPage > 1) params.set('waitlistPage', String(waitlistPage));
  return `/admin?${params.toString()}`;
}

/**
 * One page of each list, and the failed mails. Each list pages on its own; a bad or out-of-range page number
 * shows the first or last page, never an error.
 */
async function loadLists(query: SearchParams, view: AdminView, range: { from: Date; to: Date }, now: Date) {
  const db = await getDb();
  const [bookingCount, waitingCount] = await Promise.all([
    countBookingsBetween(db, range.from, range.to),
    countWaiting(db),
  ]);
  const bookingPage = pageWindow(parsePage(firstParam(query, 'page')), bookingCount);
  const waitlistPage = pageWindow(parsePage(firstParam(query, 'waitlistPage')), waitingCount);
  const [booked, failed, waiting] = await Promise.all([
    bookingsPage(db, range.from, range.to, { ...bookingPage, newestFirst: view === 'past' }),
    failedMails(db),
    waitlistForStaff(db, now, waitlistPage),
  ]);
  return { booked, failed, waiting, bookingPage, waitlistPage };
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
  const { booked, failed, waiting, bookingPage, waitlistPage } = await loadLists(
    query,
    view,
    { from, to },
    now,
  );
  const days = byDay(booked);
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
      <PageLinks
        window={bookingPage}
        shown={booked.length}
        label="Bookings"
        noun="bookings"
        hrefFor={(page) => adminHref(view, page, waitlistPage.page)}
      />
      <WaitlistEntries
        rows={waiting}
        window={waitlistPage}
        hrefFor={(page) => adminHref(view, bookingPage.page, page)}
      />
    </>
  );
}
