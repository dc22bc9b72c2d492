/** The one-step booking link in an offer mail. */
export function offerUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/book/waitlist/offer/${token}`;
}

/**
 * The "leave the waitlist" link. The joined mail carries the entry's own leave token; an offer mail carries its
 * offer token, which also identifies the entry (only hashes are stored, so the entry's token cannot be re-sent).
 */
export function leaveUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/book/waitlist/leave/${token}`;
}
