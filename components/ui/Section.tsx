import type { ReactNode } from 'react';

/**
 * A page section named by its own h2 (`aria-labelledby`), so every region on a page has an accessible
 * name from the heading a reader sees; `id` is both the heading's id and the link target.
 */
export function Section({
  id,
  title,
  className,
  headingClassName = 'text-xl font-bold',
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
