import Link from 'next/link';
import type { ReactNode } from 'react';

export interface NavItem {
  href: string;
  label: string;
  /** The page this link points to is the one being shown. */
  current?: boolean;
}

/**
 * A labelled `nav` of plain links (works without JavaScript); `children` adds items after the links. The links
 * are not prefetched: the main menu is on every page, and on the pages that run the framework, fetching its
 * destinations' payloads while the page starts was about half of the tracker's Total Blocking Time in Lighthouse. They
 * are light documents, so a click costs little more without it.
 */
export function NavList({
  label,
  items,
  listClassName,
  linkClassName,
  children,
}: {
  label: string;
  items: readonly NavItem[];
  listClassName?: string;
  linkClassName?: string | ((current: boolean) => string);
  children?: ReactNode;
}) {
  return (
    <nav aria-label={label}>
      <ul className={listClassName}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={item.current ? 'page' : undefined}
              className={
                typeof linkClassName === 'function' ? linkClassName(item.current ?? false) : linkClassName
              }
            >
              {item.label}
            </Link>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  );
}
