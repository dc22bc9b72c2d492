import { enqueueMailFor } from '../mail/outbox';
import { hashToken, randomToken } from '../crypto';
import { waitlistEntries, type WaitlistEntryRow } from '../db/schema';
import type { BookingDeps } from '../booking/deps';
import { leaveUrl } from './links';
import { joinedMail } from './mails';
import { freePlaces } from './places';
import type { JoinRequest } from './schema';

export type JoinResult = { kind: 'joined'; entry: WaitlistEntryRow } | { kind: 'free-times'; first: Date };

/**
 * Puts a reader on the list for a range with no free time, and queues the mail with their leave link in the
 * same transaction. A range that has a free time now is refused: the reader can book it, and an offer must
 * only ever be for a place that freed up.
 */
export async function joinWaitlist(deps: BookingDeps, request: JoinRequest): Promise<JoinResult> {
  const [first] = await freePlaces(deps, request.type, request.from, request.to);
  if (first) return { kind: 'free-times', first: first.start };
  const token = randomToken();
  return deps.db.transaction(async (tx) => {
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
  });
}
