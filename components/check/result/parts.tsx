// Pieces shared by the result pages. Plain components (no hooks; a handler only when the wizard passes one) so
// a server component or the wizard can render them.
import { CareCard } from '@/components/ui/CareCard';
import { ruleAnchor, type Reason } from '@/lib/triage/rules';
import { emergencyItems, getQuestion, optionLabel, urgentItems } from '@/lib/triage/questions';

export interface Contacts {
  emergency: { number: string; href: string };
  nonEmergency: { label: string; phone: string; href: string };
}

export function Reasons({ reasons }: { reasons: Reason[] }) {
  return (
    <section aria-labelledby="why-title" className="my-8 rounded-md bg-slate-50 p-5">
      <h2 id="why-title" className="text-xl font-bold">
        Why am I seeing this?
      </h2>
      {reasons.length === 0 ? (
        <p className="mt-2">
          None of your answers points to a problem that needs a doctor or a physical therapist now.
        </p>
      ) : (
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {reasons.map((r) => (
            <li key={r.code} data-reason={r.code}>
              {r.text}{' '}
              <span className="text-slate-700">
                (Source: <a href={`/check/how-it-works#${ruleAnchor(r.code)}`}>{r.source}</a>)
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <a href="/check/how-it-works">How the self-check works</a>
      </p>
    </section>
  );
}

export function EmergencyList({ contacts }: { contacts: Contacts }) {
  return (
    <>
      <p>
        Call <a href={contacts.emergency.href}>{contacts.emergency.number}</a> or go to the emergency
        department if you get:
      </p>
      <ul>
        {emergencyItems.map((item) => (
          <li key={item}>{optionLabel('emergency', item).toLowerCase()}</li>
        ))}
      </ul>
    </>
  );
}

export function UrgentList({ contacts }: { contacts: Contacts }) {
  return (
    <>
      <p>
        Contact a doctor the same day, or call our {contacts.nonEmergency.label} at{' '}
        <a href={contacts.nonEmergency.href}>{contacts.nonEmergency.phone}</a>, if:
      </p>
      <ul>
        {urgentItems.map((item) => (
          <li key={item}>{optionLabel('urgent', item).toLowerCase()}</li>
        ))}
      </ul>
    </>
  );
}

/** Every item of a red-flag list with its hint, so the reader sees each exclusion as the check words it. */
function SignsWithHints({ id }: { id: 'emergency' | 'urgent' }) {
  const question = getQuestion(id);
  if (question.kind !== 'set') return null;
  return (
    <ul data-signs={id}>
      {question.options.map((o) => (
        <li key={o.value}>
          {o.label}
          {o.hint ? <span className="block text-sm text-slate-700">{o.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Under 16 the check stops after the age (spec v3): the reader has seen neither red-flag list, so both come
 * here in full as care cards, with every hint.
 */
export function RedFlagCards({ contacts }: { contacts: Contacts }) {
  const e = contacts.emergency;
  const n = contacts.nonEmergency;
  return (
    <>
      <CareCard level="emergency" title={`Call ${e.number} now if you have any of these`} headingLevel={2}>
        <p>
          With back pain, call <a href={e.href}>{e.number}</a> or go to the emergency department now if you
          have any of these. If you are not sure, treat it as if you do.
        </p>
        <SignsWithHints id="emergency" />
      </CareCard>
      <CareCard level="urgent" title="Contact a doctor today if you have any of these" headingLevel={2}>
        <p>
          With back pain, contact a doctor the same day, or call our {n.label} at{' '}
          <a href={n.href}>{n.phone}</a>, if you have any of these. If you are not sure, treat it as if you
          do.
        </p>
        <SignsWithHints id="urgent" />
      </CareCard>
    </>
  );
}

/** Hidden on paper: a booking form cannot be posted from a printout. */
export function BookingOffer({ summary, quiet = false }: { summary: string; quiet?: boolean }) {
  return (
    <form method="post" action="/book/attach-summary" className="no-print">
      <input type="hidden" name="summary" value={summary} />
      <button type="submit" className={quiet ? 'btn-secondary' : 'btn-primary text-lg'}>
        Book a free assessment
      </button>
    </form>
  );
}

export function ResultActions({
  printButton,
  onStartAgain,
}: {
  printButton?: React.ReactNode;
  onStartAgain?: () => void;
}) {
  return (
    <div className="no-print mt-10 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
      {printButton}
      <a href="/check" className="btn-secondary" onClick={onStartAgain}>
        Start again
      </a>
    </div>
  );
}
