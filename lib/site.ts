// The canonical origin for links, sitemap, feed and emails. Read at build for static pages and at run time
// for dynamic ones, from SITE_URL, else http://localhost:$PORT.
export function siteUrl(): string {
  return siteOrigin(process.env.SITE_URL, process.env.PORT);
}

/** SITE_URL without a trailing slash, else http://localhost:$PORT (3000 by default). */
export function siteOrigin(siteUrl: string | undefined, port: string | number | undefined): string {
  const explicit = siteUrl?.trim();
  if (explicit) return explicit.replace(/\/$/, '');
  return `http://localhost:${port || '3000'}`;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteUrl()}/`).toString();
}
