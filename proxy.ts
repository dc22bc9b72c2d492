import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, nonceRoutes } from './lib/security/headers.mjs';
import { refusalPage, wantsPage } from './lib/server/refusalPage';
import { allowedOrigins, crossSiteError, crossSiteVerdict } from './lib/server/sameOrigin';

// Booking and staff pages (nonceRoutes) render per request anyway, so they get a fresh script nonce each time;
// static pages keep the policy from next.config.mjs (see README, Security).

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Server actions post to pages, where Next's own origin check answers a cross-site post with a 500 (and throws
 * on a malformed Origin). The shared guard answers first, 403: a page for a person, JSON otherwise.
 */
function crossSiteRefusal(request: NextRequest): Response | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const verdict = crossSiteVerdict(
    request.headers,
    allowedOrigins(request.headers, request.nextUrl.protocol),
  );
  if (!verdict) return undefined;
  const { body } = crossSiteError(verdict);
  return wantsPage(request.headers)
    ? refusalPage(403, body.message)
    : Response.json(body, { status: 403, headers: { 'Cache-Control': 'no-store' } });
}

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
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
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
    // Any other request that names an Origin (every browser POST does) meets the cross-site guard.
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'origin' }] },
  ],
};
