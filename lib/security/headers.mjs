// Security headers for every response, set at run time by proxy.ts (so the environment `next start` runs in
// decides HSTS, not the one `next build` ran in). Plain JS because scripts/ and next.config.mjs import it too.
// Static pages cannot carry per-request nonces, so the base policy allows Next's inline bootstrap scripts
// ('unsafe-inline' for scripts) while still refusing every third-party origin; see README "Security".

/**
 * Booking and staff pages: rendered per request, so proxy.ts gives each response a fresh script nonce and a
 * policy that allows only scripts carrying it. A plain script added after the build would be refused there.
 */
export const nonceRoutes = /^\/(book|admin)(\/|$)/;

/**
 * @param {{ production: boolean, dev: boolean, nonce?: string }} mode production: APP_ENV=production; dev:
 *   `next dev`, whose hot reloader needs eval; nonce: for pages rendered per request, which then allow only
 *   scripts carrying it (and what those load).
 */
export function contentSecurityPolicy({ production, dev, nonce }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * @param {{ production: boolean, dev: boolean }} mode
 * @param {{ withPolicy?: boolean, isolate?: boolean }} [options] withPolicy false leaves the policy to proxy.ts
 *   (nonce routes); isolate adds Cross-Origin-Opener-Policy, for pages that show personal data (booking steps,
 *   manage links, staff). Public documents go without it: it puts every arrival in a fresh browser process,
 *   which cost up to 400 ms of Lighthouse's Total Blocking Time on a page with no script, and there is nothing
 *   on them for another window to learn.
 */
export function securityHeaders(mode, { withPolicy = true, isolate = false } = {}) {
  const headers = [
    ...(withPolicy ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(mode) }] : []),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(isolate ? [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }] : []),
  ];
  if (mode.production) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' });
  }
  return headers;
}

/**
 * The headers for one request. Booking and staff pages (nonceRoutes) get a policy with the request's nonce and
 * Cross-Origin-Opener-Policy, except the first booking step (`/book` without a visit type), a public document
 * like the articles; every other path, API routes and 404s included, gets the static policy.
 * @param {{ pathname: string, hasVisitType: boolean }} request
 * @param {{ production: boolean, dev: boolean, nonce: string }} mode
 */
export function headersFor({ pathname, hasVisitType }, { production, dev, nonce }) {
  if (!nonceRoutes.test(pathname)) return securityHeaders({ production, dev });
  const isolate = pathname !== '/book' || hasVisitType;
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ production, dev, nonce }) },
    ...securityHeaders({ production, dev }, { withPolicy: false, isolate }),
  ];
}
