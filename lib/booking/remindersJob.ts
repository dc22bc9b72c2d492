import { logger } from '../server/logger';
import { startPeriodic } from '../server/periodic';
import { queueDueReminders, retimeReminders } from './reminders';
import { bookingDeps } from './service';

/** Starts with the server: every few seconds, queues the reminders that fell due (the mail sender sends them). */
export function startReminders(intervalMs = 15_000): void {
  let retimed = false;
  startPeriodic('reminders', intervalMs, async () => {
    const now = new Date();
    const deps = await bookingDeps(now);
    // Once per start: REMINDER_HOURS may have changed since the waiting reminders were set.
    if (!retimed) {
      const moved = await retimeReminders(deps, now);
      retimed = true;
      if (moved) logger.info({ moved, leadHours: deps.reminderHours }, 'reminders moved to the new lead');
    }
    const queued = await queueDueReminders(deps, now);
    if (queued) logger.info({ queued }, 'reminders queued');
  });
}
