import { NextResponse, type NextRequest } from 'next/server';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots, slotView } from '@/lib/booking/availability';
import { createBooking } from '@/lib/booking/createBooking';
import { manageUrl } from '@/lib/booking/deps';
import { BookingError } from '@/lib/booking/errors';
import { apiBookingSchema, fieldErrors } from '@/lib/booking/schema';
import { bookingDeps, limiter } from '@/lib/booking/service';
import { localDate, parseOffsetIso, toOffsetIso } from '@/lib/booking/slots';
import { clientKey } from '@/lib/server/rateLimit';

export const dynamic = 'force-dynamic';

function invalid(field: string, message: string, status = 422) {
  return NextResponse.json({ error: 'invalid_request', field, message }, { status });
}

export async function POST(request: NextRequest) {
  const decision = await (await limiter('booking')).hit(`booking:${clientKey(request.headers)}`, new Date());
  if (!decision.allowed) {
    return NextResponse.json(
      {
        error: 'rate_limited',
        message: 'Too many booking attempts. Please wait a few minutes and try again.',
      },
      { status: 429, headers: { 'Retry-After': String(decision.retryAfter) } },
    );
  }
  if (!request.headers.get('content-type')?.toLowerCase().includes('application/json')) {
    return invalid('(body)', 'Send the booking as JSON with Content-Type: application/json', 415);
  }
  const key = request.headers.get('idempotency-key') ?? undefined;
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    return invalid('Idempotency-Key', 'Idempotency-Key must be 1-200 visible ASCII characters');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalid('(body)', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return invalid('(body)', 'The body must be a JSON object');
  const parsed = apiBookingSchema.safeParse(body);
  if (!parsed.success) {
    const [field, message] = Object.entries(fieldErrors(parsed.error))[0] ?? ['(body)', 'Invalid booking'];
    return invalid(field, message);
  }
  const start = parseOffsetIso(parsed.data.start);
  if (!start) return invalid('start', 'start is not a real date and time');
  const deps = await bookingDeps();
  try {
    const { type, name, email, phone, note } = parsed.data;
    const created = await createBooking(deps, { type, start, name, email, phone, note, idempotencyKey: key });
    return NextResponse.json(
      {
        id: created.booking.id,
        start: toOffsetIso(created.booking.startAt, clinic.timeZone),
        type: created.booking.type,
        manageUrl: manageUrl(deps.siteUrl, created.token),
      },
      { status: 201, headers: created.replayed ? { 'Idempotent-Replayed': 'true' } : {} },
    );
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    if (error.kind === 'slot-taken') {
      const fresh = await availableSlots(
        await getDb(),
        clinic,
        parsed.data.type,
        localDate(start, clinic.timeZone),
        7,
        new Date(),
      );
      return NextResponse.json(
        {
          error: 'slot_taken',
          field: 'start',
          message: error.message,
          timeZone: clinic.timeZone,
          slots: fresh.map((s) => slotView(s, clinic.timeZone)),
        },
        { status: 409 },
      );
    }
    return invalid(error.kind === 'idempotency-mismatch' ? 'Idempotency-Key' : 'start', error.message);
  }
}
