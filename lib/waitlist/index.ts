// The waitlist's public surface for the app and start-up.
export { offerFreedPlaces } from './offerFreedPlaces';
export { offerAfterChange, startWaitlistOffers } from './timer';
export { confirmOffer, findOffer, offerState, type ConfirmResult, type OfferState } from './confirmOffer';
export { joinWaitlist, type JoinResult } from './join';
export { findLeaving, leaveWaitlist, type LeaveResult } from './leave';
export { OFFER_HOURS, OFFERS_PER_SLOT } from './plan';
export { countWaiting, waitlistForStaff, type StaffWaitlistRow } from './staffView';
export type { WaitlistEntryView, WaitlistOfferView } from './views';
