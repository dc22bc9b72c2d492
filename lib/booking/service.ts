// Server wiring: builds the booking dependencies from configuration. Route handlers and actions call this.
import { clinic } from '../clinic';
import { getDbHandle } from '../db';
import { env } from '../server/env';
import { appSecret } from '../server/secrets';
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
