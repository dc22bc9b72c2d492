/**
 * Where a reference links: its DOI when it has one (the stable address publishers keep), else its URL. One rule
 * for the reference lists, the structured data and the training plans, so a source links the same everywhere.
 */
export function referenceHref(r: { doi?: string | null; url?: string | null }): string | undefined {
  if (r.doi) return `https://doi.org/${r.doi}`;
  return r.url ?? undefined;
}
