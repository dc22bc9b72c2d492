import { NextResponse } from 'next/server';
import { refuseCrossSite } from '@/lib/server/sameOrigin';
import { invalid, route } from '@/lib/server/route';
import { postedValues } from '@/lib/triage/carry';
import { applyPost, placeOf } from '@/lib/triage/flow';
import { carriedCookie, stepPath } from '../carried';

// Each Continue or Back of the self-check without JavaScript posts the whole form here (the answers so far
// ride along as hidden inputs). The answer is checked, and a 303 sends the browser to the next page by GET,
// so Back and reload never ask to send the form again. Nothing is stored or logged.
export const POST = route('POST /check/answer', async (request: Request) => {
  refuseCrossSite(request);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid('form', 'Send the answers as a form', 400);
  }
  const step = Number(form.get('step'));
  const nav = form.get('nav') === 'back' ? 'back' : 'continue';
  const state = applyPost(postedValues(form), Number.isFinite(step) ? step : 0, nav);
  // A relative address: behind a proxy (or on 127.0.0.1 vs localhost) request.url may name another host,
  // whose page would not get the cookie.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: stepPath(placeOf(state)), 'Cache-Control': 'no-store' },
  });
  const errorAt = state.error ? { errorAt: state.index } : {};
  response.cookies.set(
    carriedCookie({ values: state.values, ...errorAt }, new URL(request.url).protocol === 'https:'),
  );
  return response;
});
