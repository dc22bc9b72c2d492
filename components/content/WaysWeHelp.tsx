import Link from 'next/link';
import type { ReactNode } from 'react';
import { Section } from '@/components/ui/Section';

function Way({
  title,
  href,
  action,
  children,
}: {
  title: string;
  href: string;
  action: string;
  children: ReactNode;
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-5">
      <h3 className="text-lg font-semibold">{title}</h3>
      <p className="mt-2 text-slate-700">{children}</p>
      <Link href={href} className="mt-3 inline-block font-semibold">
        {action}
      </Link>
    </li>
  );
}

/** The site's three journeys, in the order a reader usually needs them: read, check, book. */
export function WaysWeHelp({
  numberOfArticles,
  numberOfExercises,
}: {
  numberOfArticles: number;
  numberOfExercises: number;
}) {
  return (
    <Section
      id="journeys"
      title="Three ways we can help"
      className="space-y-4"
      headingClassName="text-2xl font-bold"
    >
      <ol className="grid gap-4 sm:grid-cols-3">
        <Way title="1. Read" href="/articles" action="Browse articles">
          {numberOfArticles} articles on why backs hurt after exercise, how to prevent it and how to recover,
          plus {numberOfExercises} illustrated exercises.
        </Way>
        <Way title="2. Check" href="/check" action="Check your symptoms">
          Answer a few short questions. We tell you whether to get help now, see a doctor, see a physical
          therapist, or look after it at home with a plan made for you.
        </Way>
        <Way title="3. Book" href="/book" action="Book a free assessment">
          Book a free assessment with a physical therapist, in our clinic or by video. Pick a time that suits
          you.
        </Way>
      </ol>
    </Section>
  );
}
