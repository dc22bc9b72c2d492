import Link from 'next/link';
import type { SearchHit } from '@/lib/search/search';

export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query.trim()) return null;
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
        {hits.length === 0
          ? `No results for “${query}”`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`}
      </h2>
      {hits.length === 0 ? (
        <p>
          Try fewer or simpler words, or <Link href="/articles">browse all articles</Link>.
        </p>
      ) : (
        <ul className="space-y-4">
          {hits.map((hit) => (
            <li key={hit.url} className="rounded-lg border border-slate-200 p-4">
              <p className="text-sm font-medium text-slate-600">{hit.kind}</p>
              <h3 className="text-lg font-semibold">
                <Link href={hit.url}>{hit.title}</Link>
              </h3>
              <p className="text-slate-700">{hit.description}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
