// When a booking's reminder goes out and what a video visit says about its link: pure, the time passed in.
import { seal } from '../crypto';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** REMINDER_HOURS when the caller does not say (lib/server/env.ts has the same default). */
export const DEFAULT_REMINDER_HOURS = 24;
/** The lead in force for these dependencies (tests may leave it out). */
export function leadHoursOf(deps: { reminderHours?: number }): number {
  return deps.reminderHours ?? DEFAULT_REMINDER_HOURS;
}

/** The purpose the manage token is sealed under: a key derived for it opens nothing else. */
export const MANAGE_TOKEN_PURPOSE = 'manage-token';
/** The outbox kinds a reminder queues: the reader's reminder and the clinic's missing-link flag. */
export const REMINDER_KINDS = ['reminder', 'clinic-video-link-missing'] as const;

/**
 * The reminder's due time: `leadHours` before the visit, when that is still ahead of the moment the booking was
 * made or moved. Null otherwise: a booking made inside the lead gets everything in its confirmation.
 */
export function remindAtFor(start: Date, madeAt: Date, leadHours: number): Date | null {
  const at = new Date(start.getTime() - leadHours * HOUR);
  return at.getTime() > madeAt.getTime() ? at : null;
}

/** From the reminder's time on (start minus the lead), a video visit's link is shown wherever it appears. */
export function linkTimeReached(start: Date, now: Date, leadHours: number): boolean {
  return now.getTime() >= start.getTime() - leadHours * HOUR;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "the day before", "2 days before", "3 hours before", "90 minutes before", "5 hours 30 minutes before". */
export function leadPhrase(leadHours: number): string {
  const minutes = Math.max(1, Math.round(leadHours * 60));
  if (minutes === 24 * 60) return 'the day before';
  if (minutes % (24 * 60) === 0) return `${plural(minutes / (24 * 60), 'day')} before`;
  if (minutes % 60 === 0) return `${plural(minutes / 60, 'hour')} before`;
  if (minutes > 120)
    return `${plural(Math.floor(minutes / 60), 'hour')} ${plural(minutes % 60, 'minute')} before`;
  return `${plural(minutes, 'minute')} before`;
}

/** The reminder columns of a new booking: its manage token sealed for the reminder, and when that is due. */
export function reminderColumns(
  opts: { secret?: string; leadHours: number; now: Date },
  start: Date,
  token: string,
): { manageTokenSealed: string | null; remindAt: Date | null } {
  return {
    manageTokenSealed: opts.secret ? seal(opts.secret, MANAGE_TOKEN_PURPOSE, token) : null,
    remindAt: remindAtFor(start, opts.now, opts.leadHours),
  };
}

/**
 * What a video visit's "Where" can say: the clinician's room link (null while staff have set none), and
 * whether the reminder's time has come, so the link is given now rather than announced.
 */
export interface VideoWhere {
  url: string | null;
  linkNow: boolean;
  leadHours: number;
}

export function videoLocation(video: VideoWhere | undefined): string {
  if (!video) return 'Video call';
  if (!video.linkNow) return `Video call: we email you the link ${leadPhrase(video.leadHours)}`;
  return video.url ? `Video call: ${video.url}` : 'Video call: we will email you the link before your visit';
}
