import { getDbHandle } from '../db';
import { ensureAdminPassword } from './adminPassword';
import { env, type Env } from './env';
import { logger } from './logger';

function fail(message: string): never {
  // Plain stderr so the message reads well in a terminal, not only in a log collector.
  process.stderr.write(`\nBackwise cannot start:\n${message}\n\n`);
  process.exit(1);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startServer(): Promise<void> {
  let config: Env;
  try {
    config = env();
    // The clinic facts are validated when the module loads.
    await import('../clinic');
  } catch (error) {
    fail(message(error));
  }
  ensureAdminPassword(config);
  try {
    const handle = await getDbHandle();
    logger.info({ database: handle.kind }, 'database ready');
  } catch (error) {
    fail(`The database did not open: ${message(error)}`);
  }
  const { startMailSender } = await import('../mail/sender');
  startMailSender();
}
