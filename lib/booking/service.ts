// Server wiring: builds the booking dependencies from configuration. Route handlers and actions call this.
import { clinic } from '../clinic';
import { getDbHandle } from '../db';
import { loadSchedule, type Schedule } from '../schedule';
import { env } from '../server/env';
import { appSecret } from '../server/secrets';
import { bookingWindow, type BookingWindow } from './dates';
import type { BookingDeps } from './deps';

export async function bookingDeps(now = new Date()): Promise<BookingDeps> {
  const handle = await getDbHandle();
  const config = env();
  return {
    db: handle.db,
    clinic,
    now,
    siteUrl: config.siteUrl,
    secret: appSecret(config),
    reminderHours: config.REMINDER_HOURS,
  };
}

/** The schedule as the database holds it now (read on every call: another instance may have just saved). */
export async function currentSchedule(): Promise<Schedule> {
  return loadSchedule((await getDbHandle()).db);
}

/** The days we book in now, with the horizon staff set. */
export async function currentWindow(now: Date, schedule?: Schedule): Promise<BookingWindow> {
  const { horizonDays } = schedule ?? (await currentSchedule());
  return bookingWindow({ timeZone: clinic.timeZone, horizonDays }, now);
}
