import type { ReactNode } from 'react';

export function Prose({ children }: { children: ReactNode }) {
  return (
    <div className="prose prose-slate max-w-3xl prose-headings:scroll-mt-4 prose-a:text-brand-700 prose-li:my-1">
      {children}
    </div>
  );
}
