// The reminder before a visit, composed when it is queued so it carries the video link as it is then. Pure.
import type { Clinic } from '../../clinic/schema';
import type { Mail } from '../../mail/types';
import { bookingIcs } from '../bookingIcs';
import type { VideoWhere } from '../remindersPlan';
import { formatSlotDay, formatSlotTime, localDate } from '../slots';
import { oneLine } from '../../text/plainText';
import { clinicianName, describeWhen, visitLabel, type ClinicianNames } from '../visit';
import { emergencyLine, mailFacts, videoLinkLines, visitLines, type BookingFacts } from './messages';

export interface ReminderContext {
  clinic: Clinic;
  /** The schedule's clinicians, for the name shown. */
  clinicians: ClinicianNames;
  now: Date;
  /** The manage link, when the sealed token opened; otherwise the mail points to the confirmation. */
  manageUrl?: string;
  /** Grows with every mail about the booking, so calendars take this copy over the last. */
  sequence: number;
  /** Set for video visits: the clinician's link now (null when none is set). */
  video?: VideoWhere;
}

/**
 * "on Thursday, December 3 at 9:00 AM", clinic-local. Always the date, never "tomorrow": the mail is composed
 * when queued and may be delivered (and read) a day later, when "tomorrow" would name the wrong day.
 */
export function reminderWhen(clinic: Clinic, start: Date): string {
  const day = localDate(start, clinic.timeZone);
  return `on ${formatSlotDay(day)} at ${formatSlotTime(start, clinic.timeZone)}`;
}

function preparation(b: BookingFacts): string[] {
  const wear = 'Wear clothes you can move in, such as shorts or leggings and a loose top.';
  const bring = 'Have any scans, letters from a doctor and a list of your medicines to hand.';
  if (b.type === 'clinic') return [wear, bring.replace('Have', 'Bring').replace(' to hand', '')];
  return [
    'Join from a quiet, private place with room to stand and lie down, and set your camera so it can see all of you.',
    wear,
    bring,
  ];
}

function videoParagraph(video: VideoWhere | undefined): string[] {
  if (!video) return [];
  return video.url
    ? [`Join the video call here, a few minutes before the time: ${oneLine(video.url)}`, '']
    : ['We will email you the link to the video call before your visit.', ''];
}

/** The reminder the reader gets: when, where, with whom, the video link, what to bring, the manage link. */
export function reminderMail(facts: BookingFacts, ctx: ReminderContext): Mail & { kind: 'reminder' } {
  const b = mailFacts(facts);
  const { clinic } = ctx;
  return {
    kind: 'reminder',
    to: b.email,
    subject: `Reminder: your assessment ${reminderWhen(clinic, b.start)}`,
    text: [
      `Hello ${b.name},`,
      '',
      `This is a reminder of your free assessment ${reminderWhen(clinic, b.start)}.`,
      '',
      ...visitLines(b, { ...ctx, manageUrl: ctx.manageUrl ?? '' }),
      '',
      ...videoParagraph(ctx.video),
      ...preparation(b),
      '',
      ctx.manageUrl
        ? `If you need to move or cancel it, use your private link: ${ctx.manageUrl}`
        : `If you need to move or cancel it, use the private link in your confirmation email, or call us on ${clinic.phone}.`,
      '',
      'The attached calendar file updates the visit in your calendar.',
      '',
      emergencyLine(clinic),
      '',
      `${clinic.name}\n${clinic.phone}`,
    ].join('\n'),
    ics: bookingIcs(clinic, b, {
      status: 'CONFIRMED',
      sequence: ctx.sequence,
      now: ctx.now,
      clinicians: ctx.clinicians,
      video: ctx.video,
    }),
    notAfter: b.start,
  };
}

/** Staff hear when a video visit's reminder went out without a link, so they send one in time. */
export function missingVideoLinkMail(facts: BookingFacts, ctx: ReminderContext): Mail | undefined {
  const b = mailFacts(facts);
  if (b.type !== 'telehealth' || ctx.video?.url) return undefined;
  const { clinic } = ctx;
  return {
    kind: 'clinic-video-link-missing',
    to: clinic.email,
    subject: `No video link for ${clinicianName(ctx.clinicians, b.clinicianId)}: ${visitLabel(clinic, b.type)}, ${describeWhen(clinic, b.start)}`,
    text: [
      'A video visit is coming up and its reminder went out without a link.',
      '',
      ...videoLinkLines(ctx.clinicians, b, { url: null, linkNow: true, leadHours: 0 }),
      '',
      `When: ${describeWhen(clinic, b.start)}`,
      `Name: ${b.name}`,
      `Email: ${b.email}`,
      `Phone: ${b.phone}`,
      '',
      `Booking id: ${b.id}`,
    ].join('\n'),
    notAfter: b.start,
  };
}
