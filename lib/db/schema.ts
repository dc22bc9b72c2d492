import { sql } from 'drizzle-orm';
import { visitTypes } from '../clinic/visitTypes';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: visitTypes }).notNull(),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    clinicianId: text('clinician_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    note: text('note'),
    triageSummary: text('triage_summary'),
    progressSummary: text('progress_summary'),
    status: text('status', { enum: ['confirmed', 'cancelled'] })
      .notNull()
      .default('confirmed'),
    manageTokenHash: text('manage_token_hash').notNull(),
    idempotencyKey: text('idempotency_key'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // The last guards against double booking: one confirmed booking per clinician per start time, and (in
    // migration 0001, which drizzle cannot express) no two confirmed bookings of one clinician overlapping:
    // bookings_no_overlap EXCLUDE USING gist (clinician_id WITH =, tstzrange(start_at, end_at) WITH &&).
    uniqueIndex('bookings_clinician_start_confirmed')
      .on(t.clinicianId, t.startAt)
      .where(sql`${t.status} = 'confirmed'`),
    uniqueIndex('bookings_manage_token_hash').on(t.manageTokenHash),
    uniqueIndex('bookings_idempotency_key').on(t.idempotencyKey),
    index('bookings_start_at').on(t.startAt),
    check('bookings_type_valid', sql`${t.type} in (${sql.raw(visitTypes.map((v) => `'${v}'`).join(', '))})`),
    check('bookings_status_valid', sql`${t.status} in ('confirmed', 'cancelled')`),
    check('bookings_end_after_start', sql`${t.endAt} > ${t.startAt}`),
  ],
);

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('body_text').notNull(),
    ics: text('ics'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Which sender holds the lease: only the holder may renew it or record the result. */
    leaseToken: text('lease_token'),
    /** Retries run for RETRY_FOR_MS from here; a staff retry resets it. */
    retrySince: timestamp('retry_since', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_pending').on(t.status, t.nextAttemptAt)],
);

export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

export const staffSessions = pgTable('staff_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type BookingRow = typeof bookings.$inferSelect;
export type NewBookingRow = typeof bookings.$inferInsert;
export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
