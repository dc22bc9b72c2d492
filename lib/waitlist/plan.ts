// Which waiting entries are offered which free place: pure, so the rule is tested without a database.
import type { VisitType } from '../booking/schema';

/** Up to this many entries are offered one place at once; the first to confirm books it. */
export const OFFERS_PER_SLOT = 2;
/** An offer is held this long at most (less when the visit's notice ends sooner), then passes on. */
export const OFFER_HOURS = 12;

export interface FreePlace {
  type: VisitType;
  start: Date;
  /** The clinic-local date of the start. */
  day: string;
}

export interface WaitingEntry {
  id: string;
  type: VisitType;
  fromDate: string;
  toDate: string;
  email: string;
  createdAt: Date;
}

export interface ExistingOffer {
  entryId: string;
  type: VisitType;
  start: Date;
  status: 'open' | 'booked' | 'taken' | 'expired';
  expiresAt: Date;
}

export interface PlannedOffer {
  entryId: string;
  place: FreePlace;
}

const placeKey = (type: string, start: Date) => `${type}|${start.getTime()}`;
const isLive = (o: ExistingOffer, now: Date) => o.status === 'open' && o.expiresAt > now;

/**
 * For each free place, earliest first, the first entries (by when they joined) whose range holds its day, that
 * were never offered that place and hold no other live offer, until the place has OFFERS_PER_SLOT live offers.
 * An entry gets at most one offer per run, so one reader is never asked to choose between two mails. Entries
 * with the same email count as one reader, so joining twice never takes both offers of a place.
 */
export function planOffers(
  places: readonly FreePlace[],
  entries: readonly WaitingEntry[],
  offers: readonly ExistingOffer[],
  now: Date,
): PlannedOffer[] {
  const person = new Map(entries.map((e) => [e.id, e.email.toLowerCase()]));
  const whose = (entryId: string) => person.get(entryId) ?? entryId;
  const busy = new Set(offers.filter((o) => isLive(o, now)).map((o) => whose(o.entryId)));
  const offeredBefore = new Set(offers.map((o) => `${whose(o.entryId)}|${o.start.getTime()}`));
  const liveAt = new Map<string, number>();
  for (const o of offers.filter((x) => isLive(x, now)))
    liveAt.set(placeKey(o.type, o.start), (liveAt.get(placeKey(o.type, o.start)) ?? 0) + 1);
  const queue = [...entries].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const planned: PlannedOffer[] = [];
  for (const place of [...places].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    let room = OFFERS_PER_SLOT - (liveAt.get(placeKey(place.type, place.start)) ?? 0);
    for (const entry of queue) {
      if (room <= 0) break;
      const who = whose(entry.id);
      if (entry.type !== place.type || busy.has(who)) continue;
      if (place.day < entry.fromDate || place.day > entry.toDate) continue;
      if (offeredBefore.has(`${who}|${place.start.getTime()}`)) continue;
      planned.push({ entryId: entry.id, place });
      busy.add(who);
      room -= 1;
    }
  }
  return planned;
}

/** When an offer lapses: after OFFER_HOURS, or earlier when the visit comes inside the booking notice. */
export function offerExpiry(start: Date, minNoticeMinutes: number, now: Date): Date {
  const lastBookable = start.getTime() - minNoticeMinutes * 60_000;
  return new Date(Math.min(lastBookable, now.getTime() + OFFER_HOURS * 3_600_000));
}

/** Whole days from `from` to `to` (clinic-local YYYY-MM-DD), inclusive of both. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
