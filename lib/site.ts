// The canonical origin for links, sitemap, feed and emails. Read at build for static pages and at run time
// for dynamic ones, from SITE_URL, else http://localhost:$PORT.
export function siteUrl(): string {
  const explicit = process.env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/$/, '');
  return `http://localhost:${process.env.PORT ?? '3000'}`;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteUrl()}/`).toString();
}
