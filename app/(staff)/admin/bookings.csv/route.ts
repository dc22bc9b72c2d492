import { type NextRequest } from 'next/server';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { adminViews, viewRange } from '@/lib/booking/adminViews';
import { bookingsCsvStream } from '@/lib/booking/exportCsv';
import { currentSchedule } from '@/lib/booking/service';
import { toOffsetIso } from '@/lib/booking/slots';
import { clinicianName } from '@/lib/booking/visit';
import { HttpError, route } from '@/lib/server/route';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

export const dynamic = 'force-dynamic';

const header = [
  'id',
  'start',
  'end',
  'type',
  'clinician',
  'status',
  'name',
  'email',
  'phone',
  'note',
  'self_check_summary',
  'recovery_tracker_summary',
  'created_at',
];

export const GET = route('GET /admin/bookings.csv', async (request: NextRequest) => {
  if (!(await hasStaffSession()))
    throw new HttpError(401, { error: 'unauthorized', message: 'Sign in at /admin first' });
  const view = adminViews.find((v) => v === request.nextUrl.searchParams.get('view')) ?? 'upcoming';
  const schedule = await currentSchedule();
  const { from, to } = viewRange(
    view,
    { timeZone: clinic.timeZone, horizonDays: schedule.horizonDays },
    new Date(),
  );
  const body = bookingsCsvStream(await getDb(), {
    from,
    to,
    header,
    cells: (r) => [
      r.id,
      toOffsetIso(r.startAt, clinic.timeZone),
      toOffsetIso(r.endAt, clinic.timeZone),
      r.type,
      clinicianName(schedule.clinicians, r.clinicianId),
      r.status,
      r.name,
      r.email,
      r.phone,
      r.note ?? '',
      r.triageSummary ?? '',
      r.progressSummary ?? '',
      r.createdAt.toISOString(),
    ],
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="bookings-${view}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
