import { securityHeaders } from './lib/security/headers.mjs';

// `/book` without a visit type is the first booking step: a prerendered public page (app/(book)/book/start).
// The rewrite and headersFor (lib/security/headers.mjs, used by proxy.ts) must agree on that condition.
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
    // Documents, API routes and 404s get their headers from proxy.ts at run time (HSTS follows the APP_ENV of
    // `next start`, not of the build). The build's assets, which proxy.ts skips, get the ones that never vary.
    return [
      {
        source: '/_next/:path*',
        headers: securityHeaders({ production: false, dev: false }, { withPolicy: false }),
      },
    ];
  },
};

export default nextConfig;
