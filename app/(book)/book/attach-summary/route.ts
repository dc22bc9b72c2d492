import { NextResponse, type NextRequest } from 'next/server';
import { SUMMARY_COOKIE, encodeSummary } from '@/lib/booking/summaryCookie';
import { env } from '@/lib/server/env';
import { refuseCrossSite } from '@/lib/server/crossSite';
import { invalid, route } from '@/lib/server/route';
import { SUMMARY_MAX } from '@/lib/triage/summary';

// The self-check result posts its summary here; it stays in the reader's browser only, for an hour, and the
// booking form offers a tick box to attach it.
export const POST = route('POST /book/attach-summary', async (request: NextRequest) => {
  // Another site must not plant a fake self-check summary that the reader then attaches to a booking.
  refuseCrossSite(request, env().siteUrl, 'The summary can only be sent from this site.');
  let summary = '';
  try {
    const form = await request.formData();
    const value = form.get('summary');
    summary = typeof value === 'string' ? value.trim().slice(0, SUMMARY_MAX) : '';
  } catch {
    throw invalid('summary', 'Send the summary as a form', 400);
  }
  const response = NextResponse.redirect(new URL('/book', request.url), 303);
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
