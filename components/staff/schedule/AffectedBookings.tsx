import { clinic } from '@/lib/clinic';
import type { AffectedBooking } from '@/lib/booking/scheduleImpact';
import { outsideReasonText } from '@/lib/booking/scheduleFit';
import { clinicianName, describeWhen, visitLabel, type ClinicianNames } from '@/lib/booking/visit';

type Action = (form: FormData) => Promise<void>;

function Decide({
  id,
  action,
  label,
  children,
  className,
}: {
  id: string;
  action: Action;
  label: string;
  children: string;
  className: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${className} min-h-11 px-3 text-sm`} aria-label={label}>
        {children}
      </button>
    </form>
  );
}

/**
 * Confirmed bookings the schedule no longer covers. Each stays until staff cancel it (the reader is emailed)
 * or keep it: a change never drops one silently.
 */
export function AffectedBookings({
  affected,
  clinicians,
  cancel,
  keep,
}: {
  affected: AffectedBooking[];
  clinicians: ClinicianNames;
  cancel: Action;
  keep: Action;
}) {
  if (affected.length === 0) return null;
  return (
    <section
      aria-labelledby="affected"
      id="affected-bookings"
      className="mb-8 rounded-md border-4 border-amber-600 p-4"
    >
      <h2 id="affected" className="text-xl font-bold">
        Bookings outside the schedule ({affected.length})
      </h2>
      <p className="mb-3">
        These confirmed visits no longer fit the schedule. Each stays booked until you cancel it (the reader
        is emailed) or keep it.
      </p>
      <ul className="space-y-4">
        {affected.map(({ row, reason }) => {
          const when = describeWhen(clinic, row.startAt);
          return (
            <li key={row.id} data-affected-id={row.id} className="flex flex-wrap items-center gap-3">
              <span className="grow">
                <strong>{when}</strong>: {visitLabel(clinic, row.type)} with{' '}
                {clinicianName(clinicians, row.clinicianId)}, for {row.name} ({row.email}).{' '}
                <span className="text-slate-700">Why: {outsideReasonText[reason]}.</span>
              </span>
              <Decide
                id={row.id}
                action={cancel}
                className="btn-danger"
                label={`Cancel and email the reader: ${row.name}, ${when}`}
              >
                Cancel and email the reader
              </Decide>
              <Decide
                id={row.id}
                action={keep}
                className="btn-secondary"
                label={`Keep: ${row.name}, ${when}`}
              >
                Keep
              </Decide>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
