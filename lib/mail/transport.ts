import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { OutboxRow } from '../db/schema';

export interface Transport {
  /** `at` is the sending time, the mail's `Date`: a mail queued before an outage says when it really left. */
  send(row: OutboxRow, from: string, at: Date): Promise<void>;
  /** Set when a send only writes a file: the mail reaches nobody, so it is recorded as written, never sent. */
  toFile?: boolean;
}

function message(row: OutboxRow, from: string, at: Date) {
  return {
    from,
    to: row.to,
    subject: row.subject,
    text: row.text,
    // The outbox id as Message-ID lets a receiving server spot a retry of the same mail.
    messageId: `<${row.id}@backwise.outbox>`,
    date: at,
    ...(row.ics
      ? {
          icalEvent: {
            filename: 'assessment.ics',
            method: row.ics.includes('METHOD:CANCEL') ? 'CANCEL' : 'PUBLISH',
            content: row.ics,
          },
        }
      : {}),
  };
}

/**
 * Writes each mail as an .eml file named by its outbox id, so a retry overwrites rather than duplicates. The
 * files hold names, contacts and manage links: readable by the server's user only (folder 0700, files 0600).
 */
export function fileTransport(dir: string): Transport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    toFile: true,
    async send(row, from, at) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      const info = await builder.sendMail(message(row, from, at));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error('mail builder returned no buffer');
      const file = path.join(
        dir,
        `${row.createdAt.toISOString().replace(/[:.]/g, '-')}-${row.kind}-${row.id}.eml`,
      );
      writeFileSync(`${file}.tmp`, raw, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
  };
}

/**
 * Timeouts keep one send well inside the outbox lease (deliver.ts), and a dead server from hanging the sender:
 * 10 s to connect, 10 s for the greeting, 60 s of silence on the socket.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

export function smtpTransport(url: string): Transport {
  const smtp = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(row, from, at) {
      await smtp.sendMail(message(row, from, at));
    },
  };
}
