import type { Metadata } from 'next';
import { CheckWizard } from '@/components/check/CheckWizard';
import { clinic, telHref } from '@/lib/clinic';
import { planLibrary } from '@/lib/content/planLibrary';
import { checkStep } from './actions';

export const metadata: Metadata = {
  // No metadata title: the wizard renders its own <title> per step, with "Error: " when a step has an error,
  // and two <title> elements would leave browsers reading the first.
  title: null,
  description:
    'A free two-minute self-check for low back pain from exercise: find out whether to get help now, see a doctor, book an assessment or look after it at home.',
  alternates: { canonical: '/check' },
};

export default function CheckPage() {
  const contacts = {
    emergency: { number: clinic.emergencyNumber, href: telHref(clinic.emergencyNumber) },
    nonEmergency: {
      label: clinic.nonEmergency.label,
      phone: clinic.nonEmergency.phone,
      href: telHref(clinic.nonEmergency.phone),
    },
  };
  return (
    <CheckWizard action={checkStep} library={planLibrary()} contacts={contacts} siteName={clinic.shortName} />
  );
}
