import type { Executor } from '../db/types';
import type { WaitlistEntryRow } from '../db/schema';
import { countWaiting, offersFor, waitingPage } from './queries';

export { countWaiting };

export interface StaffWaitlistRow {
  entry: WaitlistEntryRow;
  offersMade: number;
  openOffers: number;
}

/**
 * One page of the waiting entries in line order, with how many places each was offered and how many are open
 * now.
 */
export async function waitlistForStaff(
  db: Executor,
  now: Date,
  page: { offset: number; limit: number },
): Promise<StaffWaitlistRow[]> {
  const entries = await waitingPage(db, page);
  const offers = await offersFor(
    db,
    entries.map((e) => e.id),
  );
  return entries.map((entry) => {
    const mine = offers.filter((o) => o.entryId === entry.id);
    return {
      entry,
      offersMade: mine.length,
      openOffers: mine.filter((o) => o.status === 'open' && o.expiresAt > now).length,
    };
  });
}
