import type { Weekday } from '../clinic/weekdays';
import type { VisitType } from '../clinic/visitTypes';

export interface OpeningPeriod {
  open: string;
  close: string;
}

/** One visit type's week, in clinic-local HH:MM; a day left out is closed. */
export type WeeklyHours = Partial<Record<Weekday, OpeningPeriod[]>>;

/** A closed date or range, inclusive, as clinic-local YYYY-MM-DD. */
export interface Closure {
  id: string;
  from: string;
  to: string;
  reason: string;
}

export interface ScheduleClinician {
  id: string;
  name: string;
  credentials: string;
  role: string;
  active: boolean;
  /** The clinician's video-room link (whatever video service the clinic uses), or null. */
  videoUrl: string | null;
  visitTypes: VisitType[];
}

/** The schedule staff keep at /admin/schedule, as the database holds it. `version` grows with each save. */
export interface Schedule {
  version: number;
  minNoticeMinutes: number;
  horizonDays: number;
  hours: Record<VisitType, WeeklyHours>;
  /** How long one visit of each type lasts, in minutes. */
  slotMinutes: Record<VisitType, number>;
  closures: Closure[];
  clinicians: ScheduleClinician[];
}

export interface ScheduleChange {
  id: string;
  at: Date;
  staffSession: string;
  summary: string;
}
