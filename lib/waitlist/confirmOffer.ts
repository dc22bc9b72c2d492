import { and, eq } from 'drizzle-orm';
import { hashToken, isRandomToken } from '../crypto';
import { waitlistEntries, waitlistOffers, type BookingRow, type WaitlistOfferRow } from '../db/schema';
import { createBookingIn } from '../booking/createBooking';
import type { BookingDeps } from '../booking/deps';
import { asLimit, BookingError, isLockTimeout, isUniqueViolation } from '../booking/errors';
import { lockSchedule } from '../booking/queries';
import type { Executor, Tx } from '../db/types';
import { freePlaces } from './places';
import { localDate } from '../booking/slots';
import { lockOfferByTokenHash, markPlaceTaken, offerByTokenHash, type OfferWithEntry } from './queries';

/** What pressing "Book this time" led to; every outcome is one the offer page explains. */
export type ConfirmResult =
  | { kind: 'booked'; offer: WaitlistOfferRow; booking: BookingRow; manageToken?: string }
  | { kind: 'already-booked'; offer: WaitlistOfferRow }
  | { kind: 'taken'; offer: WaitlistOfferRow }
  | { kind: 'expired'; offer: WaitlistOfferRow }
  | { kind: 'left'; offer: WaitlistOfferRow }
  | { kind: 'busy'; offer: WaitlistOfferRow }
  | { kind: 'limit'; offer: WaitlistOfferRow }
  | { kind: 'not-found' };

export type OfferState = Exclude<ConfirmResult['kind'], 'booked' | 'busy' | 'limit' | 'not-found'> | 'open';

/** The state an offer's page shows, from the stored rows alone (GET never changes anything). */
export function offerState({ offer, entry }: OfferWithEntry, now: Date): OfferState {
  if (offer.status === 'booked') return 'already-booked';
  if (offer.status === 'taken') return 'taken';
  if (entry.status === 'left' || entry.status === 'ended') return 'left';
  if (offer.status === 'expired' || offer.expiresAt <= now) return 'expired';
  if (entry.status === 'booked') return 'already-booked';
  return 'open';
}

export async function findOffer(deps: BookingDeps, token: string): Promise<OfferWithEntry | undefined> {
  return isRandomToken(token) ? offerByTokenHash(deps.db, hashToken(token)) : undefined;
}

async function settle(db: Executor, now: Date, offer: WaitlistOfferRow, status: 'taken' | 'expired') {
  await db
    .update(waitlistOffers)
    .set({ status, usedAt: now })
    .where(and(eq(waitlistOffers.id, offer.id), eq(waitlistOffers.status, 'open')));
}

/**
 * The booking is made: the offer and the entry say so, and the other people offered this place, if it is now
 * full, see it taken. All in the booking's own transaction, so a booking never stands without its "booked".
 */
async function recordBooked(tx: Tx, deps: BookingDeps, found: OfferWithEntry, booking: BookingRow) {
  await tx
    .update(waitlistOffers)
    .set({ status: 'booked', usedAt: deps.now })
    .where(eq(waitlistOffers.id, found.offer.id));
  await tx
    .update(waitlistEntries)
    .set({ status: 'booked', bookingId: booking.id, endedAt: deps.now, updatedAt: deps.now })
    .where(eq(waitlistEntries.id, found.entry.id));
  const { type, startAt } = found.offer;
  const day = localDate(startAt, deps.clinic.timeZone);
  const stillFree = (await freePlaces(deps, type, day, day, tx)).some(
    (p) => p.start.getTime() === startAt.getTime(),
  );
  if (!stillFree) await markPlaceTaken(tx, type, startAt, found.offer.id);
}

/**
 * The check, the booking and "booked" in one transaction under the schedule lock, the offer row locked: of two
 * presses (or a press and a leave) the second waits and then finds the offer settled.
 */
async function bookOffer(deps: BookingDeps, tokenHash: string): Promise<ConfirmResult> {
  return deps.db.transaction(async (tx) => {
    await lockSchedule(tx);
    const found = await lockOfferByTokenHash(tx, tokenHash);
    if (!found) return { kind: 'not-found' };
    const { offer, entry } = found;
    const state = offerState(found, deps.now);
    if (state !== 'open') {
      if (state === 'expired') await settle(tx, deps.now, offer, 'expired');
      return { kind: state, offer };
    }
    const created = await createBookingIn(tx, deps, {
      type: offer.type,
      start: offer.startAt,
      name: entry.name,
      email: entry.email,
      phone: entry.phone,
      idempotencyKey: `waitlist-offer:${offer.id}`,
    });
    await recordBooked(tx, deps, found, created.booking);
    return created.replayed
      ? { kind: 'booked', offer, booking: created.booking }
      : { kind: 'booked', offer, booking: created.booking, manageToken: created.token };
  });
}

/**
 * Books the offered place for the entry in one step. The booking's idempotency key is the offer's id, so a
 * double click or a retry after a crash books once, and the offer is single-use: once settled, a second press
 * only says what happened. Of two people offered the last place, the booking's own lock lets exactly one win.
 */
export async function confirmOffer(deps: BookingDeps, token: string): Promise<ConfirmResult> {
  const found = await findOffer(deps, token);
  if (!found) return { kind: 'not-found' };
  const { offer } = found;
  try {
    return await bookOffer(deps, hashToken(token));
  } catch (error) {
    if (isLockTimeout(error)) return { kind: 'busy', offer };
    const known = asLimit(error);
    if (!(known instanceof BookingError) && !isUniqueViolation(known)) throw error;
    // Nothing changed: the offer stays open, and the reader may try again (or call).
    if (known instanceof BookingError && (known.kind === 'busy' || known.kind === 'limit'))
      return { kind: known.kind, offer };
    // Full meanwhile, or now inside the notice: either way this place is gone for this reader.
    const status = known instanceof BookingError && known.kind !== 'slot-taken' ? 'expired' : 'taken';
    await settle(deps.db, deps.now, offer, status);
    return { kind: status, offer };
  }
}
