// The one cross-site guard for every request that changes state: route handlers call refuseCrossSite, and
// proxy.ts runs crossSiteVerdict on every other POST (server actions), so a page on another site can neither
// book nor reach Next's own origin check (which answers 500, and a malformed Origin throws there).
import { env } from './env';
import { HttpError } from './route';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The origin this request was addressed to: its scheme and Host, or X-Forwarded-Proto/-Host when the proxy
 * in front is trusted to set them. Undefined when the Host is missing or not a host.
 */
export function ownOrigin(headers: HeaderSource, protocol: string, trustProxy: boolean): string | undefined {
  const forwarded = (name: string) =>
    trustProxy ? headers.get(name)?.split(',')[0]?.trim() || undefined : undefined;
  const host = forwarded('x-forwarded-host') ?? headers.get('host');
  const scheme = forwarded('x-forwarded-proto') ?? protocol.replace(/:$/, '');
  if (!host || !/^https?$/.test(scheme)) return undefined;
  return exactOrigin(`${scheme}://${host}`);
}

/** The text if it is an origin exactly as a browser writes one (scheme://host[:port]), else undefined. */
export function exactOrigin(text: string): string | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return /^https?:$/.test(url.protocol) && url.origin === text.toLowerCase() ? url.origin : undefined;
}

/** The origins that count as this site: the request's own, SITE_URL and the configured SITE_ALIASES. */
export function allowedOrigins(headers: HeaderSource, protocol: string): string[] {
  const config = env();
  const own = ownOrigin(headers, protocol, config.TRUST_PROXY);
  return [...(own ? [own] : []), config.siteUrl, ...config.SITE_ALIASES];
}

export type CrossSite = 'cross-site' | 'bad-origin';

/**
 * Whether a state-changing request comes from another site. Browsers send Sec-Fetch-Site (and Origin on every
 * POST); only 'same-origin' and 'none' (typed or bookmarked) pass, and an Origin must be one of `allowed`.
 * A request with neither header is not from a browser page, so it carries no one's cookies by surprise.
 */
export function crossSiteVerdict(headers: HeaderSource, allowed: readonly string[]): CrossSite | undefined {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return 'cross-site';
  const origin = headers.get('origin');
  if (origin === null) return undefined;
  if (origin === 'null') return 'cross-site';
  const exact = exactOrigin(origin);
  if (!exact) return 'bad-origin';
  return allowed.includes(exact) ? undefined : 'cross-site';
}

/** Throws the 403 when a route handler's request comes from another site (or names no valid origin). */
export function refuseCrossSite(request: Request): void {
  const verdict = crossSiteVerdict(
    request.headers,
    allowedOrigins(request.headers, new URL(request.url).protocol),
  );
  if (verdict) throw crossSiteError(verdict);
}

/** The thrown 403 for a route handler: the route wrapper shows it as a page to a person, JSON to a client. */
export function crossSiteError(verdict: CrossSite): HttpError {
  return new HttpError(403, {
    error: 'cross_site',
    field: 'Origin',
    message:
      verdict === 'bad-origin'
        ? 'The request names no valid origin, so it was not accepted.'
        : 'This form can only be sent from a page of this site. Nothing was changed.',
  });
}

/**
 * A media type exactly as expected, such as `application/json` with at most a `charset=utf-8`; anything else
 * (`text/plain; application/json` included, which a cross-site page can send without asking) is refused 415.
 */
export function requireMediaType(headers: HeaderSource, expected: readonly string[], what: string): void {
  if (!expected.some((type) => isMediaType(headers.get('content-type'), type)))
    throw new HttpError(415, {
      error: 'unsupported_media_type',
      field: 'Content-Type',
      message: `Send ${what} with Content-Type: ${expected.join(' or ')}`,
    });
}

export function isMediaType(header: string | null, expected: string): boolean {
  if (header === null) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== expected) return false;
  // A form's boundary is the only other parameter a browser adds.
  return params.every(
    (p) => /^charset=("?)utf-8\1$/.test(p) || (type.startsWith('multipart/') && /^boundary=.+/.test(p)),
  );
}
