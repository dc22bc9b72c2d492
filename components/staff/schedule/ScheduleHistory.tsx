import { formatSlotDay, formatSlotTime, localDate } from '@/lib/booking/slots';
import type { ScheduleChange } from '@/lib/schedule/types';

/** The latest changes: when (clinic time), which staff session, and what. */
export function ScheduleHistory({ changes, timeZone }: { changes: ScheduleChange[]; timeZone: string }) {
  if (changes.length === 0) return <p>No changes yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">The last {changes.length} schedule changes, newest first</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-3">
              When
            </th>
            <th scope="col" className="py-2 pr-3">
              Staff session
            </th>
            <th scope="col" className="py-2">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                {formatSlotDay(localDate(c.at, timeZone), timeZone)} {formatSlotTime(c.at, timeZone)}
              </td>
              <td className="py-2 pr-3 font-mono">{c.staffSession}</td>
              <td className="py-2">{c.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
