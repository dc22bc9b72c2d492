import path from 'node:path';
import { getDb } from '../db';
import { env } from '../server/env';
import { logger } from '../server/logger';
import { startPeriodic } from '../server/periodic';
import { deliverDue } from './deliver';
import { fileTransport, smtpTransport } from './transport';

/** Starts with the server: delivers the outbox every few seconds, through SMTP_URL or to .eml files. */
export function startMailSender(from: string, intervalMs = 2000): void {
  const config = env();
  const transport = config.SMTP_URL
    ? smtpTransport(config.SMTP_URL)
    : fileTransport(path.join(config.dataDir, 'outbox'));
  startPeriodic('outbox delivery', intervalMs, async () => {
    const result = await deliverDue(await getDb(), transport, from, new Date());
    if (result.sent || result.failed) logger.info(result, 'outbox delivered');
  });
}
