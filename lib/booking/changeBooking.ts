import { and, eq } from 'drizzle-orm';
import { hashToken } from '../crypto';
import { bookings, type BookingRow } from '../db/schema';
import type { Tx } from '../db/types';
import { enqueueMail, withdrawMail } from '../mail/outbox';
import { factsOf, manageUrl, type BookingDeps } from './deps';
import { freeCliniciansAt } from './freeClinicians';
import { asLimit, BookingError, busyError, isLockTimeout, isUniqueViolation } from './errors';
import { clinicMail, readerMail, type MailContext } from './mails/messages';
import { findByTokenHash, lockSchedule } from './queries';
import { leadHoursOf, REMINDER_KINDS, remindAtFor } from './remindersPlan';
import { videoWhereAt } from './remindersVideo';
import { loadSchedule, type Schedule } from '../schedule';
import { slotRulesFor } from './slots';

/** Calendar apps apply the update with the higher SEQUENCE; seconds since booking always grow. */
export function sequenceAt(row: BookingRow, now: Date): number {
  return Math.max(1, Math.floor((now.getTime() - row.createdAt.getTime()) / 1000));
}

/**
 * Queues the reader's and the clinic's mail about a change, in the change's own transaction: `row` is the
 * booking as it was, `changed` as it is now.
 */
async function enqueueChangeMails(
  tx: Tx,
  deps: BookingDeps,
  row: BookingRow,
  changed: BookingRow,
  kind: 'cancelled' | 'moved',
  change: Pick<MailContext, 'manageUrl' | 'byClinic' | 'previousStart'>,
  schedule: Schedule,
) {
  const ctx: MailContext = {
    clinic: deps.clinic,
    clinicians: schedule.clinicians,
    now: deps.now,
    sequence: sequenceAt(row, deps.now),
    ...change,
    video:
      kind === 'moved' ? videoWhereAt(schedule.clinicians, changed, deps.now, leadHoursOf(deps)) : undefined,
  };
  const facts = factsOf(changed);
  // A reminder still queued for the old time would now be wrong.
  await withdrawMail(tx, row.id, [...REMINDER_KINDS]);
  // A visitor's change over the reader's daily mail cap is refused; a staff cancel always tells the reader.
  await enqueueMail(
    tx,
    row.id,
    [readerMail(kind, facts, ctx), clinicMail(kind, facts, ctx)],
    deps.now,
    change.byClinic ? 'send' : 'refuse',
  );
}

/** A booking the reader may still change with their link: confirmed, and its visit not yet started. */
async function changeableByToken(tx: Tx, token: string, now: Date): Promise<BookingRow> {
  const row = await findByTokenHash(tx, hashToken(token));
  if (!row) throw new BookingError('not-found', 'We could not find that booking.');
  if (row.status !== 'confirmed')
    throw new BookingError('cancelled', 'This booking was cancelled, so it cannot be changed.');
  if (row.startAt.getTime() <= now.getTime())
    throw new BookingError(
      'started',
      'This visit has already started or passed, so it cannot be changed here. Please call us.',
    );
  return row;
}

/** Runs a schedule change, turning the database's refusals into the errors callers show. */
async function mapped<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isLockTimeout(error)) throw busyError();
    if (isUniqueViolation(error))
      throw new BookingError('slot-taken', 'Sorry, that time was just taken. Please choose another time.');
    throw asLimit(error);
  }
}

async function cancelRow(
  tx: Tx,
  deps: BookingDeps,
  row: BookingRow,
  token: string | undefined,
  byClinic: boolean,
) {
  const [cancelled] = await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: deps.now, updatedAt: deps.now, remindAt: null })
    .where(and(eq(bookings.id, row.id), eq(bookings.status, 'confirmed')))
    .returning();
  if (!cancelled) throw new BookingError('cancelled', 'This booking was already cancelled.');
  await enqueueChangeMails(
    tx,
    deps,
    row,
    cancelled,
    'cancelled',
    { manageUrl: token ? manageUrl(deps.siteUrl, token) : deps.siteUrl, byClinic },
    await loadSchedule(tx),
  );
  return cancelled;
}

/** The reader cancels with their manage link; the place is free again as soon as this commits. */
export async function cancelBooking(deps: BookingDeps, token: string): Promise<BookingRow> {
  return mapped(() =>
    deps.db.transaction(async (tx) => {
      await lockSchedule(tx);
      return cancelRow(tx, deps, await changeableByToken(tx, token, deps.now), token, false);
    }),
  );
}

/**
 * Staff cancel from /admin; the reader is told by mail. A visit that has started or passed is not cancelled
 * (the page hides its button, but an old page or a replayed post still arrives): it happened, and a mail
 * saying otherwise would mislead the reader.
 */
export async function staffCancelBooking(deps: BookingDeps, id: string): Promise<BookingRow> {
  return mapped(() =>
    deps.db.transaction(async (tx) => {
      await lockSchedule(tx);
      const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).limit(1);
      if (!row) throw new BookingError('not-found', 'We could not find that booking.');
      if (row.status === 'confirmed' && row.startAt.getTime() <= deps.now.getTime())
        throw new BookingError(
          'started',
          'This visit has already started or passed, so it cannot be cancelled.',
        );
      return cancelRow(tx, deps, row, undefined, true);
    }),
  );
}

/** Takes the new time and frees the old one in one transaction: both happen or neither does. */
export async function moveBooking(deps: BookingDeps, token: string, newStart: Date): Promise<BookingRow> {
  return mapped(() =>
    deps.db.transaction(async (tx) => {
      await lockSchedule(tx);
      const row = await changeableByToken(tx, token, deps.now);
      const schedule = await loadSchedule(tx);
      const rules = slotRulesFor(deps.clinic, schedule, row.type);
      // The booking's own place does not block its move to an overlapping time.
      const free = await freeCliniciansAt(
        tx,
        deps,
        rules,
        newStart,
        (b) => b.clinicianId === row.clinicianId && b.start.getTime() === row.startAt.getTime(),
      );
      const clinicianId = free.includes(row.clinicianId) ? row.clinicianId : free[0];
      const [moved] = await tx
        .update(bookings)
        .set({
          startAt: newStart,
          endAt: new Date(newStart.getTime() + rules.slotMinutes * 60_000),
          clinicianId,
          updatedAt: deps.now,
          // The reminder moves with the booking: due again for the new time, unless that is inside the lead.
          remindAt: remindAtFor(newStart, deps.now, leadHoursOf(deps)),
          remindedAt: null,
        })
        .where(and(eq(bookings.id, row.id), eq(bookings.status, 'confirmed')))
        .returning();
      if (!moved) throw new BookingError('cancelled', 'This booking was cancelled, so it cannot be changed.');
      await enqueueChangeMails(
        tx,
        deps,
        row,
        moved,
        'moved',
        { manageUrl: manageUrl(deps.siteUrl, token), previousStart: row.startAt },
        schedule,
      );
      return moved;
    }),
  );
}
