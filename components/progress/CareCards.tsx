// The care cards for emergency or urgent items ticked under "Anything new?" (NHS care-card pattern).
import { CareCard } from '@/components/ui/CareCard';
import { labelOf } from '@/lib/progress/labels';
import type { CareFlags } from '@/lib/progress/rules';
import type { Contacts } from './types';

export function CareCards({
  flags,
  labels,
  contacts,
}: {
  flags: CareFlags;
  labels: Record<string, string>;
  contacts: Contacts;
}) {
  const { emergency: e, nonEmergency: n } = contacts;
  return (
    <>
      {flags.emergency.length > 0 ? (
        <CareCard level="emergency" title={`Call ${e.number} now or go to the emergency room`}>
          <p>You ticked:</p>
          <ul>
            {flags.emergency.map((item) => (
              <li key={item}>{labelOf(labels, item)}</li>
            ))}
          </ul>
          <p>
            This can be a sign of a problem that needs treatment straight away. Call{' '}
            <a href={e.href}>{e.number}</a> now. Do not drive yourself, and do not wait to see if it gets
            better.
          </p>
        </CareCard>
      ) : null}
      {flags.urgent.length > 0 ? (
        <CareCard level="urgent" title="Contact a doctor today">
          <p>You ticked:</p>
          <ul>
            {flags.urgent.map((item) => (
              <li key={item}>{labelOf(labels, item)}</li>
            ))}
          </ul>
          <p>
            Ask your doctor for an appointment today, go to an urgent care center, or call our {n.label} at{' '}
            <a href={n.href}>{n.phone}</a>. Hold off on new back exercises until a doctor has checked you.
          </p>
        </CareCard>
      ) : null}
    </>
  );
}
