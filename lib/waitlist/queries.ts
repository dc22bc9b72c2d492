import { and, asc, count, eq, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import { waitlistEntries, waitlistOffers, type WaitlistEntryRow, type WaitlistOfferRow } from '../db/schema';
import type { Executor, Tx } from '../db/types';
import { withdrawMailFor } from '../mail/outbox';
import { OFFER_MAIL_KIND } from './mails';

/**
 * One run of the offer maker at a time, across every app instance: the open-offer count per entry and per place
 * is read and written under this lock (the unique (entry_id, start_at) index stays as the last guard).
 */
export async function lockWaitlist(tx: Tx): Promise<void> {
  await tx.execute(sql`set local lock_timeout = '10s'`);
  await tx.execute(sql`select pg_advisory_xact_lock(727276)`);
}

export async function waitingEntries(db: Executor): Promise<WaitlistEntryRow[]> {
  return db
    .select()
    .from(waitlistEntries)
    .where(eq(waitlistEntries.status, 'waiting'))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
}

export async function countWaiting(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(waitlistEntries)
    .where(eq(waitlistEntries.status, 'waiting'));
  return row?.n ?? 0;
}

/** One page of the waiting entries in line order, for the staff list. */
export async function waitingPage(
  db: Executor,
  page: { offset: number; limit: number },
): Promise<WaitlistEntryRow[]> {
  return db
    .select()
    .from(waitlistEntries)
    .where(eq(waitlistEntries.status, 'waiting'))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function offersFor(db: Executor, entryIds: string[]): Promise<WaitlistOfferRow[]> {
  if (entryIds.length === 0) return [];
  return db.select().from(waitlistOffers).where(inArray(waitlistOffers.entryId, entryIds));
}

/** Entries whose last date is before `today` end, with their open offers. */
export async function endPassedEntries(db: Executor, today: string, now: Date): Promise<number> {
  const ended = await db
    .update(waitlistEntries)
    .set({ status: 'ended', endedAt: now, updatedAt: now })
    .where(and(eq(waitlistEntries.status, 'waiting'), lt(waitlistEntries.toDate, today)))
    .returning({ id: waitlistEntries.id });
  await closeOpenOffers(
    db,
    ended.map((e) => e.id),
    'expired',
    now,
  );
  return ended.length;
}

export async function expireLapsedOffers(db: Executor, now: Date): Promise<void> {
  await db
    .update(waitlistOffers)
    .set({ status: 'expired' })
    .where(and(eq(waitlistOffers.status, 'open'), lte(waitlistOffers.expiresAt, now)));
}

export async function closeOpenOffers(
  db: Executor,
  entryIds: string[],
  status: 'taken' | 'expired',
  now: Date,
): Promise<void> {
  if (entryIds.length === 0) return;
  await db
    .update(waitlistOffers)
    .set({ status, usedAt: now })
    .where(and(eq(waitlistOffers.status, 'open'), inArray(waitlistOffers.entryId, entryIds)));
  await withdrawOfferMails(db, entryIds);
}

/**
 * An entry holds one live offer at a time, so once its offers close, any of its offer mails still queued are
 * for a place it can no longer have: they expire unsent rather than send the reader to a "taken" page.
 */
async function withdrawOfferMails(db: Executor, entryIds: string[]): Promise<void> {
  for (const waitlistEntryId of new Set(entryIds))
    await withdrawMailFor(db, { waitlistEntryId }, [OFFER_MAIL_KIND]);
}

/** Open offers of other entries for a place that is no longer free: their links now say it was taken. */
export async function markPlaceTaken(
  db: Executor,
  type: WaitlistOfferRow['type'],
  start: Date,
  exceptOfferId?: string,
): Promise<void> {
  const taken = await db
    .update(waitlistOffers)
    .set({ status: 'taken' })
    .where(
      and(
        eq(waitlistOffers.status, 'open'),
        eq(waitlistOffers.type, type),
        eq(waitlistOffers.startAt, start),
        exceptOfferId ? ne(waitlistOffers.id, exceptOfferId) : undefined,
      ),
    )
    .returning({ entryId: waitlistOffers.entryId });
  await withdrawOfferMails(
    db,
    taken.map((t) => t.entryId),
  );
}

export interface OfferWithEntry {
  offer: WaitlistOfferRow;
  entry: WaitlistEntryRow;
}

export async function offerByTokenHash(db: Executor, tokenHash: string): Promise<OfferWithEntry | undefined> {
  const [row] = await offerQuery(db, tokenHash);
  return row;
}

function offerQuery(db: Executor, tokenHash: string) {
  return db
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .where(eq(waitlistOffers.tokenHash, tokenHash))
    .limit(1);
}

/**
 * The offer and its entry, locked until the transaction ends: a leave or a second press waits for the booking
 * made from it, then finds it settled.
 */
export async function lockOfferByTokenHash(tx: Tx, tokenHash: string): Promise<OfferWithEntry | undefined> {
  const [row] = await offerQuery(tx, tokenHash).for('update');
  return row;
}

/** The entry a leave link names: by its own leave token, or by the token of an offer made to it. */
export async function entryByLeaveHash(
  db: Executor,
  tokenHash: string,
): Promise<WaitlistEntryRow | undefined> {
  const [own] = await db
    .select()
    .from(waitlistEntries)
    .where(eq(waitlistEntries.leaveTokenHash, tokenHash))
    .limit(1);
  if (own) return own;
  return (await offerByTokenHash(db, tokenHash))?.entry;
}
