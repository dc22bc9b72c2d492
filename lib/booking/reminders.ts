// The reminder sender's work: claim due reminders and queue their mails, once per booked time, on any number of
// instances at once.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { hashToken, unseal } from '../crypto';
import { bookings, type BookingRow } from '../db/schema';
import type { Tx } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import type { Mail } from '../mail/types';
import { logger } from '../server/logger';
import { loadSchedule, type Schedule } from '../schedule';
import { sequenceAt } from './changeBooking';
import { factsOf, manageUrl, type BookingDeps } from './deps';
import { missingVideoLinkMail, reminderMail } from './mails/reminder';
import { leadHoursOf, MANAGE_TOKEN_PURPOSE } from './remindersPlan';
import { videoLinkOf } from './remindersVideo';

export type ReminderDeps = Pick<BookingDeps, 'db' | 'clinic' | 'siteUrl' | 'secret' | 'reminderHours'>;

/** The manage token, if it was sealed under this secret and is still the booking's own. */
function openToken(deps: ReminderDeps, row: BookingRow): string | undefined {
  if (!row.manageTokenSealed || !deps.secret) return undefined;
  const token = unseal(deps.secret, MANAGE_TOKEN_PURPOSE, row.manageTokenSealed);
  if (token && hashToken(token) === row.manageTokenHash) return token;
  // APP_SECRET changed since the booking was made: the reminder still goes, pointing to the first mail.
  logger.warn({ booking: row.id }, 'reminder: the sealed manage token did not open');
  return undefined;
}

function mailsFor(deps: ReminderDeps, row: BookingRow, now: Date, schedule: Schedule): Mail[] {
  const token = openToken(deps, row);
  const ctx = {
    clinic: deps.clinic,
    clinicians: schedule.clinicians,
    now,
    manageUrl: token ? manageUrl(deps.siteUrl, token) : undefined,
    sequence: sequenceAt(row, now),
    // This is the reminder's time, so the link is given, not announced.
    video:
      row.type === 'telehealth'
        ? {
            url: videoLinkOf(schedule.clinicians, row.clinicianId),
            linkNow: true,
            leadHours: leadHoursOf(deps),
          }
        : undefined,
  };
  const facts = factsOf(row);
  const flag = missingVideoLinkMail(facts, ctx);
  return flag ? [reminderMail(facts, ctx), flag] : [reminderMail(facts, ctx)];
}

/** A reminder that failed to queue is tried again this much later, while the others go on. */
export const REMINDER_RETRY_MS = 5 * 60_000;

/** What a failure was, for the log: the error's class and SQLSTATE, never its message (it can carry the row). */
function failureKind(error: unknown): string {
  const code = (e: unknown): unknown =>
    typeof e === 'object' && e !== null && 'code' in e
      ? e.code
      : e instanceof Error
        ? code(e.cause)
        : undefined;
  const sqlState = code(error);
  const name = error instanceof Error ? error.name : typeof error;
  return typeof sqlState === 'string' ? `${name} ${sqlState}` : name;
}

/**
 * Claims one due reminder (skipping rows another instance holds, and `skip`) and queues its mails, in one
 * transaction. 'none' when nothing is left; throws only when the claim itself fails (the database is down).
 */
async function queueOne(
  deps: ReminderDeps,
  now: Date,
  schedule: (tx: Tx) => Promise<Schedule>,
  skip: string[],
): Promise<'queued' | 'none' | { failed: string }> {
  let claimedId: string | undefined;
  try {
    return await deps.db.transaction(async (tx) => {
      const due = tx
        .select({ id: bookings.id })
        .from(bookings)
        .where(
          and(
            lte(bookings.remindAt, now),
            eq(bookings.status, 'confirmed'),
            gt(bookings.startAt, now),
            skip.length ? notInArray(bookings.id, skip) : undefined,
          ),
        )
        .orderBy(asc(bookings.remindAt))
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await tx
        .update(bookings)
        .set({ remindAt: null, remindedAt: now })
        .where(and(inArray(bookings.id, due), isNotNull(bookings.remindAt)))
        .returning();
      if (!row) return 'none' as const;
      claimedId = row.id;
      // A timer's mail, one per booked time: counted toward the cap, never refused.
      await enqueueMail(tx, row.id, mailsFor(deps, row, now, await schedule(tx)), now, 'send');
      return 'queued' as const;
    });
  } catch (error) {
    if (claimedId === undefined) throw error;
    logger.warn(
      { booking: claimedId, error: failureKind(error) },
      'reminder could not be queued; retried later',
    );
    return { failed: claimedId };
  }
}

/**
 * Queues the reminders due at `now`, each claimed and queued in its own transaction: a claimed row has its
 * `remind_at` cleared, and rows another instance is claiming are skipped (SKIP LOCKED), so each reminder is
 * queued once; its outbox row expires unsent if the visit begins first. A row that fails is logged and retried
 * REMINDER_RETRY_MS later, so one bad row never holds back the batch. Returns how many were queued.
 */
export async function queueDueReminders(deps: ReminderDeps, now: Date, batch = 50): Promise<number> {
  // A reminder whose visit began while no sender ran is dropped, never sent late.
  await deps.db
    .update(bookings)
    .set({ remindAt: null })
    .where(and(lte(bookings.remindAt, now), lte(bookings.startAt, now)));
  // One read for the run, once a reminder is claimed: the names and video links as they are now.
  let read: Schedule | undefined;
  const schedule = async (tx: Tx) => (read ??= await loadSchedule(tx));
  const failed: string[] = [];
  let queued = 0;
  while (queued + failed.length < batch) {
    const outcome = await queueOne(deps, now, schedule, failed);
    if (outcome === 'none') break;
    if (outcome === 'queued') queued += 1;
    else failed.push(outcome.failed);
  }
  if (failed.length)
    await deps.db
      .update(bookings)
      .set({ remindAt: new Date(now.getTime() + REMINDER_RETRY_MS) })
      .where(and(inArray(bookings.id, failed), eq(bookings.status, 'confirmed'), gt(bookings.startAt, now)));
  return queued;
}

/**
 * Moves reminders still waiting to the lead in force now, so a change of REMINDER_HOURS applies to visits already
 * booked. A reminder whose new time has already passed keeps its old one rather than firing at once; claimed and
 * withdrawn reminders (remind_at null) are left alone. Returns how many moved.
 */
export async function retimeReminders(deps: ReminderDeps, now: Date): Promise<number> {
  const leadSeconds = leadHoursOf(deps) * 3600;
  const target = sql`${bookings.startAt} - make_interval(secs => ${leadSeconds})`;
  const moved = await deps.db
    .update(bookings)
    .set({ remindAt: target })
    .where(
      and(
        eq(bookings.status, 'confirmed'),
        isNotNull(bookings.remindAt),
        isNull(bookings.remindedAt),
        sql`${target} > ${now.toISOString()}::timestamptz`,
        sql`${bookings.remindAt} <> ${target}`,
      ),
    )
    .returning({ id: bookings.id });
  return moved.length;
}
