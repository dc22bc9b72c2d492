import Link from 'next/link';
import { rangeText, type PageWindow } from '@/lib/booking/paging';

/** "Showing 1–50 of 132" and plain links to the pages either side, which work without JavaScript. */
export function PageLinks({
  window,
  shown,
  label,
  noun,
  hrefFor,
}: {
  window: PageWindow;
  shown: number;
  /** Names the list, for screen readers moving between the page's navigation landmarks. */
  label: string;
  /** What the rows are, for the link text: "Next bookings". */
  noun: string;
  hrefFor: (page: number) => string;
}) {
  const text = rangeText(window, shown);
  if (!text) return null;
  return (
    <nav aria-label={`${label} pages`} className="flex flex-wrap items-center gap-4">
      <p>{text}</p>
      {window.previous ? (
        <Link href={hrefFor(window.previous)} className="btn-secondary">
          Previous {noun}
        </Link>
      ) : null}
      {window.next ? (
        <Link href={hrefFor(window.next)} className="btn-secondary">
          Next {noun}
        </Link>
      ) : null}
    </nav>
  );
}
