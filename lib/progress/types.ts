// What the recovery tracker keeps in the reader's browser (IndexedDB, see store.ts). Nothing here is ever
// sent to the server unless the reader ticks the box on the booking form to attach a summary.

/** One return step of an activity, as the self-check plan gave it. */
export interface TrackedStep {
  title: string;
  do: string;
  /** Why the plan holds this step (it, or a step before it, loads a movement that hurts); absent when open. */
  held?: string;
}

export interface TrackedActivity {
  /** A self-check `activity` value, e.g. `running`. */
  activity: string;
  title: string;
  steps: TrackedStep[];
}

/** The part of the self-check plan the tracker needs: the return steps for each activity. */
export interface TrackedPlan {
  /** ISO 8601 time the reader pressed "Start tracking". */
  createdAt: string;
  activities: TrackedActivity[];
}

/** One weekly check-in. The date (YYYY-MM-DD) is its key: a second check-in on the same day replaces it. */
export interface CheckIn {
  date: string;
  /** The three PEG items, each 0-10 (Krebs et al. 2009). */
  pain: number;
  enjoyment: number;
  general: number;
  /** Training sessions that week, by self-check `activity` value. */
  sessions: Record<string, number>;
  /** Emergency or urgent self-check items ticked under "Anything new?". */
  flags: string[];
  note: string;
}

/** One session of a return step, with the reader's own check of it. */
export interface SessionLog {
  /** ISO 8601 time it was logged; also the order sessions are replayed in. */
  at: string;
  activity: string;
  /** Index of the step the session was done at. */
  step: number;
  /** Pain stayed acceptable during the session, and it was no worse the next morning. */
  ok: boolean;
}

export interface ProgressData {
  plan: TrackedPlan | null;
  checkIns: CheckIn[];
  sessions: SessionLog[];
}

export interface Source {
  text: string;
  url: string;
}
