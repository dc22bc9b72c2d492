import Link from 'next/link';
import { Section } from '@/components/ui/Section';

/** The calls to action that close every article: self-check first, booking second. */
export function NextSteps() {
  return (
    <Section
      id="next-steps"
      title="What to do next"
      className="no-print grid gap-4 sm:grid-cols-2"
      headingClassName="sr-only"
    >
      <div className="rounded-lg bg-brand-50 p-5">
        <h3 className="text-lg font-semibold">Not sure what you need?</h3>
        <p className="mt-2 text-slate-700">
          Answer a few questions and we will tell you what level of care fits your symptoms.
        </p>
        <Link href="/check" className="btn-primary mt-4">
          Start the self-check
        </Link>
      </div>
      <div className="rounded-lg border border-slate-200 p-5">
        <h3 className="text-lg font-semibold">Talk to a physical therapist</h3>
        <p className="mt-2 text-slate-700">Book a free assessment in our clinic or by video.</p>
        <Link href="/book" className="btn-secondary mt-4">
          Book a free assessment
        </Link>
      </div>
    </Section>
  );
}
