import { and, eq } from 'drizzle-orm';
import { hashToken, isRandomToken } from '../crypto';
import { waitlistEntries, type WaitlistEntryRow } from '../db/schema';
import type { Executor } from '../db/types';
import { closeOpenOffers, entryByLeaveHash } from './queries';

export async function findLeaving(db: Executor, token: string): Promise<WaitlistEntryRow | undefined> {
  return isRandomToken(token) ? entryByLeaveHash(db, hashToken(token)) : undefined;
}

export type LeaveResult = { kind: 'left' | 'already-ended'; entry: WaitlistEntryRow } | { kind: 'not-found' };

/** Takes the reader off the list; their open offers end with it, so the places pass to the next in line. */
export async function leaveWaitlist(db: Executor, token: string, now: Date): Promise<LeaveResult> {
  const entry = await findLeaving(db, token);
  if (!entry) return { kind: 'not-found' };
  const [left] = await db
    .update(waitlistEntries)
    .set({ status: 'left', endedAt: now, updatedAt: now })
    .where(and(eq(waitlistEntries.id, entry.id), eq(waitlistEntries.status, 'waiting')))
    .returning();
  if (!left) return { kind: 'already-ended', entry };
  await closeOpenOffers(db, [left.id], 'expired', now);
  return { kind: 'left', entry: left };
}
