import { clinic } from '@/lib/clinic';
import { formatSlotDay, formatSlotTime } from '@/lib/booking/slots';
import { clinicianName, visitLabel, type ClinicianNames } from '@/lib/booking/visit';
import type { StaffBookingView } from '@/lib/booking/views';
import { RowActionForm } from './RowActionForm';

type Action = (form: FormData) => Promise<void>;

/** A summary the reader chose to attach: folded away, since it is health data shown only when needed. */
function AttachedSummary({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer">{title}</summary>
      <pre className="whitespace-pre-wrap font-sans">{text}</pre>
    </details>
  );
}

function ReaderCell({ row }: { row: StaffBookingView }) {
  return (
    <td className="py-2 pr-3">
      <span className="font-semibold">{row.name}</span>
      <br />
      <a href={`mailto:${row.email}`}>{row.email}</a>
      <br />
      {row.phone}
      {row.note ? <p className="mt-1 text-slate-700">Note: {row.note}</p> : null}
      <AttachedSummary title="Self-check summary" text={row.triageSummary} />
      <AttachedSummary title="Recovery tracker summary" text={row.progressSummary} />
    </td>
  );
}

function BookingRowView({
  row,
  view,
  now,
  cancel,
  clinicians,
}: {
  row: StaffBookingView;
  view: string;
  now: Date;
  cancel: Action;
  clinicians: ClinicianNames;
}) {
  const time = formatSlotTime(row.startAt, clinic.timeZone);
  return (
    <tr className="border-b border-slate-200 align-top" data-booking-id={row.id}>
      <td className="py-2 pr-3 whitespace-nowrap">{time}</td>
      <td className="py-2 pr-3">{visitLabel(clinic, row.type)}</td>
      <td className="py-2 pr-3">{clinicianName(clinicians, row.clinicianId)}</td>
      <ReaderCell row={row} />
      <td className="py-2 pr-3 capitalize">{row.status}</td>
      <td className="py-2">
        {row.status === 'confirmed' && row.startAt > now ? (
          <RowActionForm
            action={cancel}
            id={row.id}
            view={view}
            className="btn-danger min-h-11 px-3 text-sm"
            label={`Cancel ${row.name} at ${time}`}
          >
            Cancel
          </RowActionForm>
        ) : null}
      </td>
    </tr>
  );
}

const columns = ['Time', 'Visit', 'Clinician', 'Reader', 'Status', 'Action'];

/** One clinic-local day of bookings as a table, with a cancel button on each future confirmed booking. */
export function DayBookings(props: {
  day: string;
  rows: StaffBookingView[];
  view: string;
  now: Date;
  cancel: Action;
  clinicians: ClinicianNames;
}) {
  const { day, rows } = props;
  return (
    <section aria-labelledby={`day-${day}`}>
      <h2 id={`day-${day}`} className="mb-3 text-xl font-bold">
        {formatSlotDay(day, clinic.timeZone)}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300">
              {columns.map((c, i) => (
                <th key={c} scope="col" className={i < columns.length - 1 ? 'py-2 pr-3' : 'py-2'}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <BookingRowView
                key={row.id}
                row={row}
                view={props.view}
                now={props.now}
                cancel={props.cancel}
                clinicians={props.clinicians}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
