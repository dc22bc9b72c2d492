/** One mail as the outbox stores it. Mail knows nothing of bookings: the domains build these. */
export interface Mail {
  /** A short label for logs and file names, such as "booked"; never personal data. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** An iCalendar attachment (method read from its METHOD line). */
  ics?: string;
  /** Useless after this instant (a reminder once the visit began): delivery then expires it unsent. */
  notAfter?: Date;
}
