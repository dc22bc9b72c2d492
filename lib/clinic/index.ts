import { clinicConfig } from './clinic.config';
import { parseClinic, type Clinic } from './schema';

/** The validated clinic facts. Parsing at import makes a bad config fail the build and the server start. */
export const clinic: Clinic = parseClinic(clinicConfig);

export { parseClinic, visitTypes, type Clinic, type VisitType } from './schema';

export function formatAddress(c: Clinic = clinic): string {
  const a = c.address;
  return `${a.street}, ${a.city}, ${a.region} ${a.postalCode}`;
}

/** A phone number as shown: non-breaking spaces keep it on one line. */
export function displayPhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
