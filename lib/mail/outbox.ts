import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { outbox } from '../db/schema';
import type { Executor, Tx } from '../db/types';
import { env } from '../server/env';
import { HttpError, type KnownError } from '../server/route';
import type { Mail } from './types';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The clinic's own copies (kinds "clinic-…") are counted like any mail but never refused: the clinic must
 * hear of every change that happens, and each copy rides with a reader's mail (or a timer's), which is capped,
 * so a flood of copies needs a flood of capped reader addresses, which the per-client and per-email limits stop.
 */
export function isClinicCopy(mail: Pick<Mail, 'kind'>): boolean {
  return mail.kind.startsWith('clinic-');
}

/** A change would send an address more than MAIL_DAILY_CAP mails in 24 hours: refused, nothing written. */
export class MailCapError extends Error implements KnownError {
  constructor() {
    super('mail cap reached');
    this.name = 'MailCapError';
  }

  toHttp(): HttpError {
    return new HttpError(
      429,
      {
        error: 'mail_limit',
        message:
          'We have sent this email address as many messages as we can today. Please try tomorrow or call us.',
      },
      { 'Retry-After': String(DAY / 1000) },
    );
  }
}

/** Mails queued to this address (any case) in the 24 hours before `now`; the caller holds its lock. */
async function mailsToday(tx: Tx, address: string, now: Date): Promise<number> {
  return tx.$count(
    outbox,
    and(eq(sql`lower(${outbox.to})`, address), gt(outbox.createdAt, new Date(now.getTime() - DAY))),
  );
}

/** Serialises, until the transaction ends, every change that mails or counts this address (any case). */
export async function lockAddress(tx: Tx, address: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727277, hashtext(${address.toLowerCase()}))`);
}

/**
 * Whether `mails` fit under each reader address's daily cap. Takes a per-address lock for the rest of the
 * transaction, so two changes at once cannot both squeeze under the cap.
 */
export async function withinMailCap(tx: Tx, mails: Mail[], now: Date): Promise<boolean> {
  const wanted = new Map<string, number>();
  for (const m of mails)
    if (!isClinicCopy(m)) wanted.set(m.to.toLowerCase(), (wanted.get(m.to.toLowerCase()) ?? 0) + 1);
  for (const [address, count] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    await lockAddress(tx, address);
    if ((await mailsToday(tx, address, now)) + count > env().MAIL_DAILY_CAP) return false;
  }
  return true;
}

/**
 * "refuse": mails a visitor's request causes; over the cap, MailCapError and nothing is queued (the caller's
 * transaction rolls back its change too). "send": mails the clinic or a timer causes (staff cancels, reminders):
 * counted, never refused, since no visitor can repeat them at will.
 */
export type CapPolicy = 'refuse' | 'send';

/** Whom a queued mail belongs to: it is deleted with a waitlist entry, kept (unlinked) when a booking goes. */
export type MailOwner = { bookingId: string } | { waitlistEntryId: string };

/**
 * Written in the caller's transaction, so a change and its mail commit or fail together. `now` is the
 * caller's clock (tests pass their own), so the mail is due and its retry window starts at the same time.
 */
export async function enqueueMailFor(
  tx: Tx,
  owner: MailOwner,
  mails: Mail[],
  now: Date,
  policy: CapPolicy = 'refuse',
): Promise<void> {
  if (mails.length === 0) return;
  if (policy === 'refuse' && !(await withinMailCap(tx, mails, now))) throw new MailCapError();
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
export async function enqueueMail(
  tx: Tx,
  bookingId: string,
  mails: Mail[],
  now: Date,
  policy: CapPolicy = 'refuse',
): Promise<void> {
  await enqueueMailFor(tx, { bookingId }, mails, now, policy);
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
