// The top of every result, under its heading: what the result means, the main reasons, what to do first,
// and for self-care the tracker, so a reader who stops here still knows what to do. The full page follows.
import type { ReactNode } from 'react';
import { instructionsFor, type Outcome, type Reason } from '@/lib/triage/rules';
import type { Contacts } from './parts';

export interface SummaryProps {
  outcome: Outcome;
  reasons: Reason[];
  contacts: Contacts;
}

/** Reasons shown in the summary; the rest are in "Why am I seeing this?". */
const MAIN_REASONS = 3;

const meaning: Record<Outcome, string> = {
  emergency: 'Your answers show signs of a problem that needs treatment straight away.',
  urgent: 'Your answers show something a doctor needs to check today.',
  doctor: 'Your answers show something a doctor should check in the next 1 to 2 weeks.',
  assessment: 'Your answers show your back needs a proper check by a physical therapist.',
  'self-care': 'Your answers show no warning signs: you can look after this at home.',
};

function firstStep({ outcome, reasons, contacts }: SummaryProps): string {
  switch (outcome) {
    case 'emergency':
      return `Call ${contacts.emergency.number} or go to the emergency department now. Do not drive yourself.`;
    case 'urgent':
      return (
        instructionsFor(reasons)[0]?.text ??
        `Ask your doctor for an appointment today, go to an urgent care center, or call our ${contacts.nonEmergency.label} at ${contacts.nonEmergency.phone}.`
      );
    case 'doctor':
      return 'Make an appointment with your doctor this week or next. Take a note of your answers, or print this page.';
    case 'assessment':
      return 'Book a free assessment with a physical therapist, and keep as active as you can until then.';
    case 'self-care':
      return 'Keep gently active and start the exercises in your plan below.';
  }
}

function Tracking({ children }: { children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">Track your recovery</dt>
      <dd className="mb-3">
        {children}
        {/* Without JavaScript the button is hidden (components/progress/StartTracking), so say why. */}
        <p className="hidden noscript:block" data-tracker-needs-js>
          The tracker needs JavaScript: it keeps your plan and your weekly check-ins only on this device,
          never on our server. Turn JavaScript on and come back to this result to start it, or use the{' '}
          <a href="/progress/paper">paper check-in</a>.
        </p>
      </dd>
    </>
  );
}

export function ResultSummary(props: SummaryProps & { tracking?: ReactNode }) {
  const { reasons, tracking } = props;
  const more = reasons.length - MAIN_REASONS;
  return (
    <section
      aria-labelledby="summary-title"
      className="my-6 rounded-md border-2 border-slate-300 p-5"
      data-summary
    >
      <h2 id="summary-title" className="text-xl font-bold">
        In short
      </h2>
      <dl className="mt-3">
        <dt className="font-bold">What this means</dt>
        <dd className="mb-3">{meaning[props.outcome]}</dd>
        <dt className="font-bold">{reasons.length === 1 ? 'The reason' : 'The main reasons'}</dt>
        <dd className="mb-3">
          {reasons.length === 0 ? (
            'None of your answers points to a problem that needs a doctor or a physical therapist now.'
          ) : (
            <ul className="list-disc pl-6">
              {reasons.slice(0, MAIN_REASONS).map((r) => (
                <li key={r.code}>{r.text}</li>
              ))}
            </ul>
          )}
          {more > 0 ? <a href="#why-title">{`and ${more} more, with their sources`}</a> : null}
        </dd>
        <dt className="font-bold">What to do first</dt>
        <dd className="mb-3" data-first-step>
          {firstStep(props)}
        </dd>
        {tracking ? <Tracking>{tracking}</Tracking> : null}
      </dl>
    </section>
  );
}
