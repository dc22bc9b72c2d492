import Link from 'next/link';
import { adminViews, type AdminView } from '@/lib/booking/adminViews';

/** The staff view tabs, the CSV export and sign out. */
export function ViewBar({ view, logout }: { view: AdminView; logout: () => Promise<void> }) {
  return (
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
        <Link href="/admin/schedule" className="btn-secondary">
          Schedule
        </Link>
        <a href={`/admin/bookings.csv?view=${view}`} className="btn-secondary">
          Export CSV
        </a>
        <form action={logout}>
          <button type="submit" className="btn-secondary">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
