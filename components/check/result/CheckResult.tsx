// The five result pages in NHS care-card style. Plain components: the wizard renders them after the last
// step (with or without JavaScript) from the same pure triage and plan functions as the API.
import type { ReactNode } from 'react';
import { CareCard } from '@/components/ui/CareCard';
import { buildPlan, type Library } from '@/lib/triage/plan';
import { ADULT_AGE, instructionsFor, triage, type Outcome, type Reason } from '@/lib/triage/rules';
import { MUSCLE_BREAKDOWN_WARNING } from '@/lib/triage/safetyNet';
import type { Answers } from '@/lib/triage/schema';
import { summarizeAnswers } from '@/lib/triage/summary';
import {
  BookingOffer,
  EmergencyList,
  Reasons,
  RedFlagCards,
  ResultActions,
  UrgentList,
  type Contacts,
} from './parts';
import { ResultSummary, type SummaryProps } from './ResultSummary';
import { SelfCarePlanView } from './SelfCarePlanView';
import { StartTracking } from '@/components/progress/StartTracking';
import { trackedPlanFrom } from '@/lib/progress/trackedPlan';

interface Props {
  answers: Answers;
  library: Library;
  contacts: Contacts;
  printButton?: ReactNode;
  /** With JavaScript: forgets the answers kept in the tab when the reader starts again. */
  onStartAgain?: () => void;
}

const h1 = 'text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl focus:outline-none';

function Heading({ children }: { children: ReactNode }) {
  return (
    <h1 className={h1} tabIndex={-1}>
      {children}
    </h1>
  );
}

function SafetyNet({ contacts }: { contacts: Contacts }) {
  return (
    <CareCard level="urgent" title="When to get help sooner" headingLevel={2}>
      <EmergencyList contacts={contacts} />
      <UrgentList contacts={contacts} />
      <p data-muscle-breakdown="">{MUSCLE_BREAKDOWN_WARNING}</p>
      <p>
        <strong>Book an assessment if it is not better in two weeks or gets worse.</strong>
      </p>
    </CareCard>
  );
}

/**
 * Contact a doctor today; where a reason carries its own instruction (midwife, the team that did a procedure)
 * it comes first, pregnancy first, and the doctor card stays for any other urgent reason.
 */
function UrgentBody({ summary }: { summary: SummaryProps }) {
  const { reasons, contacts } = summary;
  const n = contacts.nonEmergency;
  const own = instructionsFor(reasons);
  const others = reasons.some((r) => r.code.startsWith('urgent:') && !own.some((i) => i.code === r.code));
  return (
    <>
      <Heading>{own[0] && !others ? own[0].text.replace(/\.$/, '') : 'Contact a doctor today'}</Heading>
      <ResultSummary {...summary} />
      {own.map((i) => (
        <CareCard key={i.code} level="urgent" title={i.text.replace(/\.$/, '')} headingLevel={2}>
          <p data-instruction={i.code}>{i.text}</p>
        </CareCard>
      ))}
      {others || own.length === 0 ? (
        <CareCard level="urgent" title="Get a same-day appointment" headingLevel={2}>
          <p>
            Ask your doctor for an appointment today, go to an urgent care center, or call our {n.label} at{' '}
            <a href={n.href}>{n.phone}</a>.
          </p>
        </CareCard>
      ) : null}
      <p>Do not start new exercises for your back until you have been checked.</p>
      <CareCard level="emergency" title="Call now if things get worse" headingLevel={2}>
        <EmergencyList contacts={contacts} />
      </CareCard>
    </>
  );
}

function EmergencyBody({ summary }: { summary: SummaryProps }) {
  const e = summary.contacts.emergency;
  return (
    <>
      <Heading>Call {e.number} now</Heading>
      <p className="my-6">
        <a href={e.href} className="btn-danger px-8 py-4 text-3xl">
          Call {e.number}
        </a>
      </p>
      <ResultSummary {...summary} />
      <CareCard level="emergency" title={`Call ${e.number} or go to the emergency room now`} headingLevel={2}>
        <p>Your answers show signs of a problem that needs treatment straight away.</p>
        <p>Do not drive yourself. Do not wait to see if it gets better.</p>
      </CareCard>
    </>
  );
}

function DoctorBody({ answers, summary }: { answers: Answers; summary: SummaryProps }) {
  const { contacts } = summary;
  // Under 16 the check stopped after the age (v3): the red-flag lists come in full, as care cards.
  const underAge = answers.age < ADULT_AGE;
  return (
    <>
      <Heading>See a doctor in the next 1 to 2 weeks</Heading>
      <ResultSummary {...summary} />
      <CareCard level="non-urgent" title="Make a routine appointment" headingLevel={2}>
        {underAge ? (
          <p>
            This self-check is for people aged {ADULT_AGE} and over, so it stops here. A doctor can check your
            back properly. Go with a parent or another adult you trust if you can.
          </p>
        ) : null}
        <p>
          Make an appointment with your doctor this week or next. Take a note of your answers, or print this
          page.
        </p>
        <p>Until then, keep gently active and use pain relief if you need it.</p>
      </CareCard>
      {underAge ? <RedFlagCards contacts={contacts} /> : <SafetyNet contacts={contacts} />}
    </>
  );
}

function AssessmentBody({ answers, summary }: { answers: Answers; summary: SummaryProps }) {
  const { contacts } = summary;
  return (
    <>
      <Heading>Book a free assessment with a physical therapist</Heading>
      <ResultSummary {...summary} />
      <p className="my-4 text-lg">
        Your answers show your back needs a proper check. A physical therapist can find out what is going on
        and plan your recovery with you.
      </p>
      <BookingOffer summary={summarizeAnswers(answers)} />
      <CareCard level="non-urgent" title="Until your assessment" headingLevel={2}>
        <p>Keep as active as you can. Gentle walking helps. Avoid long bed rest.</p>
      </CareCard>
      <SafetyNet contacts={contacts} />
    </>
  );
}

function SelfCareBody({
  answers,
  library,
  summary,
}: Pick<Props, 'answers' | 'library'> & { summary: SummaryProps }) {
  const { contacts } = summary;
  const plan = buildPlan(answers, library);
  // The tracker keeps each activity's return steps, in this browser only.
  const tracked = trackedPlanFrom(
    plan.training.map((block) => ({ activity: block.activity, title: block.heading, steps: block.steps })),
    new Date(),
  );
  return (
    <>
      <Heading>You can look after this at home</Heading>
      <ResultSummary
        {...summary}
        tracking={
          <>
            <p className="mb-2">
              A short check-in once a week shows whether your plan is working and when to get it checked.
            </p>
            <StartTracking plan={tracked} />
          </>
        }
      />
      <p className="my-4 text-lg">
        Your answers show no warning signs. Most back pain like yours gets better with the right movement in a
        few weeks. Here is a plan made from your answers.
      </p>
      <SelfCarePlanView plan={plan} />
      <SafetyNet contacts={contacts} />
      <section aria-labelledby="book-title" className="my-8">
        <h2 id="book-title" className="text-xl font-bold">
          Want a physical therapist to check it?
        </h2>
        <p className="my-2">You do not need to, but you can book a free assessment at any time.</p>
        <BookingOffer summary={summarizeAnswers(answers)} quiet />
      </section>
    </>
  );
}

function Body(props: Props & { outcome: Outcome; reasons: Reason[] }) {
  const summary = { outcome: props.outcome, reasons: props.reasons, contacts: props.contacts };
  switch (props.outcome) {
    case 'emergency':
      return <EmergencyBody summary={summary} />;
    case 'urgent':
      return <UrgentBody summary={summary} />;
    case 'doctor':
      return <DoctorBody answers={props.answers} summary={summary} />;
    case 'assessment':
      return <AssessmentBody answers={props.answers} summary={summary} />;
    case 'self-care':
      return <SelfCareBody answers={props.answers} library={props.library} summary={summary} />;
  }
}

export function CheckResult(props: Props) {
  const { outcome, reasons } = triage(props.answers);
  return (
    <div data-outcome={outcome} className="max-w-3xl">
      <Body {...props} outcome={outcome} reasons={reasons} />
      <Reasons reasons={reasons} />
      <ResultActions printButton={props.printButton} onStartAgain={props.onStartAgain} />
    </div>
  );
}
