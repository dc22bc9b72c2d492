import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';
import { clinic } from '@/lib/clinic';
import { emergencyItems, optionLabel, urgentItems } from '@/lib/triage/questions';

export const metadata: Metadata = {
  title: 'How the self-check works',
  description:
    'The rules behind the back pain self-check in plain words, the guidelines they come from, what the tool cannot do, and how we keep your answers private.',
  alternates: { canonical: '/check/how-it-works' },
};

// Each rule of lib/triage/rules.ts in plain words, most serious first.
const rules: { outcome: string; when: string[] }[] = [
  {
    outcome: `Call ${clinic.emergencyNumber} or go to the emergency department now`,
    when: emergencyItems.map((item) => optionLabel('emergency', item)),
  },
  {
    outcome: 'Contact a doctor today',
    when: urgentItems.map((item) => optionLabel('urgent', item)),
  },
  {
    outcome: 'See a doctor in the next 1 to 2 weeks',
    when: [
      'You are under 16. The check is for people aged 16 and over.',
      'You are under 45, have had the pain for more than 12 weeks, and your back is stiff for more than 30 minutes in the morning but eases when you move. This can be a sign of back pain caused by inflammation.',
    ],
  },
  {
    outcome: 'Book a free assessment with a physical therapist',
    when: [
      'The pain goes below your knee.',
      'You have, or are not sure if you have, numbness, tingling or weakness in one leg or foot.',
      'You have had the pain for 6 weeks or more.',
      'The pain is getting worse, and you have had it for more than a week.',
      'Your worst pain in the last 24 hours was 8 out of 10 or more.',
      'The pain stops you doing many everyday things.',
      'You are very or extremely worried about the pain, you avoid exercise for fear of harm, or you have felt down or hopeless on most days for 2 weeks.',
      'You are 50 or over and this is the first time you have had back pain like this.',
    ],
  },
  {
    outcome: 'Look after it at home with a plan made from your answers',
    when: [
      'None of the above. The plan uses how long you have had the pain, what makes it worse and what started it.',
    ],
  },
];

export default function HowItWorksPage() {
  return (
    <>
      <PageHeader
        title="How the self-check works"
        lead="The self-check asks up to 16 short questions about your back pain and tells you what to do next. Here is how it decides."
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
        {rules.map((rule) => (
          <section key={rule.outcome}>
            <h3>{rule.outcome}</h3>
            <p>{rule.when.length > 2 ? 'If any of these is true:' : 'If:'}</p>
            <ul>
              {rule.when.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </section>
        ))}
        <h2>Where the rules come from</h2>
        <ul>
          <li>
            NICE guideline NG59, <em>Low back pain and sciatica in over 16s: assessment and management</em>{' '}
            (2016, updated 2020):{' '}
            <a href="https://www.nice.org.uk/guidance/ng59">nice.org.uk/guidance/ng59</a>. It says to rule out
            serious causes first, and to give more support to people at higher risk of the pain lasting.
          </li>
          <li>
            Finucane LM, et al.{' '}
            <em>International framework for red flags for potential serious spinal pathologies</em>. Journal
            of Orthopaedic &amp; Sports Physical Therapy 2020;50(7):350-372.{' '}
            <a href="https://doi.org/10.2519/jospt.2020.9971">doi:10.2519/jospt.2020.9971</a>.
          </li>
          <li>
            The NHS back pain page, for when to call for an ambulance and when to see a doctor urgently:{' '}
            <a href="https://www.nhs.uk/conditions/back-pain/">https://www.nhs.uk/conditions/back-pain/</a>.
          </li>
        </ul>
        <p>
          The questions about worry, mood and avoiding exercise are our own. We do not use the Keele STarT
          Back tool.
        </p>
        <h2>What the self-check cannot do</h2>
        <ul>
          <li>
            It is not a diagnosis. It cannot examine you, and it does not replace a doctor or a physical
            therapist.
          </li>
          <li>It is for people aged 16 and over with low back pain.</li>
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
