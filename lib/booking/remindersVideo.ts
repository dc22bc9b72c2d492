import { eq } from 'drizzle-orm';
import { clinicians } from '../db/schema';
import type { Executor } from '../db/types';
import { linkTimeReached, type VideoWhere } from './remindersPlan';

/** The video-room link staff set for a clinician on the schedule page, or null while none is set. */
export async function videoLinkOf(db: Executor, clinicianId: string): Promise<string | null> {
  const [row] = await db
    .select({ url: clinicians.videoUrl })
    .from(clinicians)
    .where(eq(clinicians.id, clinicianId))
    .limit(1);
  return row?.url?.trim() || null;
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
