import { loadSchedule } from '../schedule';
import { enqueueMailFor, withinMailCap } from '../mail/outbox';
import { hashToken, randomToken } from '../crypto';
import { waitlistOffers, type WaitlistEntryRow } from '../db/schema';
import type { Tx } from '../db/types';
import type { BookingDeps } from '../booking/deps';
import type { VisitType } from '../booking/schema';
import { localDate } from '../booking/slots';
import { leaveUrl, offerUrl } from './links';
import { OFFER_MAIL_KIND, offerMail } from './mails';
import { freePlaces } from './places';
import { offerExpiry, planOffers, type FreePlace, type PlannedOffer } from './plan';
import {
  endPassedEntries,
  expireLapsedOffers,
  lockWaitlist,
  markPlaceTaken,
  offersFor,
  waitingEntries,
} from './queries';

/** The free places across the ranges of the waiting entries, one read per visit type. */
async function placesFor(deps: BookingDeps, entries: WaitlistEntryRow[], today: string) {
  const types = [...new Set(entries.map((e) => e.type))];
  const lists = await Promise.all(
    types.map((type: VisitType) => {
      const of = entries.filter((e) => e.type === type);
      const from = of.map((e) => e.fromDate).reduce((a, b) => (a < b ? a : b));
      const to = of.map((e) => e.toDate).reduce((a, b) => (a > b ? a : b));
      return freePlaces(deps, type, from < today ? today : from, to);
    }),
  );
  return lists.flat();
}

async function makeOffer(
  tx: Tx,
  deps: BookingDeps,
  minNoticeMinutes: number,
  entry: WaitlistEntryRow,
  { place }: PlannedOffer,
) {
  // An address at its daily mail cap gets no offer this run (the place waits for the next run or the next in
  // line); throwing here would undo every other offer of the run.
  if (
    !(await withinMailCap(tx, [{ kind: OFFER_MAIL_KIND, to: entry.email, subject: '', text: '' }], deps.now))
  )
    return false;
  const token = randomToken();
  const expiresAt = offerExpiry(place.start, minNoticeMinutes, deps.now);
  const [offer] = await tx
    .insert(waitlistOffers)
    .values({
      entryId: entry.id,
      type: place.type,
      startAt: place.start,
      tokenHash: hashToken(token),
      expiresAt,
      createdAt: deps.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!offer) return false;
  const mail = offerMail(entry, deps.clinic, {
    start: place.start,
    expiresAt,
    bookUrl: offerUrl(deps.siteUrl, token),
    leaveUrl: leaveUrl(deps.siteUrl, token),
  });
  // Useless once the offer ends: delivery then expires it unsent.
  await enqueueMailFor(tx, { waitlistEntryId: entry.id }, [{ ...mail, notAfter: expiresAt }], deps.now);
  return true;
}

/** Open offers for places that are no longer free (booked meanwhile) stop holding their entries. */
async function releaseTakenPlaces(tx: Tx, entryIds: string[], places: FreePlace[], now: Date) {
  const free = new Set(places.map((p) => `${p.type}|${p.start.getTime()}`));
  const open = (await offersFor(tx, entryIds)).filter((o) => o.status === 'open' && o.expiresAt > now);
  for (const o of open)
    if (!free.has(`${o.type}|${o.startAt.getTime()}`)) await markPlaceTaken(tx, o.type, o.startAt);
}

/**
 * Offers freed places to the waitlist: ends entries whose range has passed, lapses old offers, then, for each
 * free place in a waiting range, offers it to the first entries in line (plan.ts) with a mail each. Safe to
 * call at any time from any instance: runs are serialised by the waitlist lock, and a place is offered to an
 * entry at most once (unique index). Returns how many offers it made.
 */
export async function offerFreedPlaces(deps: BookingDeps): Promise<number> {
  const today = localDate(deps.now, deps.clinic.timeZone);
  await endPassedEntries(deps.db, today, deps.now);
  await expireLapsedOffers(deps.db, deps.now);
  const before = await waitingEntries(deps.db);
  if (before.length === 0) return 0;
  // Read outside the transaction: availability takes the database itself, and PGlite has one connection.
  const places = await placesFor(deps, before, today);
  return deps.db.transaction(async (tx) => {
    await lockWaitlist(tx);
    const entries = await waitingEntries(tx);
    const ids = entries.map((e) => e.id);
    await releaseTakenPlaces(tx, ids, places, deps.now);
    const offers = (await offersFor(tx, ids)).map((o) => ({ ...o, start: o.startAt }));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const { minNoticeMinutes } = await loadSchedule(tx);
    let made = 0;
    for (const planned of planOffers(places, entries, offers, deps.now)) {
      const entry = byId.get(planned.entryId);
      if (entry && (await makeOffer(tx, deps, minNoticeMinutes, entry, planned))) made += 1;
    }
    return made;
  });
}
