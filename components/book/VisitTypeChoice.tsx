import Link from 'next/link';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic } from '@/lib/clinic';
import { visitTypes } from '@/lib/clinic/visitTypes';
import { BookingSafety } from './BookingSafety';

/** The first booking step: plain links, so the page is a static document that loads no JavaScript. */
export function VisitTypeChoice() {
  return (
    <>
      <PageHeader
        title="Book a free assessment"
        lead="A physical therapist will listen, examine your back and make a plan with you. It is free, with no obligation."
      />
      <h2 className="mb-3 text-xl font-bold">How would you like to meet?</h2>
      <ul className="grid max-w-3xl gap-4 sm:grid-cols-2">
        {visitTypes.map((t) => (
          <li key={t}>
            <Link
              href={`/book?type=${t}`}
              className="block h-full rounded-lg border-2 border-slate-300 p-5 text-slate-900 no-underline hover:border-brand-700 hover:bg-brand-50"
            >
              <span className="block text-lg font-semibold text-brand-700 underline">
                {clinic.visitTypes[t].label}
              </span>
              <span className="mt-1 block">{clinic.visitTypes[t].description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <BookingSafety />
    </>
  );
}
