'use client';

import { useEffect, useRef, useState } from 'react';
import { search, type SearchDoc, type SearchHit } from '@/lib/search/search';
import { SearchResults } from './SearchResults';

/** Progressive enhancement of the plain GET form: results update as the reader types. */
export function LiveSearch({
  initialQuery,
  initialHits,
}: {
  initialQuery: string;
  initialHits: SearchHit[];
}) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  const index = useRef<Promise<SearchDoc[]> | null>(null);

  useEffect(() => {
    if (query === initialQuery) return;
    const timer = setTimeout(() => {
      index.current ??= fetch('/search-index.json').then((r) => r.json() as Promise<SearchDoc[]>);
      void index.current.then((docs) => {
        setHits(search(docs, query));
        const url = new URL(window.location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        window.history.replaceState(null, '', url);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [query, initialQuery]);

  return (
    <div className="space-y-6">
      <form action="/search" method="get" role="search" className="flex max-w-xl flex-wrap gap-2">
        <label htmlFor="q" className="w-full font-semibold">
          Search articles and exercises
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          className="min-h-11 flex-1 rounded-md border-2 border-slate-600 px-3 py-2 text-base"
        />
        <button type="submit" className="btn-primary">
          Search
        </button>
      </form>
      <SearchResults query={query} hits={hits} />
    </div>
  );
}
