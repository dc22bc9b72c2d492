// Security headers for every response. Kept in plain JS because next.config.mjs imports it.
// Static pages cannot carry per-request nonces, so the base policy allows Next's inline bootstrap scripts
// ('unsafe-inline' for scripts) while still refusing every third-party origin; see README "Security".

/**
 * @param {{ production: boolean, dev: boolean }} mode production: APP_ENV=production; dev: `next dev`,
 *   whose hot reloader needs eval.
 */
export function contentSecurityPolicy({ production, dev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
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

/** @param {{ production: boolean, dev: boolean }} mode */
export function securityHeaders(mode) {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(mode) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (mode.production) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' });
  }
  return headers;
}
