import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';
import { clinic } from '@/lib/clinic';
import { longestPath } from '@/lib/triage/paths';
import { conditionOf } from '@/lib/triage/ruleConditions';
import { ADULT_AGE, outcomes, ruleAnchor, rules, sourceOf, type RuleOutcome } from '@/lib/triage/rules';
import { sourceDetails } from '@/lib/triage/sourceDetails';
import { sources, type SourceId } from '@/lib/triage/sources';

export const metadata: Metadata = {
  title: 'How the self-check works',
  description:
    'The rules behind the back pain self-check in plain words, the guidelines they come from, what the tool cannot do, and how we keep your answers private.',
  alternates: { canonical: '/check/how-it-works' },
};

const outcomeTitles: Record<RuleOutcome, string> = {
  emergency: `Call ${clinic.emergencyNumber} or go to the emergency room now`,
  urgent: 'Contact a doctor today',
  doctor: 'See a doctor in the next 1 to 2 weeks',
  assessment: 'Book a free assessment with a physical therapist',
};

const sourceIds = Object.keys(sources).filter((id): id is SourceId => id in sources);

// Rendered from the rules themselves (lib/triage/rules.ts), so this page cannot drift from the code.
function Rules() {
  return outcomes
    .filter((o): o is RuleOutcome => o !== 'self-care')
    .map((outcome) => (
      <section key={outcome}>
        <h3>{outcomeTitles[outcome]}</h3>
        <p>If any of these is true:</p>
        <ul>
          {rules
            .filter((r) => r.outcome === outcome)
            .map((r) => (
              <li key={r.code} id={ruleAnchor(r.code)}>
                {conditionOf(r.code)} <em>Source: {sourceOf(r)}.</em>
              </li>
            ))}
        </ul>
      </section>
    ));
}

function SourceList() {
  return (
    <>
      <h2>Where the rules come from</h2>
      <ul>
        {sourceIds
          .map((id) => ({ id, ...sourceDetails[id] }))
          .map((source) => (
            <li key={source.id}>
              {source.full}
              {source.url ? (
                <>
                  : <a href={source.url}>{source.url.replace('https://doi.org/', 'doi:')}</a>
                </>
              ) : null}
              .
            </li>
          ))}
      </ul>
      <p>
        The questions about worry, mood and avoiding exercise are our own. We do not use the Keele STarT Back
        tool.
      </p>
    </>
  );
}

export default function HowItWorksPage() {
  return (
    <>
      <PageHeader
        title="How the self-check works"
        lead={`The self-check asks up to ${longestPath} short questions about your back pain and tells you what to do next. Here is how it decides.`}
      >
        <Breadcrumbs
          items={[
            { href: '/', label: 'Home' },
            { href: '/check', label: 'Self-check' },
            { href: '/check/how-it-works', label: 'How it works' },
          ]}
        />
      </PageHeader>
      <Prose>
        <h2>Safety first</h2>
        <p>
          The first questions look for warning signs of a serious problem, called red flags. If you have any
          of them, the check stops at once and tells you where to get help. Everything you answer is checked
          against every rule. If more than one rule applies, you see the most serious result, and the page
          lists every reason under &ldquo;Why am I seeing this?&rdquo;.
        </p>
        <h2>The rules</h2>
        <Rules />
        <section>
          <h3>Look after it at home with a plan made from your answers</h3>
          <p>
            If none of the above is true. The plan uses how long you have had the pain, what makes it worse,
            what started it, the training you do and how your training changed.
          </p>
        </section>
        <SourceList />
        <h2>What the self-check cannot do</h2>
        <ul>
          <li>
            It is not a diagnosis. It cannot examine you, and it does not replace a doctor or a physical
            therapist.
          </li>
          <li>It is for people aged {ADULT_AGE} and over with low back pain.</li>
          <li>
            If you feel very unwell or are worried, do not wait for the check: call {clinic.emergencyNumber}{' '}
            or your doctor.
          </li>
        </ul>
        <h2>Your privacy</h2>
        <ul>
          <li>
            We do not store your answers. They are not saved on our server, not written to our logs, and not
            put in web addresses.
          </li>
          <li>We use no cookies for the check and send your answers to no one else.</li>
          <li>
            You can print your result. If you book an assessment, you can choose to attach a summary of your
            answers to your booking by ticking a box. You do not have to.
          </li>
        </ul>
        <p>
          <a href="/check">Start the self-check</a>
        </p>
      </Prose>
    </>
  );
}
