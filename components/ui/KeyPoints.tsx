import type { ReactNode } from 'react';

/** The key-points box; articles get one from their `summary`, and authors can add more in the body. */
export function KeyPoints({ title = 'Key points', children }: { title?: string; children: ReactNode }) {
  return (
    <section className="not-prose my-6 max-w-3xl rounded-lg border-l-4 border-brand-700 bg-brand-50 p-5">
      <h2 className="text-lg font-bold">{title}</h2>
      <div className="mt-2 [&_li]:ml-5 [&_ul]:list-disc [&_ul]:space-y-1.5">{children}</div>
    </section>
  );
}
