import { clinic } from '@/lib/clinic';
import { formatSlotDay, formatSlotTime, localDate } from '@/lib/booking/slots';
import { visitLabel } from '@/lib/booking/visit';
import type { PageWindow } from '@/lib/booking/paging';
import type { StaffWaitlistRow } from '@/lib/waitlist';
import { describeRange } from '@/lib/waitlist/mails';
import { PageLinks } from './PageLinks';

/** The people waiting for a place, first in line first; offers go out from the top. One page at a time. */
export function WaitlistEntries({
  rows,
  window,
  hrefFor,
}: {
  rows: StaffWaitlistRow[];
  window: PageWindow;
  hrefFor: (page: number) => string;
}) {
  return (
    <section aria-labelledby="waitlist" className="mt-10 space-y-3">
      <h2 id="waitlist" className="text-2xl font-bold">
        Waitlist
      </h2>
      {rows.length === 0 ? (
        <p>Nobody is waiting.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">People on the waitlist, first in line first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Visit
                </th>
                <th scope="col" className="py-2 pr-3">
                  Dates
                </th>
                <th scope="col" className="py-2 pr-3">
                  Reader
                </th>
                <th scope="col" className="py-2 pr-3">
                  Joined
                </th>
                <th scope="col" className="py-2">
                  Offers made
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry, offersMade, openOffers }) => (
                <tr
                  key={entry.id}
                  className="border-b border-slate-200 align-top"
                  data-waitlist-id={entry.id}
                >
                  <td className="py-2 pr-3">{visitLabel(clinic, entry.type)}</td>
                  <td className="py-2 pr-3">{describeRange(entry.fromDate, entry.toDate)}</td>
                  <td className="py-2 pr-3">
                    <span className="font-semibold">{entry.name}</span>
                    <br />
                    <a href={`mailto:${entry.email}`}>{entry.email}</a>
                    <br />
                    {entry.phone}
                  </td>
                  <td className="py-2 pr-3">
                    {formatSlotDay(localDate(entry.createdAt, clinic.timeZone))},{' '}
                    {formatSlotTime(entry.createdAt, clinic.timeZone)}
                  </td>
                  <td className="py-2">
                    {offersMade}
                    {openOffers > 0 ? ` (${openOffers} open)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks window={window} shown={rows.length} label="Waitlist" noun="entries" hrefFor={hrefFor} />
    </section>
  );
}
