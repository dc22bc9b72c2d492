// Pure builders of the waitlist's mails. Every one carries the link to leave the list.
import type { Clinic } from '../clinic/schema';
import type { Mail } from '../mail/types';
import type { VisitType } from '../booking/schema';
import { formatSlotDay } from '../booking/slots';
import { describeWhen, visitLabel } from '../booking/visit';
import { OFFERS_PER_SLOT } from './plan';
import { oneLine } from '../text/plainText';

export const OFFER_MAIL_KIND = 'waitlist-offer';
export type WaitlistMailKind = 'waitlist-joined' | typeof OFFER_MAIL_KIND;
export type WaitlistMail = Mail & { kind: WaitlistMailKind };

export interface EntryFacts {
  type: VisitType;
  fromDate: string;
  toDate: string;
  name: string;
  email: string;
}

export function describeRange(fromDate: string, toDate: string): string {
  return fromDate === toDate
    ? formatSlotDay(fromDate)
    : `${formatSlotDay(fromDate)} to ${formatSlotDay(toDate)}`;
}

const leaveLines = (leaveUrl: string) => [
  `To leave the waitlist, use this link: ${leaveUrl}`,
  'Otherwise you stay on it until the last date you gave has passed.',
];

export function joinedMail(entry: EntryFacts, clinic: Clinic, leaveUrl: string): WaitlistMail {
  const range = describeRange(entry.fromDate, entry.toDate);
  return {
    kind: 'waitlist-joined',
    to: entry.email,
    subject: `You are on the waitlist: ${visitLabel(clinic, entry.type)}, ${range}`,
    text: [
      `Hello ${oneLine(entry.name)},`,
      '',
      `You are on our waitlist for a free assessment (${visitLabel(clinic, entry.type).toLowerCase()}), for the dates ${range}.`,
      '',
      'If a time in those dates frees up, we email you a link that books it in one step. We send each free time to',
      `up to ${OFFERS_PER_SLOT} people on the list at once, in the order they joined: the first to confirm gets it.`,
      '',
      ...leaveLines(leaveUrl),
      '',
      `${clinic.name}\n${clinic.phone}`,
    ].join('\n'),
  };
}

export interface OfferFacts {
  start: Date;
  expiresAt: Date;
  bookUrl: string;
  leaveUrl: string;
}

export function offerMail(entry: EntryFacts, clinic: Clinic, offer: OfferFacts): WaitlistMail {
  const when = describeWhen(clinic, offer.start);
  return {
    kind: OFFER_MAIL_KIND,
    to: entry.email,
    subject: `A time is free: ${visitLabel(clinic, entry.type)}, ${when}`,
    text: [
      `Hello ${oneLine(entry.name)},`,
      '',
      `A time you are waiting for is free: ${when}, ${visitLabel(clinic, entry.type).toLowerCase()}.`,
      '',
      `To book it, open this link and press "Book this time": ${offer.bookUrl}`,
      `We offered this time to up to ${OFFERS_PER_SLOT} people on the waitlist: the first to confirm gets it.`,
      `The offer ends ${describeWhen(clinic, offer.expiresAt)}.`,
      'If someone else is quicker, or you let it pass, you stay on the waitlist.',
      '',
      ...leaveLines(offer.leaveUrl),
      '',
      `${clinic.name}\n${clinic.phone}`,
    ].join('\n'),
  };
}
