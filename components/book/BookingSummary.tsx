import { clinic } from '@/lib/clinic';
import type { BookingRow } from '@/lib/db/schema';
import {
  clinicianName,
  describeWhen,
  visitLabel,
  visitLocation,
  type ClinicianNames,
} from '@/lib/booking/visit';

/** What, when, where and with whom: the booking as the reader sees it on the manage page. */
export function BookingSummary({ row, clinicians }: { row: BookingRow; clinicians: ClinicianNames }) {
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-5">
      <dt className="font-semibold">What</dt>
      <dd>Free physical therapy assessment, {visitLabel(clinic, row.type).toLowerCase()}</dd>
      <dt className="font-semibold">When</dt>
      <dd>{describeWhen(clinic, row.startAt)}</dd>
      <dt className="font-semibold">Where</dt>
      <dd>{visitLocation(clinic, row.type)}</dd>
      <dt className="font-semibold">With</dt>
      <dd>{clinicianName(clinicians, row.clinicianId)}</dd>
      <dt className="font-semibold">Name</dt>
      <dd>{row.name}</dd>
      <dt className="font-semibold">Status</dt>
      <dd data-booking-status={row.status}>{row.status === 'confirmed' ? 'Confirmed' : 'Cancelled'}</dd>
    </dl>
  );
}
