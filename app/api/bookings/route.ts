import { type NextRequest } from 'next/server';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots, slotView } from '@/lib/booking/availability';
import { createBooking } from '@/lib/booking/createBooking';
import { startOutsideWindow } from '@/lib/booking/dates';
import { manageUrl } from '@/lib/booking/deps';
import { BookingError } from '@/lib/booking/errors';
import { apiBookingSchema, fieldErrors, type VisitType } from '@/lib/booking/schema';
import { bookingDeps, currentWindow } from '@/lib/booking/service';
import { localDate, parseOffsetIso, toOffsetIso } from '@/lib/booking/slots';
import { mailReachesPeople, NO_MAIL_SENT } from '@/lib/mail/delivery';
import { hitLimit } from '@/lib/rateLimit';
import { HttpError, invalid, route } from '@/lib/server/route';
import { refuseCrossSite, requireMediaType } from '@/lib/server/sameOrigin';

export const dynamic = 'force-dynamic';

async function rateLimited(request: NextRequest): Promise<void> {
  const decision = await hitLimit('booking', request.headers);
  if (!decision.allowed)
    throw new HttpError(
      429,
      {
        error: 'rate_limited',
        message: 'Too many booking attempts. Please wait a few minutes and try again.',
      },
      { 'Retry-After': String(decision.retryAfter) },
    );
}

function idempotencyKey(request: NextRequest): string | undefined {
  const key = request.headers.get('idempotency-key') ?? undefined;
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key))
    throw invalid('Idempotency-Key', 'Idempotency-Key must be 1-200 visible ASCII characters');
  return key;
}

async function jsonObject(request: NextRequest): Promise<object> {
  requireMediaType(request.headers, ['application/json'], 'the booking as JSON');
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw invalid('(body)', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid('(body)', 'The body must be a JSON object');
  return body;
}

/** 409 with the free times of the week around the one that was taken, so the client can offer them. */
async function slotTaken(error: BookingError, type: VisitType, start: Date): Promise<Response> {
  const fresh = await availableSlots(
    await getDb(),
    clinic,
    type,
    localDate(start, clinic.timeZone),
    7,
    new Date(),
  );
  return Response.json(
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

export const POST = route('POST /api/bookings', async (request: NextRequest) => {
  refuseCrossSite(request);
  await rateLimited(request);
  const key = idempotencyKey(request);
  const parsed = apiBookingSchema.safeParse(await jsonObject(request));
  if (!parsed.success) {
    const [field, message] = Object.entries(fieldErrors(parsed.error))[0] ?? ['(body)', 'Invalid booking'];
    throw invalid(field, message);
  }
  const start = parseOffsetIso(parsed.data.start);
  if (!start) throw invalid('start', 'start is not a real date and time');
  const outside = startOutsideWindow(start, clinic.timeZone, await currentWindow(new Date()));
  if (outside) throw invalid('start', outside);
  const deps = await bookingDeps();
  const { type, name, email, phone, note } = parsed.data;
  try {
    const created = await createBooking(deps, { type, start, name, email, phone, note, idempotencyKey: key });
    const common = {
      id: created.booking.id,
      start: toOffsetIso(created.booking.startAt, clinic.timeZone),
      type: created.booking.type,
    };
    // A replay never hands out the secret again: only its hash is stored, and the link went by mail.
    return created.replayed
      ? Response.json(
          {
            ...common,
            message: mailReachesPeople()
              ? 'This booking was already made. We emailed the private link to change it.'
              : `This booking was already made. ${NO_MAIL_SENT}`,
          },
          { status: 201, headers: { 'Idempotent-Replayed': 'true' } },
        )
      : Response.json({ ...common, manageUrl: manageUrl(deps.siteUrl, created.token) }, { status: 201 });
  } catch (error) {
    if (error instanceof BookingError && error.kind === 'slot-taken') return slotTaken(error, type, start);
    throw error;
  }
});
