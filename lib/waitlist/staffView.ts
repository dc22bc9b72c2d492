import type { Executor } from '../db/types';
import type { WaitlistEntryRow } from '../db/schema';
import { offersFor, waitingEntries } from './queries';

export interface StaffWaitlistRow {
  entry: WaitlistEntryRow;
  offersMade: number;
  openOffers: number;
}

/** The waiting entries in line order, with how many places each was offered and how many are open now. */
export async function waitlistForStaff(db: Executor, now: Date): Promise<StaffWaitlistRow[]> {
  const entries = await waitingEntries(db);
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
