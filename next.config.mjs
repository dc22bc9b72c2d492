import { securityHeaders } from './lib/security/headers.mjs';

const mode = {
  production: process.env.APP_ENV === 'production',
  dev: process.env.NODE_ENV === 'development',
};

// `/book` without a visit type is the first booking step: a prerendered public page (app/(book)/book/start).
// The rewrite and the headers below must agree on that condition.
/** @type {import('next').RouteHas[]} */
const visitType = [{ type: 'query', key: 'type' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WASM and data files from node_modules at run time, so it must not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'nodemailer'],
  async rewrites() {
    return {
      // The first booking step needs no database or cookie, so it is prerendered.
      beforeFiles: [{ source: '/book', missing: visitType, destination: '/book/start' }],
    };
  },
  async headers() {
    return [
      // /book and /admin get a per-request nonce policy from proxy.ts instead of the static one.
      { source: '/((?!book(?:/|$)|admin(?:/|$)).*)', headers: securityHeaders(mode) },
      // The first booking step (no visit type yet) is a public document like the pages above.
      {
        source: '/book',
        missing: visitType,
        headers: securityHeaders(mode, { withPolicy: false }),
      },
      {
        source: '/book',
        has: visitType,
        headers: securityHeaders(mode, { withPolicy: false, isolate: true }),
      },
      { source: '/admin', headers: securityHeaders(mode, { withPolicy: false, isolate: true }) },
      {
        source: '/(book|admin)/:path+',
        headers: securityHeaders(mode, { withPolicy: false, isolate: true }),
      },
    ];
  },
};

export default nextConfig;
