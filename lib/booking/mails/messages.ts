// Pure builders of the emails a booking change sends. The outbox stores what they return.
import type { Clinic } from '../../clinic/schema';
import type { Mail } from '../../mail/types';
import { indentedLines, oneLine } from '../../text/plainText';
import { bookingIcs } from '../bookingIcs';
import type { VideoWhere } from '../remindersPlan';
import { clinicianName, describeWhen, visitLabel, visitLocation, type ClinicianNames } from '../visit';
import type { VisitType } from '../schema';

export type MailKind =
  'booked' | 'cancelled' | 'moved' | 'clinic-booked' | 'clinic-cancelled' | 'clinic-moved';

export type BookingMail = Mail & { kind: MailKind };

export interface BookingFacts {
  id: string;
  type: VisitType;
  start: Date;
  end: Date;
  clinicianId: string;
  name: string;
  email: string;
  phone: string;
  note: string | null;
  triageSummary: string | null;
  progressSummary: string | null;
}

export interface MailContext {
  clinic: Clinic;
  /** The schedule's clinicians, for the name shown: a clinician added by staff shows by name too. */
  clinicians: ClinicianNames;
  manageUrl: string;
  now: Date;
  /** Set by the staff page when the clinic cancels. */
  byClinic?: boolean;
  previousStart?: Date;
  sequence: number;
  /** A video visit's link as it stands when this mail is written; unset for clinic visits and cancellations. */
  video?: VideoWhere;
}

/**
 * The facts as a mail may print them: one-line fields on one line, and each further line of a note or summary
 * indented, so a value can never add a line of its own ("Email: …") to a mail. The schemas refuse control
 * characters already; this holds for rows stored before they did.
 */
export function mailFacts(b: BookingFacts): BookingFacts {
  const block = (text: string | null) => (text === null ? null : indentedLines(text));
  return {
    ...b,
    name: oneLine(b.name),
    email: oneLine(b.email),
    phone: oneLine(b.phone),
    note: block(b.note),
    triageSummary: block(b.triageSummary),
    progressSummary: block(b.progressSummary),
  };
}

function ics(b: BookingFacts, ctx: MailContext, status: 'CONFIRMED' | 'CANCELLED'): string {
  return bookingIcs(ctx.clinic, b, {
    clinicians: ctx.clinicians,
    status,
    sequence: ctx.sequence,
    now: ctx.now,
    video: ctx.video,
  });
}

export function visitLines(b: BookingFacts, ctx: MailContext): string[] {
  return [
    `When: ${describeWhen(ctx.clinic, b.start)}`,
    `Where: ${oneLine(visitLocation(ctx.clinic, b.type, ctx.video))}`,
    `With: ${oneLine(clinicianName(ctx.clinicians, b.clinicianId))}`,
  ];
}

/** Tells staff whether the reader will get a video link, so a missing one is set (or sent) in time. */
export function videoLinkLines(
  clinicians: ClinicianNames,
  b: BookingFacts,
  video: VideoWhere | undefined,
): string[] {
  if (b.type !== 'telehealth' || !video) return [];
  return video.url
    ? [`Video link: ${oneLine(video.url)}`]
    : [
        `No video link set for ${oneLine(clinicianName(clinicians, b.clinicianId))}: add it on the schedule page, or email the reader the link yourself.`,
      ];
}

export const emergencyLine = (clinic: Clinic) =>
  `If your symptoms suddenly get worse, such as numbness around your genitals or buttocks, or new trouble peeing, do not wait for this visit: call ${clinic.emergencyNumber}.`;

export function readerMail(
  kind: 'booked' | 'cancelled' | 'moved',
  facts: BookingFacts,
  ctx: MailContext,
): BookingMail {
  const { clinic } = ctx;
  const b = mailFacts(facts);
  const sign = `${clinic.name}\n${clinic.phone}`;
  if (kind === 'cancelled') {
    return {
      kind,
      to: b.email,
      subject: `Cancelled: your free assessment on ${describeWhen(clinic, b.start)}`,
      text: [
        `Hello ${b.name},`,
        '',
        ctx.byClinic
          ? 'We are sorry: we had to cancel your free assessment. Please book another time that suits you, or call us and we will help.'
          : 'Your free assessment has been cancelled, as you asked.',
        '',
        ...visitLines(b, ctx),
        '',
        'You can book again at any time on our website.',
        '',
        sign,
      ].join('\n'),
      ics: ics(b, ctx, 'CANCELLED'),
    };
  }
  return {
    kind,
    to: b.email,
    subject: `${kind === 'moved' ? 'Moved' : 'Booked'}: your free assessment on ${describeWhen(clinic, b.start)}`,
    text: [
      `Hello ${b.name},`,
      '',
      kind === 'moved'
        ? `Your free assessment has moved${ctx.previousStart ? ` from ${describeWhen(clinic, ctx.previousStart)}` : ''}. Here are the new details.`
        : 'Your free assessment is booked. Here are the details.',
      '',
      ...visitLines(b, ctx),
      '',
      `To view, move or cancel it, use this private link: ${ctx.manageUrl}`,
      'Keep it safe: anyone with the link can change your booking.',
      '',
      'The attached calendar file adds the visit to your calendar.',
      '',
      emergencyLine(clinic),
      '',
      sign,
    ].join('\n'),
    ics: ics(b, ctx, 'CONFIRMED'),
  };
}

export function clinicMail(
  kind: 'booked' | 'cancelled' | 'moved',
  facts: BookingFacts,
  ctx: MailContext,
): BookingMail {
  const { clinic } = ctx;
  const b = mailFacts(facts);
  const title = {
    booked: 'New booking',
    cancelled: ctx.byClinic ? 'Booking cancelled by staff' : 'Booking cancelled',
    moved: 'Booking moved',
  }[kind];
  return {
    kind: `clinic-${kind}`,
    to: clinic.email,
    subject: `${title}: ${visitLabel(clinic, b.type)}, ${describeWhen(clinic, b.start)}`,
    text: [
      `${title}.`,
      '',
      ...visitLines(b, ctx),
      ...(kind === 'moved' && ctx.previousStart ? [`Was: ${describeWhen(clinic, ctx.previousStart)}`] : []),
      ...(kind === 'cancelled' ? [] : videoLinkLines(ctx.clinicians, b, ctx.video)),
      `Name: ${b.name}`,
      `Email: ${b.email}`,
      `Phone: ${b.phone}`,
      ...(b.note ? [`Note: ${b.note}`] : []),
      ...(b.triageSummary ? ['', 'Self-check summary (attached by the reader):', b.triageSummary] : []),
      ...(b.progressSummary
        ? ['', 'Recovery tracker summary (attached by the reader):', b.progressSummary]
        : []),
      '',
      `Booking id: ${b.id}`,
    ].join('\n'),
  };
}
