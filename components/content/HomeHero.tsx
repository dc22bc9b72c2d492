import Link from 'next/link';
import { clinic } from '@/lib/clinic';
import { checkMinutes } from '@/lib/triage/readingTime';

/** The home page's opening: what the site is for, and its two main ways in. */
export function HomeHero() {
  return (
    <section className="space-y-5">
      <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
        Lower back sore after training? Find out what helps.
      </h1>
      <p className="max-w-2xl text-lg text-slate-700">
        Clear, evidence-based help from the physical therapists at {clinic.name}. Read about causes and
        recovery, follow guided exercises, check your symptoms in about {checkMinutes()} minutes, and book a
        free assessment if you need one.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/check" className="btn-primary">
          Start the self-check
        </Link>
        <Link href="/articles" className="btn-secondary">
          Read the articles
        </Link>
      </div>
    </section>
  );
}
