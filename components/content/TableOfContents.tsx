import type { Heading } from '@/lib/content';

export function TableOfContents({ headings }: { headings: Heading[] }) {
  const top = headings.filter((h) => h.depth === 2);
  if (top.length < 3) return null;
  return (
    <nav aria-labelledby="toc" className="no-print rounded-md border border-slate-200 p-4">
      <h2 id="toc" className="text-base font-bold">
        On this page
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {top.map((h) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
