import { Callout } from '@/components/ui/Callout';
import { EmergencyNumber } from '@/components/ui/PhoneNumbers';

/** Shown on every booking step: a booking is never the answer to an emergency. */
export function BookingSafety() {
  return (
    <div className="mt-8 max-w-3xl">
      <Callout type="warning" title="Not for emergencies">
        <p>
          If you have numbness around your genitals or buttocks, new trouble peeing or controlling your
          bowels, or weakness in both legs, call <EmergencyNumber /> now.
        </p>
      </Callout>
    </div>
  );
}
