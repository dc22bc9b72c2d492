'use server';

import { offerAfterChange } from '@/lib/waitlist';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { staffCancelBooking } from '@/lib/booking/changeBooking';
import { BookingError, isLockTimeout } from '@/lib/booking/errors';
import { keepOutsideSchedule } from '@/lib/booking/scheduleImpact';
import { bookingDeps } from '@/lib/booking/service';
import { describeWhen } from '@/lib/booking/visit';
import { hitLimit } from '@/lib/rateLimit';
import { formOf, nextRound } from '@/lib/server/formRound';
import {
  addClinician,
  addClosure,
  clinicianName,
  loadSchedule,
  recordChange,
  scheduleVersion,
  removeClosure,
  saveHours,
  saveSettings,
  staffSessionLabel,
  updateClinician,
  ScheduleChangedError,
  type ChangeBy,
  type SaveBy,
} from '@/lib/schedule';
import {
  clinicianForm,
  clinicianIdField,
  closureForm,
  formErrors,
  hoursForm,
  idField,
  settingsForm,
} from '@/lib/schedule/forms';
import type { ScheduleFormState } from '@/lib/schedule/formState';
import { STAFF_COOKIE } from '@/lib/staff/session';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

const PAGE = '/admin/schedule';
const BUSY = 'The schedule is busy with another change. Please try again in a moment.';
const CHANGED = 'This schedule was changed by someone else: reload to see it.';
const versionField = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/** A save that waited too long for the booking lock is a message to try again, never a 500. */
async function busyAsText<T>(run: () => Promise<T>): Promise<T | typeof BUSY> {
  try {
    return await run();
  } catch (error) {
    if (isLockTimeout(error)) return BUSY;
    throw error;
  }
}

/** A form's save, with a stale version as the message staff see instead of a silent overwrite. */
async function saveProblem(run: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await busyAsText(run);
  } catch (error) {
    if (error instanceof ScheduleChangedError) return CHANGED;
    throw error;
  }
}

/** The staff session, checked on the server, as the history names it; signs out to /admin otherwise. */
async function staffBy(): Promise<ChangeBy> {
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!token || !(await hasStaffSession())) redirect('/admin');
  return { staffSession: staffSessionLabel(token), now: new Date() };
}

function valuesOf(posted: FormData): Record<string, string> {
  const form = formOf(posted);
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value.slice(0, 600);
  values.visitTypes = form
    .getAll('visitTypes')
    .filter((v) => typeof v === 'string')
    .join(',');
  return values;
}

/** One schedule form: its zod schema, how it reads the posted values, its save, and the field errors go to. */
interface FormSave<S extends z.ZodType> {
  schema: S;
  input: (values: Record<string, string>) => unknown;
  /** Answers a message for the form when the save could not be made, else undefined. */
  save: (data: z.output<S>, by: SaveBy, form: FormData) => Promise<string | undefined>;
  firstField: string;
}

/**
 * The shared path of every schedule form: session, rate limit, zod, then the save at the version the form was
 * rendered with. A bad field comes back named, with everything as typed; a save redirects, so a reload never
 * posts it twice.
 */
async function handle<S extends z.ZodType>(
  previous: ScheduleFormState,
  form: FormData,
  { schema, input, save, firstField }: FormSave<S>,
): Promise<ScheduleFormState> {
  const by = await staffBy();
  const posted = formOf(form);
  const values = valuesOf(posted);
  const fail = async (errors: Record<string, string>): Promise<ScheduleFormState> => ({
    errors,
    values,
    round: nextRound(previous),
    version: await scheduleVersion(await getDb()),
  });
  const decision = await hitLimit('schedule', await headers());
  if (!decision.allowed)
    return fail({
      [firstField]: `Too many changes from your connection. Wait ${Math.ceil(decision.retryAfter / 60)} minutes and try again.`,
    });
  const parsed = schema.safeParse(input(values));
  if (!parsed.success) return fail(formErrors(parsed.error));
  // A form without a readable version is treated as stale: it cannot prove it saw the schedule as it is.
  const version = versionField.safeParse(posted.get('version'));
  const problem = version.success
    ? await saveProblem(() => save(parsed.data, { ...by, version: version.data }, posted))
    : CHANGED;
  if (problem) return fail(problem === CHANGED ? { form: CHANGED } : { [firstField]: problem });
  // New hours, a reopened day or a clinician back at work may free places the waitlist is waiting for.
  await offerAfterChange();
  redirect(`${PAGE}?notice=saved`);
}

const settingsSave: FormSave<typeof settingsForm> = {
  schema: settingsForm,
  input: (v) => ({ minNoticeMinutes: v.minNoticeMinutes ?? '', horizonDays: v.horizonDays ?? '' }),
  save: async (data, by) => void (await saveSettings(await getDb(), by, data)),
  firstField: 'minNoticeMinutes',
};

const hoursSave: FormSave<typeof hoursForm> = {
  schema: hoursForm,
  input: (v) => v,
  save: async ({ type, hours, slotMinutes }, by) =>
    void (await saveHours(await getDb(), by, type, clinic.visitTypes[type].label, hours, slotMinutes)),
  firstField: 'slotMinutes',
};

const closureSave: FormSave<typeof closureForm> = {
  schema: closureForm,
  input: (v) => ({ from: v.from ?? '', to: v.to ?? '', reason: v.reason ?? '' }),
  save: async (data, by) => void (await addClosure(await getDb(), by, data)),
  firstField: 'from',
};

function clinicianInput(v: Record<string, string>) {
  return {
    name: v.name ?? '',
    credentials: v.credentials ?? '',
    role: v.role ?? '',
    visitTypes: v.visitTypes ? v.visitTypes.split(',') : [],
    active: v.active === 'yes',
    videoUrl: v.videoUrl ?? '',
  };
}

const newClinicianSave: FormSave<typeof clinicianForm> = {
  schema: clinicianForm,
  input: clinicianInput,
  save: async (data, by) => void (await addClinician(await getDb(), by, data)),
  firstField: 'name',
};

const clinicianSave: FormSave<typeof clinicianForm> = {
  schema: clinicianForm,
  input: clinicianInput,
  save: async (data, by, form) => {
    const id = clinicianIdField.safeParse(form.get('id'));
    return id.success && (await updateClinician(await getDb(), by, id.data, data))
      ? undefined
      : 'That clinician no longer exists. Reload the page.';
  },
  firstField: 'name',
};

// Server actions must be exported async functions, so each form keeps a one-line entry point.
export async function saveSettingsAction(previous: ScheduleFormState, form: FormData) {
  return handle(previous, form, settingsSave);
}
export async function saveHoursAction(previous: ScheduleFormState, form: FormData) {
  return handle(previous, form, hoursSave);
}
export async function addClosureAction(previous: ScheduleFormState, form: FormData) {
  return handle(previous, form, closureSave);
}
export async function addClinicianAction(previous: ScheduleFormState, form: FormData) {
  return handle(previous, form, newClinicianSave);
}
export async function updateClinicianAction(previous: ScheduleFormState, form: FormData) {
  return handle(previous, form, clinicianSave);
}

/** The one-button forms (remove a closure, cancel or keep a booking): session, limit, then the change. */
async function rowAction(form: FormData, run: (id: string, by: ChangeBy) => Promise<string>) {
  const by = await staffBy();
  const decision = await hitLimit('schedule', await headers());
  if (!decision.allowed) redirect(`${PAGE}?notice=rate`);
  const id = idField.safeParse(formOf(form).get('id'));
  if (!id.success) redirect(`${PAGE}?notice=not-found`);
  const outcome = await busyAsText(() => run(id.data, by));
  // A reopened day or a cancelled booking frees places for the waitlist; keeping a booking frees none.
  if (outcome === 'closure-removed' || outcome === 'cancelled') await offerAfterChange();
  redirect(`${PAGE}?notice=${outcome === BUSY ? 'busy' : outcome}`);
}

export async function removeClosureAction(form: FormData): Promise<void> {
  await rowAction(form, async (id, by) =>
    (await removeClosure(await getDb(), by, id)) ? 'closure-removed' : 'not-found',
  );
}

export async function keepBookingAction(form: FormData): Promise<void> {
  await rowAction(form, async (id, by) =>
    (await keepOutsideSchedule(await getDb(), clinic, by, id)) ? 'kept' : 'not-found',
  );
}

export async function cancelBookingAction(form: FormData): Promise<void> {
  await rowAction(form, async (id, by) => {
    try {
      const deps = await bookingDeps(by.now);
      const row = await staffCancelBooking(deps, id);
      const names = (await loadSchedule(deps.db)).clinicians;
      await recordChange(
        deps.db,
        by,
        `Cancelled the booking of ${describeWhen(clinic, row.startAt)} with ${clinicianName(names, row.clinicianId)}; the reader was emailed`,
        { bookingId: row.id },
      );
      return 'cancelled';
    } catch (error) {
      if (!(error instanceof BookingError)) throw error;
      return error.kind === 'cancelled' ? 'already-cancelled' : error.kind;
    }
  });
}
