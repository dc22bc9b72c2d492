import { getDb } from '../db';
import { startPeriodic } from '../server/periodic';
import { purgeExpired } from './purge';

/** Purges old data once at start and then hourly. */
export function startHousekeeping(intervalMs = 60 * 60 * 1000): void {
  startPeriodic('purge', intervalMs, async () => {
    await purgeExpired(await getDb(), new Date());
  });
}
