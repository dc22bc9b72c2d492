import path from 'node:path';
import { clinic } from '../clinic';
import { getDb } from '../db';
import { env } from '../server/env';
import { logger } from '../server/logger';
import { purgeExpired } from './retention';
import { deliverDue } from './deliver';
import { fileTransport, smtpTransport } from './transport';

const holder = globalThis as typeof globalThis & { __backwiseSender?: NodeJS.Timeout };

/** Starts with the server: delivers the outbox every few seconds, and purges old data once an hour. */
export function startMailSender(intervalMs = 2000): void {
  if (holder.__backwiseSender) return;
  const config = env();
  const transport = config.SMTP_URL
    ? smtpTransport(config.SMTP_URL)
    : fileTransport(path.join(config.dataDir, 'outbox'));
  const from = `${clinic.name} <${clinic.email}>`;
  let running = false;
  let lastPurge = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      const now = new Date();
      const result = await deliverDue(db, transport, from, now);
      if (result.sent || result.failed) logger.info(result, 'outbox delivered');
      if (now.getTime() - lastPurge > 60 * 60 * 1000) {
        lastPurge = now.getTime();
        await purgeExpired(db, now);
      }
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'outbox delivery failed');
    } finally {
      running = false;
    }
  };
  holder.__backwiseSender = setInterval(() => void tick(), intervalMs);
  holder.__backwiseSender.unref();
  void tick();
}
