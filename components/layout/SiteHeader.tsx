import Link from 'next/link';
import { NavList } from '@/components/ui/NavList';
import { clinic } from '@/lib/clinic';

const nav = [
  { href: '/articles', label: 'Articles' },
  { href: '/exercises', label: 'Exercises' },
  { href: '/check', label: 'Self-check' },
  { href: '/search', label: 'Search' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        {/* Not prefetched, like the menu (components/ui/NavList.tsx). */}
        <Link
          href="/"
          prefetch={false}
          className="flex items-center gap-2 text-xl font-bold text-brand-700 no-underline"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8" fill="none">
            <circle cx="16" cy="16" r="15" fill="#0f4c5c" />
            <path d="M12 7c4 3 4 6 1 9s-3 6 2 9" stroke="#fbbf24" strokeWidth="3" strokeLinecap="round" />
          </svg>
          {clinic.shortName}
        </Link>
        <NavList
          label="Main"
          items={nav}
          listClassName="flex flex-wrap items-center gap-x-4 gap-y-2"
          linkClassName="inline-block py-2 font-medium text-slate-800 no-underline hover:underline"
        >
          <li>
            <Link href="/book" prefetch={false} className="btn-primary" data-booking-link>
              Book a free assessment
            </Link>
          </li>
        </NavList>
      </div>
    </header>
  );
}
