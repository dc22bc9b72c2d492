import { NextResponse, type NextRequest } from 'next/server';
import { headersFor, nonceRoutes } from './lib/security/headers.mjs';

// Every response gets its security headers here, at run time: headers in next.config.mjs are fixed when the
// app is built, so a build made without APP_ENV=production would serve production without HSTS. Booking and
// staff pages (nonceRoutes) render per request anyway, so they also get a fresh script nonce each time.

function withHeaders(response: NextResponse, headers: { key: string; value: string }[]): NextResponse {
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const headers = headersFor(
    { pathname, hasVisitType: searchParams.has('type') },
    {
      production: process.env.APP_ENV === 'production',
      dev: process.env.NODE_ENV === 'development',
      nonce,
    },
  );
  // Next answers a path with broken percent-encoding (such as /articles/%ff) with a 500 when it decodes route
  // parameters; bad input must get a 4xx, so such paths are refused here first.
  try {
    decodeURIComponent(pathname);
  } catch {
    const refusal = new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
    return withHeaders(refusal, headers);
  }
  if (!nonceRoutes.test(pathname)) return withHeaders(NextResponse.next(), headers);
  // Next reads the nonce from this request header and puts it on the scripts it renders.
  const forwarded = new Headers(request.headers);
  const policy = headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  forwarded.set('Content-Security-Policy', policy);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

export const config = {
  // Every path but the build's hashed assets, which carry no document and are served as files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
