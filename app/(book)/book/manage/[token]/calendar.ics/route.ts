import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { bookingIcs } from '@/lib/booking/bookingIcs';
import { findByTokenHash } from '@/lib/booking/queries';
import { videoWhereAt } from '@/lib/booking/remindersVideo';
import { currentSchedule } from '@/lib/booking/service';
import { hashToken, isRandomToken } from '@/lib/crypto';
import { env } from '@/lib/server/env';
import { route } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(
  'GET /book/manage/calendar.ics',
  async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
    const { token } = await params;
    const row = isRandomToken(token) ? await findByTokenHash(await getDb(), hashToken(token)) : undefined;
    if (!row)
      return new Response('Booking not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    const now = new Date();
    const { clinicians } = await currentSchedule();
    const video =
      row.status === 'confirmed' ? videoWhereAt(clinicians, row, now, env().REMINDER_HOURS) : undefined;
    const ics = bookingIcs(
      clinic,
      { id: row.id, type: row.type, start: row.startAt, end: row.endAt, clinicianId: row.clinicianId },
      {
        status: row.status === 'confirmed' ? 'CONFIRMED' : 'CANCELLED',
        // Never below the last mail's: the reminder (at remindedAt) may carry a newer location.
        sequence: Math.max(
          0,
          Math.floor(
            (Math.max(row.updatedAt.getTime(), row.remindedAt?.getTime() ?? 0) - row.createdAt.getTime()) /
              1000,
          ),
        ),
        now,
        video,
        clinicians,
      },
    );
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'attachment; filename="backwise-assessment.ics"',
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      },
    });
  },
);
