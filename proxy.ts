import { NextResponse, type NextRequest } from 'next/server';
import { headersFor, nonceRoutes } from './lib/security/headers.mjs';
import { refusalPage, wantsPage } from './lib/server/refusalPage';
import { allowedOrigins, crossSiteError, crossSiteVerdict } from './lib/server/sameOrigin';

// Every response gets its security headers here, at run time: headers in next.config.mjs are fixed when the
// app is built, so a build made without APP_ENV=production would serve production without HSTS. Booking and
// staff pages (nonceRoutes) render per request anyway, so they also get a fresh script nonce each time.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function withHeaders<R extends Response>(response: R, headers: { key: string; value: string }[]): R {
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

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
  const refused = crossSiteRefusal(request);
  if (refused) return withHeaders(refused, headers);
  if (!nonceRoutes.test(pathname)) return withHeaders(NextResponse.next(), headers);
  // Next reads the nonce from this request header and puts it on the scripts it renders.
  const forwarded = new Headers(request.headers);
  const policy = headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  forwarded.set('Content-Security-Policy', policy);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

export const config = {
  // Every path but the build's hashed assets, which carry no document and are served as files; every post
  // (server actions included) meets the cross-site guard.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
