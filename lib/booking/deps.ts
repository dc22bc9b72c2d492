import type { Clinic } from '../clinic/schema';
import type { Db } from '../db/client';
import type { BookingRow } from '../db/schema';
import type { BookingFacts } from './mails/messages';

/** What the booking operations need from the outside world, passed in so tests control time. */
export interface BookingDeps {
  db: Db;
  clinic: Clinic;
  now: Date;
  siteUrl: string;
  /** APP_SECRET: seals the manage token for the reminder. Without it a reminder points to the first mail. */
  secret?: string;
  /** REMINDER_HOURS; DEFAULT_REMINDER_HOURS when unset. */
  reminderHours?: number;
}

export function manageUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/book/manage/${token}`;
}

export function factsOf(row: BookingRow): BookingFacts {
  return {
    id: row.id,
    type: row.type,
    start: row.startAt,
    end: row.endAt,
    clinicianId: row.clinicianId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    note: row.note,
    triageSummary: row.triageSummary,
    progressSummary: row.progressSummary,
  };
}
