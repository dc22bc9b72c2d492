import { clinic, displayPhone, telHref } from '@/lib/clinic';

export function EmergencyNumber() {
  return <a href={telHref(clinic.emergencyNumber)}>{displayPhone(clinic.emergencyNumber)}</a>;
}

export function UrgentNumber() {
  return (
    <>
      your doctor, an urgent care center, or our {clinic.nonEmergency.label} at{' '}
      <a href={telHref(clinic.nonEmergency.phone)}>{displayPhone(clinic.nonEmergency.phone)}</a>
    </>
  );
}
