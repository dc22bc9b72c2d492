// A video visit's link, from the schedule the caller has already loaded (staff set it at /admin/schedule). Pure.
import type { ScheduleClinician } from '../schedule/types';
import { linkTimeReached, type VideoWhere } from './remindersPlan';

/** An http(s) address, or null: anything else is never mailed or linked, and counts as no link set. */
export function usableVideoUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || /\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? text : null;
  } catch {
    return null;
  }
}

/** The video-room link staff set for a clinician on the schedule page, or null while none is set. */
export function videoLinkOf(
  clinicians: readonly Pick<ScheduleClinician, 'id' | 'videoUrl'>[],
  clinicianId: string,
): string | null {
  return usableVideoUrl(clinicians.find((c) => c.id === clinicianId)?.videoUrl);
}

/** What a visit's "Where" may say at `now`: undefined for a clinic visit, else its link or when it comes. */
export function videoWhereAt(
  clinicians: readonly Pick<ScheduleClinician, 'id' | 'videoUrl'>[],
  visit: { type: string; clinicianId: string; startAt: Date },
  now: Date,
  leadHours: number,
): VideoWhere | undefined {
  if (visit.type !== 'telehealth') return undefined;
  return {
    url: videoLinkOf(clinicians, visit.clinicianId),
    linkNow: linkTimeReached(visit.startAt, now, leadHours),
    leadHours,
  };
}
