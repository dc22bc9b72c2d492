import type { Metadata } from 'next';
import Link from 'next/link';
import { loginAction, logoutAction, staffCancelAction } from './actions';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { adminViews, viewRange, type AdminView } from '@/lib/booking/adminViews';
import { bookingsBetween } from '@/lib/booking/queries';
import { formatSlotDay, formatSlotTime, localDate } from '@/lib/booking/slots';
import { clinicianName, visitLabel, zoneLabel } from '@/lib/booking/visit';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';
import { firstParam, type SearchParams } from '@/lib/booking/params';

export const metadata: Metadata = { title: 'Staff', robots: { index: false, follow: false } };

interface Props {
  searchParams: Promise<SearchParams>;
}

const loginErrors: Record<string, string> = {
  password: 'That password is not right. Check it and try again.',
  rate: 'Too many attempts. Wait 10 minutes and try again.',
};

const notices: Record<string, string> = {
  cancelled: 'Booking cancelled. The reader has been emailed.',
  'not-found': 'That booking no longer exists.',
  cancelledAlready: 'That booking was already cancelled.',
};

function Login({ error }: { error?: string }) {
  return (
    <>
      <PageHeader title="Staff sign in" />
      <form action={loginAction} className="max-w-md space-y-4" noValidate>
        {error ? (
          <div role="alert" className="rounded-md border-4 border-red-700 p-4">
            <h2 className="text-lg font-bold">There is a problem</h2>
            <p>
              <a href="#password" className="font-semibold text-red-800">
                {error}
              </a>
            </p>
          </div>
        ) : null}
        <div className="space-y-1">
          <label htmlFor="password" className="block text-lg font-semibold">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            className="block min-h-11 w-full rounded-md border-2 border-slate-600 px-3 py-2"
          />
        </div>
        <button type="submit" className="btn-primary">
          Sign in
        </button>
      </form>
    </>
  );
}

export default async function AdminPage({ searchParams }: Props) {
  const query = await searchParams;
  if (!(await hasStaffSession())) {
    const error = firstParam(query, 'error');
    return <Login error={error ? loginErrors[error] : undefined} />;
  }
  const viewParam = firstParam(query, 'view');
  const view: AdminView = adminViews.find((v) => v === viewParam) ?? 'today';
  const now = new Date();
  const { from, to } = viewRange(view, clinic, now);
  const rows = await bookingsBetween(await getDb(), from, to);
  const byDay = new Map<string, typeof rows>();
  for (const row of view === 'past' ? [...rows].reverse() : rows) {
    const day = localDate(row.startAt, clinic.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
  }
  const notice = firstParam(query, 'notice');
  return (
    <>
      <PageHeader title="Bookings" lead={`Times in ${zoneLabel(clinic.timeZone, now)}.`} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <nav aria-label="Booking views">
          <ul className="flex flex-wrap gap-2">
            {adminViews.map((v) => (
              <li key={v}>
                <Link
                  href={`/admin?view=${v}`}
                  aria-current={v === view ? 'page' : undefined}
                  className={`inline-block rounded-full border-2 px-4 py-2 font-medium capitalize no-underline ${v === view ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 text-slate-800'}`}
                >
                  {v}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap gap-3">
          <a href={`/admin/bookings.csv?view=${view}`} className="btn-secondary">
            Export CSV
          </a>
          <form action={logoutAction}>
            <button type="submit" className="btn-secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>
      {notice && notices[notice] ? (
        <p
          role="status"
          className="mb-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold"
        >
          {notices[notice]}
        </p>
      ) : null}
      {byDay.size === 0 ? (
        <p className="text-lg">
          No bookings {view === 'today' ? 'today' : view === 'upcoming' ? 'coming up' : 'in the last 90 days'}
          .
        </p>
      ) : null}
      <div className="space-y-8">
        {[...byDay].map(([day, dayRows]) => (
          <section key={day} aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`} className="mb-3 text-xl font-bold">
              {formatSlotDay(day, clinic.timeZone)}
            </h2>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-3">
                      Time
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Visit
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Clinician
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Reader
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Status
                    </th>
                    <th scope="col" className="py-2">
                      Action
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {dayRows.map((row) => (
                    <tr key={row.id} className="border-b border-slate-200 align-top" data-booking-id={row.id}>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        {formatSlotTime(row.startAt, clinic.timeZone)}
                      </td>
                      <td className="py-2 pr-3">{visitLabel(clinic, row.type)}</td>
                      <td className="py-2 pr-3">{clinicianName(clinic, row.clinicianId)}</td>
                      <td className="py-2 pr-3">
                        <span className="font-semibold">{row.name}</span>
                        <br />
                        <a href={`mailto:${row.email}`}>{row.email}</a>
                        <br />
                        {row.phone}
                        {row.note ? <p className="mt-1 text-slate-700">Note: {row.note}</p> : null}
                        {row.triageSummary ? (
                          <details className="mt-1">
                            <summary className="cursor-pointer">Self-check summary</summary>
                            <pre className="whitespace-pre-wrap font-sans">{row.triageSummary}</pre>
                          </details>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3 capitalize">{row.status}</td>
                      <td className="py-2">
                        {row.status === 'confirmed' && row.startAt > now ? (
                          <form action={staffCancelAction}>
                            <input type="hidden" name="id" value={row.id} />
                            <input type="hidden" name="view" value={view} />
                            <button
                              type="submit"
                              className="btn-danger min-h-11 px-3 text-sm"
                              aria-label={`Cancel ${row.name} at ${formatSlotTime(row.startAt, clinic.timeZone)}`}
                            >
                              Cancel
                            </button>
                          </form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
