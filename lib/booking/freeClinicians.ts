import type { BookingDeps } from './deps';
import { BookingError } from './errors';
import type { Tx } from '../db/types';
import { busyIntervals } from './queries';
import { slotIsOffered, type BusyInterval, type SlotRules } from './slots';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The clinicians free at `start`, read inside the caller's locked transaction. Throws `slot-taken` when the time
 * is offered but full, `not-offered` when it is not a time we offer at all. `ignore` drops a busy interval,
 * such as the booking being moved.
 */
export async function freeCliniciansAt(
  tx: Tx,
  deps: BookingDeps,
  rules: SlotRules,
  start: Date,
  ignore: (busy: BusyInterval) => boolean = () => false,
): Promise<[string, ...string[]]> {
  const busy = (
    await busyIntervals(tx, new Date(start.getTime() - DAY), new Date(start.getTime() + DAY))
  ).filter((b) => !ignore(b));
  const slot = slotIsOffered({ rules, now: deps.now, busy, start });
  const [first, ...rest] = slot?.freeClinicians ?? [];
  if (first !== undefined) return [first, ...rest];
  throw slotIsOffered({ rules, now: deps.now, busy: [], start })
    ? new BookingError('slot-taken', 'Sorry, that time was just taken. Please choose another time.')
    : new BookingError(
        'not-offered',
        'That time is not one we offer. Choose a time from the list of free times.',
      );
}
