import type { Clinic } from '../clinic/schema';
import { buildIcs } from './ics';
import type { VideoWhere } from './remindersPlan';
import type { VisitType } from './schema';
import { clinicianName, visitLabel, visitLocation, type ClinicianNames } from './visit';

export interface CalendarFacts {
  id: string;
  type: VisitType;
  start: Date;
  end: Date;
  clinicianId: string;
}

/**
 * The calendar file for one booking, shared by the confirmation mail and the download link. It never carries
 * the manage link: calendars get shared, and the link lets anyone change the booking (the mails carry it).
 */
export function bookingIcs(
  clinic: Clinic,
  b: CalendarFacts,
  opts: {
    status: 'CONFIRMED' | 'CANCELLED';
    sequence: number;
    now: Date;
    clinicians: ClinicianNames;
    video?: VideoWhere;
  },
): string {
  return buildIcs({
    uid: `${b.id}@backwise`,
    start: b.start,
    end: b.end,
    timeZone: clinic.timeZone,
    summary: `Free physical therapy assessment (${visitLabel(clinic, b.type).toLowerCase()})`,
    description: `With ${clinicianName(opts.clinicians, b.clinicianId)}. To move or cancel, use the private link in your confirmation email.`,
    location: visitLocation(clinic, b.type, opts.video),
    organizerEmail: clinic.email,
    status: opts.status,
    sequence: opts.sequence,
    stamp: opts.now,
  });
}
