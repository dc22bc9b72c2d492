import type { ScheduleSeed } from '../clinic/seed';
import { visitTypes, type VisitType } from '../clinic/visitTypes';
import type { Schedule, ScheduleClinician, WeeklyHours } from './types';

/** The schedule a seed describes, without a database: what an empty database starts with (tests use it). */
export function scheduleFromSeed(seed: ScheduleSeed): Schedule {
  return {
    version: 1,
    minNoticeMinutes: seed.minNoticeMinutes,
    horizonDays: seed.horizonDays,
    hours: Object.fromEntries(visitTypes.map((t) => [t, structuredClone(seed.hours[t] ?? {})])) as Record<
      VisitType,
      WeeklyHours
    >,
    slotMinutes: { ...seed.slotMinutes },
    closures: seed.closures.map((c, i) => ({ id: `seed-${i}`, ...c })),
    clinicians: seed.clinicians.map((c) => ({ ...seededClinician(c), visitTypes: [...c.visitTypes] })),
  };
}

/** A seed clinician's own fields with the defaults filled in: the schedule above and the rows seeding writes. */
export function seededClinician(
  c: ScheduleSeed['clinicians'][number],
): Omit<ScheduleClinician, 'visitTypes'> {
  return {
    id: c.id,
    name: c.name,
    credentials: c.credentials,
    role: c.role,
    active: c.active ?? true,
    videoUrl: c.videoUrl ?? null,
  };
}
