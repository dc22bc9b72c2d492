import { NextResponse, type NextRequest } from 'next/server';
import { SUMMARY_COOKIE, SUMMARY_MAX, encodeSummary } from '@/lib/booking/summaryCookie';

// The self-check result posts its summary here; it stays in the reader's browser only, for an hour, and the
// booking form offers a tick box to attach it.
export async function POST(request: NextRequest) {
  let summary = '';
  try {
    const form = await request.formData();
    const value = form.get('summary');
    summary = typeof value === 'string' ? value.trim().slice(0, SUMMARY_MAX) : '';
  } catch {
    return NextResponse.json(
      { error: 'invalid_request', field: 'summary', message: 'Send the summary as a form' },
      { status: 400 },
    );
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
}
