import { HttpError } from './route';

/**
 * Refuses a form post from another site (403): browsers send Sec-Fetch-Site, or at least Origin, on a
 * cross-site post, so another site cannot plant answers or a summary that a reader then sees as their own.
 */
export function refuseCrossSite(request: Request, siteUrl: string, message: string): void {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  const sameOrigin = origin === null || origin === siteUrl || origin === new URL(request.url).origin;
  if ((site !== null && site !== 'same-origin' && site !== 'none') || !sameOrigin)
    throw new HttpError(403, { error: 'cross_site', field: 'Origin', message });
}
