import Link from 'next/link';
import type { ReactNode } from 'react';

export interface NavItem {
  href: string;
  label: string;
  /** The page this link points to is the one being shown. */
  current?: boolean;
}

/** A labelled `nav` of plain links (works without JavaScript); `children` adds items after the links. */
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
