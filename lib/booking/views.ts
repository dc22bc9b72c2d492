// The booking as pages and components see it: they import these names from lib/booking, so the UI depends
// on the domain, not on the table layout in lib/db/schema (a column rename stays inside lib/).
import type { BookingRow } from '../db/schema';

/** A booking as lib/booking reads it (queries return it whole). */
export type Booking = BookingRow;

/** What the reader's manage page shows of a booking: what, when, where, with whom, name and status. */
export type BookingSummaryView = Pick<Booking, 'type' | 'startAt' | 'status' | 'clinicianId' | 'name'>;

/** What staff see of a booking in a day's list, contact details and attached summaries included. */
export type StaffBookingView = Pick<
  Booking,
  | 'id'
  | 'type'
  | 'startAt'
  | 'status'
  | 'clinicianId'
  | 'name'
  | 'email'
  | 'phone'
  | 'note'
  | 'triageSummary'
  | 'progressSummary'
>;
