import { bookings, type BookingRow } from '../db/schema';
import { clinicMail, readerMail } from '../mail/messages';
import { enqueueMail } from '../mail/outbox';
import { factsOf, manageUrl, type BookingDeps } from './deps';
import { freeCliniciansAt } from './freeClinicians';
import { BookingError, isUniqueViolation } from './errors';
import { findByIdempotencyKey, lockSchedule, type Executor } from './queries';
import type { VisitType } from './schema';
import { slotRulesFor } from './slots';
import { hashToken } from './tokens';

export interface CreateBookingInput {
  type: VisitType;
  start: Date;
  name: string;
  email: string;
  phone: string;
  note?: string;
  triageSummary?: string;
  idempotencyKey?: string;
}

export interface CreatedBooking {
  booking: BookingRow;
  token: string;
  replayed: boolean;
}

async function replay(
  db: Executor,
  deps: BookingDeps,
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
  return { booking: existing, token: deps.tokenFor(key), replayed: true };
}

/** Availability check, insert and outbox rows in one transaction under the schedule lock. */
export async function createBooking(deps: BookingDeps, input: CreateBookingInput): Promise<CreatedBooking> {
  const rules = slotRulesFor(deps.clinic, input.type);
  const key = input.idempotencyKey;
  try {
    return await deps.db.transaction(async (tx) => {
      await lockSchedule(tx);
      const replayed = key ? await replay(tx, deps, input, key) : undefined;
      if (replayed) return replayed;
      const [clinicianId] = await freeCliniciansAt(tx, deps, rules, input.start);
      const token = deps.tokenFor(key);
      const [booking] = await tx
        .insert(bookings)
        .values({
          type: input.type,
          startAt: input.start,
          endAt: new Date(input.start.getTime() + rules.slotMinutes * 60_000),
          clinicianId,
          name: input.name,
          email: input.email,
          phone: input.phone,
          note: input.note || null,
          triageSummary: input.triageSummary || null,
          manageTokenHash: hashToken(token),
          idempotencyKey: key ?? null,
        })
        .returning();
      if (!booking) throw new Error('insert returned no row');
      const ctx = {
        clinic: deps.clinic,
        manageUrl: manageUrl(deps.siteUrl, token),
        now: deps.now,
        sequence: 0,
      };
      await enqueueMail(tx, booking.id, [
        readerMail('booked', factsOf(booking), ctx),
        clinicMail('booked', factsOf(booking), ctx),
      ]);
      return { booking, token, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another request with the same key won the race: answer with its booking.
    const replayed = key ? await replay(deps.db, deps, input, key) : undefined;
    if (replayed) return replayed;
    throw new BookingError('slot-taken', 'Sorry, that time was just taken. Please choose another time.');
  }
}
