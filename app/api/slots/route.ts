import { NextResponse, type NextRequest } from 'next/server';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots, slotView } from '@/lib/booking/availability';
import { fieldErrors, slotsQuerySchema } from '@/lib/booking/schema';
import { addDays, localDate } from '@/lib/booking/slots';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const now = new Date();
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const parsed = slotsQuerySchema.safeParse({ from: localDate(now, clinic.timeZone), days: '7', ...params });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const [field, message] = Object.entries(errors)[0] ?? ['(query)', 'Invalid query'];
    return NextResponse.json({ error: 'invalid_query', field, message, errors }, { status: 422 });
  }
  const { type, from, days } = parsed.data;
  if (from !== addDays(from, 0)) {
    return NextResponse.json(
      { error: 'invalid_query', field: 'from', message: 'from is not a real date' },
      { status: 422 },
    );
  }
  const slots = await availableSlots(await getDb(), clinic, type, from, days, now);
  return NextResponse.json(
    { timeZone: clinic.timeZone, slots: slots.map((s) => slotView(s, clinic.timeZone)) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
