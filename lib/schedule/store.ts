// The schedule in the database: read it (seeding an empty database once), and save each section of it.
import { asc, desc, eq, sql } from 'drizzle-orm';
import { scheduleSeed, type ScheduleSeed } from '../clinic/seed';
import { visitTypes, type VisitType } from '../clinic/visitTypes';
import type { Db } from '../db/client';
import { lockSchedule } from '../db/lock';
import {
  visitTypeSettings,
  clinicianVisitTypes,
  clinicians,
  closures,
  openingHours,
  scheduleChanges,
  scheduleSettings,
} from '../db/schema';
import type { Executor, Tx } from '../db/types';
import { seededClinician } from './fromSeed';
import type { Schedule, ScheduleChange, ScheduleClinician, WeeklyHours } from './types';

function hourRows(type: VisitType, hours: WeeklyHours) {
  return Object.entries(hours).flatMap(([weekday, list]) =>
    (list ?? []).map((p) => ({
      visitType: type,
      weekday: weekday as keyof WeeklyHours,
      opens: p.open,
      closes: p.close,
    })),
  );
}

/**
 * Writes the seed when the database has no schedule yet. Two instances may start at once: the settings row's
 * primary key decides, and only the transaction that inserted it writes the rest. True when this call seeded.
 */
export async function seedSchedule(db: Executor, seed: ScheduleSeed = scheduleSeed): Promise<boolean> {
  return db.transaction(async (tx) => {
    const won = await tx
      .insert(scheduleSettings)
      .values({ id: 1, minNoticeMinutes: seed.minNoticeMinutes, horizonDays: seed.horizonDays })
      .onConflictDoNothing()
      .returning({ id: scheduleSettings.id });
    if (won.length === 0) return false;
    const rows = visitTypes.flatMap((t) => hourRows(t, seed.hours[t] ?? {}));
    if (rows.length) await tx.insert(openingHours).values(rows);
    await tx
      .insert(visitTypeSettings)
      .values(visitTypes.map((t) => ({ visitType: t, slotMinutes: seed.slotMinutes[t] })))
      .onConflictDoNothing();
    if (seed.closures.length)
      await tx
        .insert(closures)
        .values(seed.closures.map((c) => ({ startsOn: c.from, endsOn: c.to, reason: c.reason })));
    await tx
      .insert(clinicians)
      .values(seed.clinicians.map((c, i) => ({ ...seededClinician(c), sortOrder: i })))
      // A clinician row written before the schedule existed (by hand, or an older release) is kept as it is.
      .onConflictDoNothing();
    const links = seed.clinicians.flatMap((c) =>
      c.visitTypes.map((t) => ({ clinicianId: c.id, visitType: t })),
    );
    if (links.length) await tx.insert(clinicianVisitTypes).values(links).onConflictDoNothing();
    await tx
      .insert(scheduleChanges)
      .values({ staffSession: 'seed', summary: 'Schedule created from lib/clinic/clinic.config.ts' });
    return true;
  });
}

async function readClinicians(db: Executor): Promise<ScheduleClinician[]> {
  const rows = await db.select().from(clinicians).orderBy(asc(clinicians.sortOrder), asc(clinicians.name));
  const links = await db.select().from(clinicianVisitTypes);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    credentials: c.credentials,
    role: c.role,
    active: c.active,
    videoUrl: c.videoUrl,
    visitTypes: visitTypes.filter((t) => links.some((l) => l.clinicianId === c.id && l.visitType === t)),
  }));
}

/** The version of the schedule now; it grows with every save. */
export async function scheduleVersion(db: Executor): Promise<number> {
  const [row] = await db
    .select({ version: scheduleSettings.version })
    .from(scheduleSettings)
    .where(eq(scheduleSettings.id, 1));
  return row?.version ?? 0;
}

/** The schedule as the database holds it now, seeded from the config on an empty database. */
export async function loadSchedule(db: Executor): Promise<Schedule> {
  let [settings] = await db.select().from(scheduleSettings).where(eq(scheduleSettings.id, 1));
  if (!settings) {
    await seedSchedule(db);
    [settings] = await db.select().from(scheduleSettings).where(eq(scheduleSettings.id, 1));
    if (!settings) throw new Error('the schedule could not be seeded');
  }
  const hourList = await db
    .select()
    .from(openingHours)
    .orderBy(asc(openingHours.visitType), asc(openingHours.weekday), asc(openingHours.opens));
  const hours = Object.fromEntries(visitTypes.map((t) => [t, {}])) as Record<VisitType, WeeklyHours>;
  for (const h of hourList) {
    const week = hours[h.visitType];
    week[h.weekday] = [...(week[h.weekday] ?? []), { open: h.opens, close: h.closes }];
  }
  const closureList = await db.select().from(closures).orderBy(asc(closures.startsOn), asc(closures.endsOn));
  const lengths = await db.select().from(visitTypeSettings);
  // A visit type added to the code after the schedule was seeded starts with the seed's length.
  const slotMinutes = Object.fromEntries(
    visitTypes.map((t) => [
      t,
      lengths.find((l) => l.visitType === t)?.slotMinutes ?? scheduleSeed.slotMinutes[t],
    ]),
  ) as Record<VisitType, number>;
  return {
    version: settings.version,
    minNoticeMinutes: settings.minNoticeMinutes,
    horizonDays: settings.horizonDays,
    hours,
    slotMinutes,
    closures: closureList.map((c) => ({ id: c.id, from: c.startsOn, to: c.endsOn, reason: c.reason })),
    clinicians: await readClinicians(db),
  };
}

/** Who made a change and when: the session is the first characters of the staff token's hash. */
export interface ChangeBy {
  staffSession: string;
  now: Date;
}

/**
 * A save from a form: also the schedule version the form was rendered with. Undefined only for a change that
 * reads nothing the form showed (removing a closure by its id: gone is reported as gone).
 */
export interface SaveBy extends ChangeBy {
  version: number | undefined;
}

/** The schedule moved on since the form was rendered: saving would silently undo someone else's change. */
export class ScheduleChangedError extends Error {
  constructor() {
    super('the schedule was changed since the form was rendered');
    this.name = 'ScheduleChangedError';
  }
}

/**
 * Runs one save under the booking lock, so it never interleaves with a booking's availability check, then
 * bumps the version and records the change in the same transaction. The version is compared under the lock,
 * so of two saves made from the same page, the second is refused rather than overwriting the first.
 */
export async function changeSchedule<T>(
  db: Db,
  by: SaveBy,
  run: (tx: Tx, before: Schedule) => Promise<{ result: T; summary: string; detail?: unknown }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await lockSchedule(tx);
    const before = await loadSchedule(tx);
    if (by.version !== undefined && by.version !== before.version) throw new ScheduleChangedError();
    const { result, summary, detail } = await run(tx, before);
    await tx
      .update(scheduleSettings)
      .set({ version: sql`${scheduleSettings.version} + 1`, updatedAt: by.now })
      .where(eq(scheduleSettings.id, 1));
    await recordChange(tx, by, summary, detail);
    return result;
  });
}

/** One line in the history, for staff decisions that are not a schedule change (keeping a booking). */
export async function recordChange(tx: Executor, by: ChangeBy, summary: string, detail?: unknown) {
  // Stamped by the database, like the seed's line, so the history's order never depends on a server's clock.
  await tx.insert(scheduleChanges).values({ staffSession: by.staffSession, summary, detail: detail ?? null });
}

/** The latest changes, newest first, for the history on /admin/schedule. */
export async function recentChanges(db: Executor, limit = 20): Promise<ScheduleChange[]> {
  return db
    .select({
      id: scheduleChanges.id,
      at: scheduleChanges.at,
      staffSession: scheduleChanges.staffSession,
      summary: scheduleChanges.summary,
    })
    .from(scheduleChanges)
    .orderBy(desc(scheduleChanges.at), desc(scheduleChanges.id))
    .limit(limit);
}
