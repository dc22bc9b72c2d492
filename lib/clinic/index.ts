import { clinicConfig, scheduleSeed as rawSeed } from './clinic.config';
import { parseClinic, parseScheduleSeed, type Clinic, type ScheduleSeed } from './schema';

/** The validated clinic facts. Parsing at import makes a bad config fail the build and the server start. */
export const clinic: Clinic = parseClinic(clinicConfig);

/** The first schedule, for an empty database only: the live one is in the database (lib/schedule). */
export const scheduleSeed: ScheduleSeed = parseScheduleSeed(rawSeed);

export {
  parseClinic,
  parseScheduleSeed,
  visitTypes,
  type Clinic,
  type ScheduleSeed,
  type VisitType,
} from './schema';

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
