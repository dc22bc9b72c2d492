import { type NextRequest } from 'next/server';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots, slotView } from '@/lib/booking/availability';
import { fromOutsideWindow } from '@/lib/booking/dates';
import { currentWindow } from '@/lib/booking/service';
import { fieldErrors, slotsQuerySchema } from '@/lib/booking/schema';
import { HttpError, invalid, route } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = route('GET /api/slots', async (request: NextRequest) => {
  const now = new Date();
  const window = await currentWindow(now);
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const parsed = slotsQuerySchema.safeParse({ from: window.today, days: '7', ...params });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const [field, message] = Object.entries(errors)[0] ?? ['(query)', 'Invalid query'];
    throw new HttpError(422, { error: 'invalid_query', field, message, errors });
  }
  const { type, from, days } = parsed.data;
  const outside = fromOutsideWindow(from, window);
  if (outside) throw invalid('from', outside);
  const slots = await availableSlots(await getDb(), clinic, type, from, days, now);
  return Response.json(
    { timeZone: clinic.timeZone, slots: slots.map((s) => slotView(s, clinic.timeZone)) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
