import { clinic, telHref } from '@/lib/clinic';
import { planLibrary } from '@/lib/content/planLibrary';

/** What both pages of the self-check give the wizard besides its state. */
export function wizardProps() {
  const contacts = {
    emergency: { number: clinic.emergencyNumber, href: telHref(clinic.emergencyNumber) },
    nonEmergency: {
      label: clinic.nonEmergency.label,
      phone: clinic.nonEmergency.phone,
      href: telHref(clinic.nonEmergency.phone),
    },
  };
  return { library: planLibrary(), contacts, siteName: clinic.shortName };
}
