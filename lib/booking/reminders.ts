// The reminder sender's work: claim due reminders and queue their mails, once per booked time, on any number of
// instances at once.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { hashToken, unseal } from '../crypto';
import { bookings, type BookingRow } from '../db/schema';
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

/**
 * Claims the reminders due at `now` and queues their mails in the same transaction. A claimed row has its
 * `remind_at` cleared, and rows another instance is claiming are skipped (SKIP LOCKED), so each reminder is
 * queued once; its outbox row expires unsent if the visit begins first. Returns how many were queued.
 */
export async function queueDueReminders(deps: ReminderDeps, now: Date, batch = 50): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const due = tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(lte(bookings.remindAt, now), eq(bookings.status, 'confirmed'), gt(bookings.startAt, now)))
      .orderBy(asc(bookings.remindAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    const claimed = await tx
      .update(bookings)
      .set({ remindAt: null, remindedAt: now })
      .where(and(inArray(bookings.id, due), isNotNull(bookings.remindAt)))
      .returning();
    // A reminder whose visit began while no sender ran is dropped, never sent late.
    await tx
      .update(bookings)
      .set({ remindAt: null })
      .where(and(lte(bookings.remindAt, now), lte(bookings.startAt, now)));
    if (claimed.length === 0) return 0;
    // One read for the batch, in the claim's transaction: the names and video links as they are now.
    const schedule = await loadSchedule(tx);
    // A timer's mail, one per booked time: counted toward the cap, never refused.
    for (const row of claimed) await enqueueMail(tx, row.id, mailsFor(deps, row, now, schedule), now, 'send');
    return claimed.length;
  });
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
