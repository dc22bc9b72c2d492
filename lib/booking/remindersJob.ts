import { logger } from '../server/logger';
import { startPeriodic } from '../server/periodic';
import { queueDueReminders } from './reminders';
import { bookingDeps } from './service';

/** Starts with the server: every few seconds, queues the reminders that fell due (the mail sender sends them). */
export function startReminders(intervalMs = 15_000): void {
  startPeriodic('reminders', intervalMs, async () => {
    const now = new Date();
    const queued = await queueDueReminders(await bookingDeps(now), now);
    if (queued) logger.info({ queued }, 'reminders queued');
  });
}
