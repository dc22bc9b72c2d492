import { getDb } from '../db';
import { logger } from '../server/logger';
import { purgeExpired } from './purge';

const holder = globalThis as typeof globalThis & { __backwisePurge?: NodeJS.Timeout };

/** Purges old data once at start and then hourly. */
export function startHousekeeping(intervalMs = 60 * 60 * 1000): void {
  if (holder.__backwisePurge) return;
  const run = async () => {
    try {
      await purgeExpired(await getDb(), new Date());
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'purge failed');
    }
  };
  holder.__backwisePurge = setInterval(() => void run(), intervalMs);
  holder.__backwisePurge.unref();
  void run();
}
