import { NextResponse, type NextRequest } from 'next/server';

// Next answers a path with broken percent-encoding (such as /articles/%ff) with a 500 when it decodes route
// parameters; bad input must get a 4xx, so such paths are refused here first.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
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
