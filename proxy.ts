import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, nonceRoutes } from './lib/security/headers.mjs';

// Booking and staff pages (nonceRoutes) render per request anyway, so they get a fresh script nonce each time;
// static pages keep the policy from next.config.mjs (see README, Security).

export function proxy(request: NextRequest) {
  // Next answers a path with broken percent-encoding (such as /articles/%ff) with a 500 when it decodes route
  // parameters; bad input must get a 4xx, so such paths are refused here first.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (!nonceRoutes.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({
    production: process.env.APP_ENV === 'production',
    dev: process.env.NODE_ENV === 'development',
    nonce,
  });
  // Next reads the nonce from this request header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/articles/:path*',
    '/exercises/:path*',
    '/topics/:path*',
    '/book/:path*',
    '/check/:path*',
    '/admin/:path*',
  ],
};
