import type { Clinic } from '../clinic/schema';
import { videoLocation, type VideoWhere } from './remindersPlan';
import type { VisitType } from './schema';
import { formatSlotDay, formatSlotTime, localDate } from './slots';

export interface VisitFacts {
  type: VisitType;
  start: Date;
  end: Date;
  clinicianId: string;
}

export { clinicianName, type ClinicianNames } from '../schedule/clinicianName';

/** "Tuesday, December 1 at 9:00 AM (Central time, America/Chicago)" */
export function describeWhen(clinic: Clinic, start: Date): string {
  return `${formatSlotDay(localDate(start, clinic.timeZone))} at ${formatSlotTime(start, clinic.timeZone)} (${zoneLabel(clinic.timeZone, start)})`;
}

export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? `${name}, ${timeZone}` : timeZone;
}

export function visitLabel(clinic: Clinic, type: VisitType): string {
  return clinic.visitTypes[type].label;
}

/** The clinic's address, or for a video visit what is true about its link (see `videoLocation`). */
export function visitLocation(clinic: Clinic, type: VisitType, video?: VideoWhere): string {
  const a = clinic.address;
  return type === 'clinic'
    ? `${clinic.name}, ${a.street}, ${a.city}, ${a.region} ${a.postalCode}`
    : videoLocation(video);
}
