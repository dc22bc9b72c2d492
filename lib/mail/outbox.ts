import { and, eq, inArray } from 'drizzle-orm';
import { outbox } from '../db/schema';
import type { Executor, Tx } from '../db/types';
import type { Mail } from './types';

/** Whom a queued mail belongs to: it is deleted with a waitlist entry, kept (unlinked) when a booking goes. */
export type MailOwner = { bookingId: string } | { waitlistEntryId: string };

/**
 * Written in the caller's transaction, so a change and its mail commit or fail together. `now` is the
 * caller's clock (tests pass their own), so the mail is due and its retry window starts at the same time.
 */
export async function enqueueMailFor(tx: Tx, owner: MailOwner, mails: Mail[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(outbox).values(
    mails.map((m) => ({
      ...owner,
      kind: m.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      ics: m.ics ?? null,
      notAfter: m.notAfter ?? null,
      nextAttemptAt: now,
      retrySince: now,
      createdAt: now,
    })),
  );
}

/** A booking's mails (see enqueueMailFor). */
export async function enqueueMail(tx: Tx, bookingId: string, mails: Mail[], now: Date): Promise<void> {
  await enqueueMailFor(tx, { bookingId }, mails, now);
}

/**
 * Withdraws an owner's queued mails of these kinds that no longer hold (a reminder for a time since moved or
 * cancelled, a waitlist offer for a place since taken): marked expired, so no sender picks them up. A send
 * already under way finishes.
 */
export async function withdrawMailFor(db: Executor, owner: MailOwner, kinds: string[]): Promise<number> {
  const ownedBy =
    'bookingId' in owner
      ? eq(outbox.bookingId, owner.bookingId)
      : eq(outbox.waitlistEntryId, owner.waitlistEntryId);
  const rows = await db
    .update(outbox)
    .set({ status: 'expired' })
    .where(and(ownedBy, inArray(outbox.kind, kinds), eq(outbox.status, 'pending')))
    .returning({ id: outbox.id });
  return rows.length;
}

/** A booking's queued mails of these kinds (see withdrawMailFor). */
export async function withdrawMail(tx: Tx, bookingId: string, kinds: string[]): Promise<number> {
  return withdrawMailFor(tx, { bookingId }, kinds);
}
