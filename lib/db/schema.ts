import { sql } from 'drizzle-orm';
import { visitTypes } from '../clinic/visitTypes';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
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
    /**
     * The manage token sealed with APP_SECRET (AES-GCM), so the reminder, composed at send time, can carry the
     * manage link; null for bookings made before reminders existed. The hash above stays the lookup key.
     */
    manageTokenSealed: text('manage_token_sealed'),
    /** When the reminder is due; null when none will be sent (made inside the lead, cancelled, or claimed). */
    remindAt: timestamp('remind_at', { withTimezone: true }),
    /** When a sender claimed the reminder and queued it in the outbox: at most once per booked time. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** Staff chose to keep this booking although a schedule change put it outside the opening hours. */
    keptOutsideScheduleAt: timestamp('kept_outside_schedule_at', { withTimezone: true }),
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
    index('bookings_remind_at').on(t.remindAt),
    // Per-email limits count an address's recent bookings.
    index('bookings_email_created').on(sql`lower(${t.email})`, t.createdAt),
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
    /** 'written': put in an .eml file by the development transport, never delivered to anyone. */
    status: text('status', { enum: ['pending', 'sent', 'written', 'failed', 'expired'] })
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
    /** A mail that is useless after this instant (a reminder once the visit began, an offer once taken). */
    notAfter: timestamp('not_after', { withTimezone: true }),
    waitlistEntryId: uuid('waitlist_entry_id').references(() => waitlistEntries.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_pending').on(t.status, t.nextAttemptAt),
    // The daily mail cap counts an address's recent mails.
    index('outbox_to_created').on(sql`lower(${t.to})`, t.createdAt),
    check('outbox_status_valid', sql`${t.status} in ('pending', 'sent', 'written', 'failed', 'expired')`),
  ],
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

/** Form stamps already used: each stamp is good for one post, on every instance. Purged once expired. */
export const redeemedFormStamps = pgTable('redeemed_form_stamps', {
  id: text('id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const staffSessions = pgTable('staff_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// The schedule staff keep at /admin/schedule. lib/clinic/clinic.config.ts seeds it once, on an empty database.

/** One row (id = 1): the settings that apply to every visit type. `version` grows with every change. */
export const scheduleSettings = pgTable(
  'schedule_settings',
  {
    id: integer('id').primaryKey().default(1),
    minNoticeMinutes: integer('min_notice_minutes').notNull(),
    horizonDays: integer('horizon_days').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('schedule_settings_single_row', sql`${t.id} = 1`),
    check('schedule_settings_notice', sql`${t.minNoticeMinutes} between 0 and 20160`),
    check('schedule_settings_horizon', sql`${t.horizonDays} between 1 and 365`),
  ],
);

/** Per visit type: how long one visit lasts, so every slot of that type is this long. */
export const visitTypeSettings = pgTable(
  'visit_type_settings',
  {
    visitType: text('visit_type', { enum: visitTypes }).primaryKey(),
    slotMinutes: integer('slot_minutes').notNull(),
  },
  (t) => [check('visit_type_settings_slot_minutes', sql`${t.slotMinutes} between 10 and 240`)],
);

/** Weekly opening hours: one row per visit type, weekday and period, in clinic-local HH:MM. */
export const openingHours = pgTable(
  'opening_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitType: text('visit_type', { enum: visitTypes }).notNull(),
    weekday: text('weekday', { enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }).notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
  },
  (t) => [
    index('opening_hours_type').on(t.visitType, t.weekday),
    check('opening_hours_order', sql`${t.opens} < ${t.closes}`),
  ],
);

/** Closed dates and ranges (inclusive, clinic-local YYYY-MM-DD), with the reason staff gave. */
export const closures = pgTable(
  'closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('closures_order', sql`${t.startsOn} <= ${t.endsOn}`)],
);

export const clinicians = pgTable('clinicians', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  credentials: text('credentials').notNull(),
  role: text('role').notNull(),
  active: boolean('active').notNull().default(true),
  /** The clinician's video-room address (whatever service the clinic uses); sent with video visits. */
  videoUrl: text('video_url'),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const clinicianVisitTypes = pgTable(
  'clinician_visit_types',
  {
    clinicianId: text('clinician_id')
      .notNull()
      .references(() => clinicians.id, { onDelete: 'cascade' }),
    visitType: text('visit_type', { enum: visitTypes }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.clinicianId, t.visitType] })],
);

/** The short history on /admin/schedule: what changed, when, from which staff session. */
export const scheduleChanges = pgTable(
  'schedule_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The first characters of the staff session's token hash: enough to tell sessions apart, not to use one. */
    staffSession: text('staff_session').notNull(),
    summary: text('summary').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [index('schedule_changes_at').on(t.at)],
);

// The waitlist: readers who found no time that suits them, and the places offered to them.

export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: visitTypes }).notNull(),
    /** The clinic-local dates (inclusive) the reader can come. */
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Hash of the random token in every waitlist mail's "leave the list" link. */
    leaveTokenHash: text('leave_token_hash').notNull(),
    status: text('status', { enum: ['waiting', 'booked', 'left', 'ended'] })
      .notNull()
      .default('waiting'),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('waitlist_entries_leave_token_hash').on(t.leaveTokenHash),
    index('waitlist_entries_waiting').on(t.status, t.type, t.createdAt),
    check('waitlist_entries_order', sql`${t.fromDate} <= ${t.toDate}`),
    check('waitlist_entries_status_valid', sql`${t.status} in ('waiting', 'booked', 'left', 'ended')`),
  ],
);

/** A free place offered to one entry; the first of the offered entries to confirm books it. */
export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => waitlistEntries.id, { onDelete: 'cascade' }),
    type: text('type', { enum: visitTypes }).notNull(),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    /** Hash of the random, single-use token in the offer mail's link. */
    tokenHash: text('token_hash').notNull(),
    status: text('status', { enum: ['open', 'booked', 'taken', 'expired'] })
      .notNull()
      .default('open'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('waitlist_offers_token_hash').on(t.tokenHash),
    uniqueIndex('waitlist_offers_entry_start').on(t.entryId, t.startAt),
    index('waitlist_offers_start').on(t.type, t.startAt, t.status),
    check('waitlist_offers_status_valid', sql`${t.status} in ('open', 'booked', 'taken', 'expired')`),
  ],
);

export type BookingRow = typeof bookings.$inferSelect;
export type NewBookingRow = typeof bookings.$inferInsert;
export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type ClinicianRow = typeof clinicians.$inferSelect;
export type ClosureRow = typeof closures.$inferSelect;
export type OpeningHoursRow = typeof openingHours.$inferSelect;
export type ScheduleChangeRow = typeof scheduleChanges.$inferSelect;
export type WaitlistEntryRow = typeof waitlistEntries.$inferSelect;
export type WaitlistOfferRow = typeof waitlistOffers.$inferSelect;
