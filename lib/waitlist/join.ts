import { and, eq, gt, sql } from 'drizzle-orm';
import { enqueueMailFor, lockAddress, MailCapError } from '../mail/outbox';
import { hashToken, randomToken } from '../crypto';
import { waitlistEntries, type WaitlistEntryRow } from '../db/schema';
import type { Tx } from '../db/types';
import { env } from '../server/env';
import type { BookingDeps } from '../booking/deps';
import { leaveUrl } from './links';
import { joinedMail } from './mails';
import { freePlaces } from './places';
import type { JoinRequest } from './schema';

export type JoinResult =
  { kind: 'joined'; entry: WaitlistEntryRow } | { kind: 'free-times'; first: Date } | { kind: 'limit' };

/** Entries this address (any case) made in the 24 hours before `now`; the caller holds the address lock. */
async function entriesToday(tx: Tx, email: string, now: Date): Promise<number> {
  return tx.$count(
    waitlistEntries,
    and(
      eq(sql`lower(${waitlistEntries.email})`, email.toLowerCase()),
      gt(waitlistEntries.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)),
    ),
  );
}

/**
 * Puts a reader on the list for a range with no free time, and queues the mail with their leave link in the
 * same transaction. A range that has a free time now is refused: the reader can book it, and an offer must
 * only ever be for a place that freed up.
 */
export async function joinWaitlist(deps: BookingDeps, request: JoinRequest): Promise<JoinResult> {
  const [first] = await freePlaces(deps, request.type, request.from, request.to);
  if (first) return { kind: 'free-times', first: first.start };
  const token = randomToken();
  try {
    return await deps.db.transaction((tx) => insertEntry(tx, deps, request, token));
  } catch (error) {
    // Over the address's daily mail cap: rolled back, nothing kept.
    if (error instanceof MailCapError) return { kind: 'limit' };
    throw error;
  }
}

/** The entry and its mail, unless this address made PER_EMAIL_DAILY_LIMIT entries today. */
async function insertEntry(
  tx: Tx,
  deps: BookingDeps,
  request: JoinRequest,
  token: string,
): Promise<JoinResult> {
  await lockAddress(tx, request.email);
  if ((await entriesToday(tx, request.email, deps.now)) >= env().PER_EMAIL_DAILY_LIMIT)
    return { kind: 'limit' };
  const [entry] = await tx
    .insert(waitlistEntries)
    .values({
      type: request.type,
      fromDate: request.from,
      toDate: request.to,
      name: request.name,
      email: request.email,
      phone: request.phone,
      consentAt: deps.now,
      leaveTokenHash: hashToken(token),
      createdAt: deps.now,
      updatedAt: deps.now,
    })
    .returning();
  if (!entry) throw new Error('insert returned no row');
  await enqueueMailFor(
    tx,
    { waitlistEntryId: entry.id },
    [joinedMail(entry, deps.clinic, leaveUrl(deps.siteUrl, token))],
    deps.now,
  );
  return { kind: 'joined' as const, entry };
}
