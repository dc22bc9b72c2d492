// One save per section of /admin/schedule. Each runs in its own transaction under the booking lock and leaves
// a line in the history.
import { eq } from 'drizzle-orm';
import { clinic } from '../clinic';
import { hashToken } from '../crypto';
import type { VisitType } from '../clinic/visitTypes';
import type { Db } from '../db/client';
import type { Tx } from '../db/types';
import {
  clinicianVisitTypes,
  clinicians,
  closures,
  openingHours,
  scheduleSettings,
  visitTypeSettings,
} from '../db/schema';
import type { ClinicianInput, ClosureInput, SettingsInput } from './forms';
import { clinicianIdFor, describeHours, describeRange } from './names';
import { changeSchedule, type ChangeBy, type SaveBy } from './store';
import type { WeeklyHours } from './types';

/** The history's name for a staff session: enough to tell sessions apart, never enough to use one. */
export function staffSessionLabel(token: string): string {
  return hashToken(token).slice(0, 12);
}

export async function saveSettings(db: Db, by: SaveBy, input: SettingsInput): Promise<void> {
  await changeSchedule(db, by, async (tx, before) => {
    await tx
      .update(scheduleSettings)
      .set({ minNoticeMinutes: input.minNoticeMinutes, horizonDays: input.horizonDays })
      .where(eq(scheduleSettings.id, 1));
    return {
      result: undefined,
      summary: `Notice ${before.minNoticeMinutes} → ${input.minNoticeMinutes} minutes; horizon ${before.horizonDays} → ${input.horizonDays} days`,
      detail: { before: [before.minNoticeMinutes, before.horizonDays], after: input },
    };
  });
}

export async function saveHours(
  db: Db,
  by: SaveBy,
  type: VisitType,
  label: string,
  hours: WeeklyHours,
  slotMinutes: number,
): Promise<void> {
  await changeSchedule(db, by, async (tx, before) => {
    await tx
      .insert(visitTypeSettings)
      .values({ visitType: type, slotMinutes })
      .onConflictDoUpdate({ target: visitTypeSettings.visitType, set: { slotMinutes } });
    const length =
      before.slotMinutes[type] === slotMinutes
        ? ''
        : `; each visit now ${slotMinutes} minutes (was ${before.slotMinutes[type]}; booked visits keep theirs)`;
    await tx.delete(openingHours).where(eq(openingHours.visitType, type));
    const rows = Object.entries(hours).flatMap(([weekday, list]) =>
      (list ?? []).map((p) => ({
        visitType: type,
        weekday: weekday as keyof WeeklyHours,
        opens: p.open,
        closes: p.close,
      })),
    );
    if (rows.length) await tx.insert(openingHours).values(rows);
    return {
      result: undefined,
      summary: `Hours for ${label.toLowerCase()}: ${describeHours(hours)}${length}`,
      detail: {
        type,
        before: { hours: before.hours[type], slotMinutes: before.slotMinutes[type] },
        after: { hours, slotMinutes },
      },
    };
  });
}

export async function addClosure(db: Db, by: SaveBy, input: ClosureInput): Promise<string> {
  return changeSchedule(db, by, async (tx) => {
    const [row] = await tx
      .insert(closures)
      .values({ startsOn: input.from, endsOn: input.to, reason: input.reason, createdAt: by.now })
      .returning({ id: closures.id });
    if (!row) throw new Error('insert returned no row');
    return {
      result: row.id,
      summary: `Closed ${describeRange(input.from, input.to)}: ${input.reason}`,
      detail: input,
    };
  });
}

/** False when the closure was already gone (nothing changes and nothing is recorded). */
export async function removeClosure(db: Db, by: ChangeBy, id: string): Promise<boolean> {
  const gone = Symbol('gone');
  try {
    // Removing by id reads nothing the page showed, so it compares no version.
    return await changeSchedule(db, { ...by, version: undefined }, async (tx) => {
      const [row] = await tx.delete(closures).where(eq(closures.id, id)).returning();
      if (!row) throw gone;
      return {
        result: true,
        summary: `Open again ${describeRange(row.startsOn, row.endsOn)} (was closed: ${row.reason})`,
        detail: { removed: { from: row.startsOn, to: row.endsOn, reason: row.reason } },
      };
    });
  } catch (error) {
    if (error === gone) return false;
    throw error;
  }
}

function clinicianSummary(input: ClinicianInput): string {
  const types = input.visitTypes.map((t) => clinic.visitTypes[t].label.toLowerCase()).join(' and ');
  return `${input.name} (${input.active ? 'active' : 'inactive'}; sees ${types}${input.videoUrl ? '; video link set' : ''})`;
}

async function writeVisitTypes(tx: Tx, id: string, types: VisitType[]) {
  await tx.delete(clinicianVisitTypes).where(eq(clinicianVisitTypes.clinicianId, id));
  if (types.length)
    await tx.insert(clinicianVisitTypes).values(types.map((visitType) => ({ clinicianId: id, visitType })));
}

export async function addClinician(db: Db, by: SaveBy, input: ClinicianInput): Promise<string> {
  return changeSchedule(db, by, async (tx, before) => {
    const id = clinicianIdFor(input.name, new Set(before.clinicians.map((c) => c.id)));
    await tx.insert(clinicians).values({
      id,
      name: input.name,
      credentials: input.credentials,
      role: input.role,
      active: input.active,
      videoUrl: input.videoUrl,
      sortOrder: before.clinicians.length,
      createdAt: by.now,
    });
    await writeVisitTypes(tx, id, input.visitTypes);
    return { result: id, summary: `Added ${clinicianSummary(input)}`, detail: { id, ...input } };
  });
}

/** False when no clinician has that id. */
export async function updateClinician(
  db: Db,
  by: SaveBy,
  id: string,
  input: ClinicianInput,
): Promise<boolean> {
  const gone = Symbol('gone');
  try {
    return await changeSchedule(db, by, async (tx, before) => {
      const [row] = await tx
        .update(clinicians)
        .set({
          name: input.name,
          credentials: input.credentials,
          role: input.role,
          active: input.active,
          videoUrl: input.videoUrl,
        })
        .where(eq(clinicians.id, id))
        .returning({ id: clinicians.id });
      if (!row) throw gone;
      await writeVisitTypes(tx, id, input.visitTypes);
      return {
        result: true,
        summary: `Changed ${clinicianSummary(input)}`,
        detail: { id, before: before.clinicians.find((c) => c.id === id), after: input },
      };
    });
  } catch (error) {
    if (error === gone) return false;
    throw error;
  }
}
