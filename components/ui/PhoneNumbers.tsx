import { clinic, displayPhone, telHref } from '@/lib/clinic';

export function EmergencyNumber() {
  return <a href={telHref(clinic.emergencyNumber)}>{displayPhone(clinic.emergencyNumber)}</a>;
}

/** Only "our <label> at <number>", so a sentence reads "contact your doctor today, or call <UrgentNumber />". */
export function UrgentNumber() {
  return (
    <>
      our {clinic.nonEmergency.label} at{' '}
      <a href={telHref(clinic.nonEmergency.phone)}>{displayPhone(clinic.nonEmergency.phone)}</a>
    </>
  );
}
