import { CareCard } from '@/components/ui/CareCard';
import { EmergencyNumber, UrgentNumber } from '@/components/ui/PhoneNumbers';
import { emergencyItems, getQuestion, urgentItems, type Option } from '@/lib/triage/questions';

/** Anchors other pages link to (exercise "when to stop" lists, the home page). */
export const getHelpNowAnchors = { emergency: 'emergency-signs', urgent: 'urgent-signs' } as const;

// The lists come from the self-check's own questions, in the order of its item lists, so an article and the
// check can never disagree; a new item added to the check appears here without touching any article.
function itemsOf(id: 'emergency' | 'urgent', values: readonly string[]): Option[] {
  const question = getQuestion(id);
  if (question.kind !== 'set') return [];
  return values.flatMap((value) => question.options.filter((o) => o.value === value));
}

// Some urgent items carry their own instruction (triage.md); they are shown once the self-check has them.
function hasUrgent(value: string): boolean {
  return urgentItems.some((item) => item === value);
}

function SignList({ items }: { items: Option[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.value}>
          {item.label}
          {item.hint ? <span className="block text-sm text-slate-700">{item.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The emergency and urgent care cards (NHS pattern) that open every article. */
export function GetHelpNow({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  return (
    <div className="not-prose">
      <div id={getHelpNowAnchors.emergency} className="scroll-mt-4">
        <CareCard level="emergency" title="Get help now" headingLevel={headingLevel}>
          <p>
            Call <EmergencyNumber /> or go to the emergency room now if you have back pain and any of these:
          </p>
          <SignList items={itemsOf('emergency', emergencyItems)} />
        </CareCard>
      </div>
      <div id={getHelpNowAnchors.urgent} className="scroll-mt-4">
        <CareCard level="urgent" title="Contact a doctor today" headingLevel={headingLevel}>
          <p>
            Contact a doctor today, or call <UrgentNumber />, if you have back pain and any of these:
          </p>
          <SignList items={itemsOf('urgent', urgentItems)} />
          {hasUrgent('pregnancy-warning') ? (
            <p>
              If the sign about pregnancy fits you, contact your midwife, your OB-GYN or your hospital&apos;s
              labor and delivery unit now.
            </p>
          ) : null}
          {hasUrgent('recent-procedure') ? (
            <p>
              If you had a procedure on or near your spine, contact the team that did it, or a doctor, today.
            </p>
          ) : null}
          <p>If you are not sure whether a sign fits, treat it as if it does and get checked.</p>
        </CareCard>
      </div>
    </div>
  );
}
