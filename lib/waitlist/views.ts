// The waitlist offer as the offer page shows it: components import these names from lib/waitlist, so the UI
// depends on the domain, not on the table layout in lib/db/schema.
import type { WaitlistEntryRow, WaitlistOfferRow } from '../db/schema';

/** What the offer page shows of an offer: the time, its visit type and when the offer ends. */
export type WaitlistOfferView = Pick<WaitlistOfferRow, 'type' | 'startAt' | 'expiresAt'>;

/** What the offer page shows of the waitlist entry the offer went to: the name, and whether it still waits. */
export type WaitlistEntryView = Pick<WaitlistEntryRow, 'name' | 'status'>;
