import path from 'node:path';
import { getDb } from '../db';
import { env } from '../server/env';
import { logger } from '../server/logger';
import { deliverDue } from './deliver';
import { fileTransport, smtpTransport } from './transport';

const holder = globalThis as typeof globalThis & { __backwiseSender?: NodeJS.Timeout };

/** Starts with the server: delivers the outbox every few seconds, through SMTP_URL or to .eml files. */
export function startMailSender(from: string, intervalMs = 2000): void {
  if (holder.__backwiseSender) return;
  const config = env();
  const transport = config.SMTP_URL
    ? smtpTransport(config.SMTP_URL)
    : fileTransport(path.join(config.dataDir, 'outbox'));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await deliverDue(await getDb(), transport, from, new Date());
      if (result.sent || result.failed) logger.info(result, 'outbox delivered');
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
