import { clinic } from '@/lib/clinic';
import type { VideoWhere } from '@/lib/booking/remindersPlan';
import type { BookingSummaryView } from '@/lib/booking/views';
import {
  clinicianName,
  describeWhen,
  visitLabel,
  visitLocation,
  type ClinicianNames,
} from '@/lib/booking/visit';

/**
 * What, when, where and with whom: the booking as the reader sees it on the manage page. `video` says what is
 * true of a video visit's link at this moment (the link itself from the reminder's time on).
 */
export function BookingSummary({
  row,
  video,
  clinicians,
}: {
  row: BookingSummaryView;
  video?: VideoWhere;
  clinicians: ClinicianNames;
}) {
  const where = visitLocation(clinic, row.type, row.status === 'confirmed' ? video : undefined);
  const url = row.status === 'confirmed' && video?.linkNow ? video.url : null;
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-5">
      <dt className="font-semibold">What</dt>
      <dd>Free physical therapy assessment, {visitLabel(clinic, row.type).toLowerCase()}</dd>
      <dt className="font-semibold">When</dt>
      <dd>{describeWhen(clinic, row.startAt)}</dd>
      <dt className="font-semibold">Where</dt>
      <dd data-video-link={url ?? undefined}>
        {url ? (
          <>
            Video call:{' '}
            <a href={url} className="break-all underline" rel="noopener noreferrer">
              {url}
            </a>
          </>
        ) : (
          where
        )}
      </dd>
      <dt className="font-semibold">With</dt>
      <dd>{clinicianName(clinicians, row.clinicianId)}</dd>
      <dt className="font-semibold">Name</dt>
      <dd>{row.name}</dd>
      <dt className="font-semibold">Status</dt>
      <dd data-booking-status={row.status}>{row.status === 'confirmed' ? 'Confirmed' : 'Cancelled'}</dd>
    </dl>
  );
}
