import { and, eq, gt, sql } from 'drizzle-orm';
import { randomToken, hashToken } from '../crypto';
import { bookings, type BookingRow, type NewBookingRow } from '../db/schema';
import type { Executor, Tx } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { env } from '../server/env';
import { factsOf, manageUrl, type BookingDeps } from './deps';
import { freeCliniciansAt } from './freeClinicians';
import { asLimit, BookingError, busyError, isLockTimeout, isUniqueViolation, limitError } from './errors';
import { clinicMail, readerMail } from './mails/messages';
import { loadSchedule } from '../schedule';
import { findByIdempotencyKey, lockSchedule } from './queries';
import { leadHoursOf, reminderColumns } from './remindersPlan';
import { videoWhereAt } from './remindersVideo';
import type { VisitType } from './schema';
import { slotRulesFor, type SlotRules } from './slots';

export interface CreateBookingInput {
  type: VisitType;
  start: Date;
  name: string;
  email: string;
  phone: string;
  note?: string;
  triageSummary?: string;
  progressSummary?: string;
  idempotencyKey?: string;
}

/**
 * A new booking carries its manage token once, for the caller to show; a replay of the same request never
 * does (only the token's hash is stored, and the link was mailed).
 */
export type CreatedBooking =
  { booking: BookingRow; token: string; replayed: false } | { booking: BookingRow; replayed: true };

const slotTaken = () =>
  new BookingError('slot-taken', 'Sorry, that time was just taken. Please choose another time.');

/** The row to insert, built without I/O: the manage token is random, never derived from client input. */
export function buildBookingRow(
  input: CreateBookingInput,
  rules: SlotRules,
  clinicianId: string,
  token: string,
  now: Date,
): NewBookingRow {
  return {
    type: input.type,
    startAt: input.start,
    endAt: new Date(input.start.getTime() + rules.slotMinutes * 60_000),
    clinicianId,
    name: input.name,
    email: input.email,
    phone: input.phone,
    note: input.note || null,
    triageSummary: input.triageSummary || null,
    progressSummary: input.progressSummary || null,
    manageTokenHash: hashToken(token),
    idempotencyKey: input.idempotencyKey ?? null,
    // The caller's clock, like every other stamp: the reminder's SEQUENCE counts from it.
    createdAt: now,
    updatedAt: now,
  };
}

async function replay(
  db: Executor,
  input: CreateBookingInput,
  key: string,
): Promise<CreatedBooking | undefined> {
  const existing = await findByIdempotencyKey(db, key);
  if (!existing) return undefined;
  const same =
    existing.type === input.type &&
    existing.startAt.getTime() === input.start.getTime() &&
    existing.email === input.email;
  if (!same)
    throw new BookingError(
      'idempotency-mismatch',
      'This Idempotency-Key was already used for a different booking.',
    );
  return { booking: existing, replayed: true };
}

/**
 * New bookings made with this address (any case) in the 24 hours before `now`, cancelled ones too, so booking
 * and cancelling cannot go round the limit. Read under the schedule lock, so concurrent bookings count each other.
 */
async function bookingsToday(db: Executor, email: string, now: Date): Promise<number> {
  return db.$count(
    bookings,
    and(
      eq(sql`lower(${bookings.email})`, email.toLowerCase()),
      gt(bookings.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)),
    ),
  );
}

/**
 * Availability check, insert and outbox rows inside the caller's transaction, which must hold the schedule lock
 * (`lockSchedule`): a caller with more to record (a waitlist offer settled) commits it with the booking.
 */
export async function createBookingIn(
  tx: Tx,
  deps: BookingDeps,
  input: CreateBookingInput,
): Promise<CreatedBooking> {
  const key = input.idempotencyKey;
  const replayed = key ? await replay(tx, input, key) : undefined;
  if (replayed) return replayed;
  if ((await bookingsToday(tx, input.email, deps.now)) >= env().PER_EMAIL_DAILY_LIMIT) throw limitError();
  // Read under the lock: a schedule save takes the same lock, so it cannot change the rules mid-booking.
  const schedule = await loadSchedule(tx);
  const rules = slotRulesFor(deps.clinic, schedule, input.type);
  const [clinicianId] = await freeCliniciansAt(tx, deps, rules, input.start);
  const token = randomToken();
  const leadHours = leadHoursOf(deps);
  const [booking] = await tx
    .insert(bookings)
    .values({
      ...buildBookingRow(input, rules, clinicianId, token, deps.now),
      ...reminderColumns({ secret: deps.secret, leadHours, now: deps.now }, input.start, token),
    })
    .returning();
  if (!booking) throw new Error('insert returned no row');
  const ctx = {
    clinic: deps.clinic,
    clinicians: schedule.clinicians,
    manageUrl: manageUrl(deps.siteUrl, token),
    now: deps.now,
    sequence: 0,
    video: videoWhereAt(schedule.clinicians, booking, deps.now, leadHours),
  };
  await enqueueMail(
    tx,
    booking.id,
    [readerMail('booked', factsOf(booking), ctx), clinicMail('booked', factsOf(booking), ctx)],
    deps.now,
  );
  return { booking, token, replayed: false as const };
}

/** A booking on its own: `createBookingIn` in one transaction under the schedule lock. */
export async function createBooking(deps: BookingDeps, input: CreateBookingInput): Promise<CreatedBooking> {
  const key = input.idempotencyKey;
  try {
    return await deps.db.transaction(async (tx) => {
      await lockSchedule(tx);
      return createBookingIn(tx, deps, input);
    });
  } catch (error) {
    if (isLockTimeout(error)) throw busyError();
    if (!isUniqueViolation(error)) throw asLimit(error);
    // Another request with the same key won the race: answer with its booking.
    const replayed = key ? await replay(deps.db, input, key) : undefined;
    if (replayed) return replayed;
    throw slotTaken();
  }
}
