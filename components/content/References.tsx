import type { Article } from '@/lib/content';
import { referenceHref } from '@/lib/content/references';

export function References({ references }: { references: Article['references'] }) {
  return (
    <section aria-labelledby="references" className="space-y-3">
      <h2 id="references" className="text-xl font-bold">
        References
      </h2>
      <ol className="list-decimal space-y-2 pl-6 text-sm text-slate-800">
        {references.map((r) => {
          const href = referenceHref(r);
          return (
            <li key={`${r.authors}-${r.year}-${r.title}`}>
              {r.authors} ({r.year}). {r.title}. <em>{r.source}</em>.{' '}
              {href ? (
                <a href={href} rel="noopener noreferrer" className="break-words">
                  {r.doi ? `doi:${r.doi}` : href}
                </a>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
