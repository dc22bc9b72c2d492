import { startReminders } from '../booking/remindersJob';
import { getDbHandle } from '../db';
import { startHousekeeping } from '../housekeeping/timer';
import { startMailSender } from '../mail/sender';
import { env, type Env } from '../server/env';
import { logger } from '../server/logger';
import { appSecret, ensureAdminPassword } from '../server/secrets';
import { startWaitlistOffers } from '../waitlist/timer';

function fail(message: string): never {
  // Plain stderr so the message reads well in a terminal, not only in a log collector.
  process.stderr.write(`\nBackwise cannot start:\n${message}\n\n`);
  process.exit(1);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks configuration, opens and migrates the database, then starts the mail sender, reminders, housekeeping
 * and the waitlist's offer maker.
 */
export async function startServer(): Promise<void> {
  let config: Env;
  let from: string;
  try {
    config = env();
    // The clinic facts are validated when the module loads.
    const { clinic } = await import('../clinic');
    const { exampleNumberFields } = await import('../clinic/exampleNumbers');
    const examples = exampleNumberFields(clinic);
    if (config.production && examples.length > 0) {
      fail(
        `Example phone numbers (555-01xx) are still in lib/clinic/clinic.config.ts:\n${examples.map((f) => `  ${f}: example number, replace it with the clinic's real one`).join('\n')}`,
      );
    }
    from = `${clinic.name} <${clinic.email}>`;
  } catch (error) {
    fail(message(error));
  }
  ensureAdminPassword(config);
  appSecret(config);
  try {
    const handle = await getDbHandle();
    logger.info({ database: handle.kind }, 'database ready');
  } catch (error) {
    fail(`The database did not open: ${message(error)}`);
  }
  startMailSender(from);
  startReminders();
  startHousekeeping();
  startWaitlistOffers();
}
