import { NextResponse, type NextRequest } from 'next/server';
import { SUMMARY_COOKIE, encodeSummary } from '@/lib/booking/summaryCookie';
import { invalid, route } from '@/lib/server/route';
import { refuseCrossSite, requireMediaType } from '@/lib/server/sameOrigin';
import { controlMessage, isPlainText } from '@/lib/text/plainText';
import { SUMMARY_MAX } from '@/lib/triage/summary';

// The self-check result posts its summary here; it stays in the reader's browser only, for an hour, and the
// booking form offers a tick box to attach it. Only our own pages may post it: another site must not plant a
// fake summary that the reader then attaches to a booking.
export const POST = route('POST /book/attach-summary', async (request: NextRequest) => {
  refuseCrossSite(request);
  requireMediaType(
    request.headers,
    ['application/x-www-form-urlencoded', 'multipart/form-data'],
    'the summary as a form',
  );
  let summary = '';
  try {
    const form = await request.formData();
    const value = form.get('summary');
    summary = typeof value === 'string' ? value.trim().slice(0, SUMMARY_MAX) : '';
  } catch {
    throw invalid('summary', 'Send the summary as a form', 400);
  }
  if (!isPlainText(summary)) throw invalid('summary', controlMessage('The self-check summary', true));
  // A relative Location: behind a proxy, request.url names the app's own address, not the one the reader used.
  const response = new NextResponse(null, { status: 303, headers: { Location: '/book' } });
  if (summary) {
    response.cookies.set(SUMMARY_COOKIE, encodeSummary(summary), {
      httpOnly: true,
      secure: request.nextUrl.protocol === 'https:',
      sameSite: 'lax',
      path: '/book',
      maxAge: 60 * 60,
    });
  }
  return response;
});
