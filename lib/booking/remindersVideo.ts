import { eq } from 'drizzle-orm';
import { clinicians } from '../db/schema';
import type { Executor } from '../db/types';
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
export async function videoLinkOf(db: Executor, clinicianId: string): Promise<string | null> {
  const [row] = await db
    .select({ url: clinicians.videoUrl })
    .from(clinicians)
    .where(eq(clinicians.id, clinicianId))
    .limit(1);
  return usableVideoUrl(row?.url);
}

/** What a visit's "Where" may say at `now`: undefined for a clinic visit, else its link or when it comes. */
export async function videoWhereAt(
  db: Executor,
  visit: { type: string; clinicianId: string; startAt: Date },
  now: Date,
  leadHours: number,
): Promise<VideoWhere | undefined> {
  if (visit.type !== 'telehealth') return undefined;
  return {
    url: await videoLinkOf(db, visit.clinicianId),
    linkNow: linkTimeReached(visit.startAt, now, leadHours),
    leadHours,
  };
}
