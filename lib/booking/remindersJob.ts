import { logger } from '../server/logger';
import { queueDueReminders } from './reminders';
import { bookingDeps } from './service';

const holder = globalThis as typeof globalThis & { __backwiseReminders?: NodeJS.Timeout };

/** Starts with the server: every few seconds, queues the reminders that fell due (the mail sender sends them). */
export function startReminders(intervalMs = 15_000): void {
  if (holder.__backwiseReminders) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const queued = await queueDueReminders(await bookingDeps(now), now);
      if (queued) logger.info({ queued }, 'reminders queued');
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'reminders failed');
    } finally {
      running = false;
    }
  };
  holder.__backwiseReminders = setInterval(() => void tick(), intervalMs);
  holder.__backwiseReminders.unref();
  void tick();
}
