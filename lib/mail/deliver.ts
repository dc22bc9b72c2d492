import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox, type OutboxRow } from '../db/schema';
import { logger } from '../server/logger';
import type { Transport } from './transport';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An outage shorter than this loses no mail: a mail is given up only after failing for two days. */
export const RETRY_FOR_MS = 48 * HOUR;
/** Long enough for a send within the transport's timeouts; renewed while a send runs. */
export const LEASE_MS = 5 * MINUTE;

/** 30 s, 1 min, 2 min ... capped at 30 minutes, so a mail server back after a day is tried within 30 min. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, Math.min(attempts, 20) - 1), 30 * MINUTE);
}

export interface DeliveryOptions {
  batch?: number;
  leaseMs?: number;
  /** The current time as the sender sees it while sending; defaults to `now` plus the real time elapsed. */
  clock?: () => Date;
}

const unleased = (now: Date) =>
  sql`(${outbox.lockedUntil} is null or ${outbox.lockedUntil} < ${now.toISOString()})`;

/**
 * Claims due mails for this sender: each claimed row carries a fresh lease token only this call knows. A
 * pending mail past its `not_after` (a reminder whose visit began) is marked expired instead: never sent.
 */
async function claim(db: Db, now: Date, leaseMs: number, batch: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(outbox)
      .set({ status: 'expired', lockedUntil: null, leaseToken: null })
      .where(and(eq(outbox.status, 'pending'), lte(outbox.notAfter, now), unleased(now)))
      .returning({ id: outbox.id, kind: outbox.kind });
    if (expired.length > 0)
      logger.info({ expired: expired.map((r) => r.kind) }, 'outbox mails expired unsent');
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.status, 'pending'),
          lte(outbox.nextAttemptAt, now),
          unleased(now),
          or(isNull(outbox.notAfter), gt(outbox.notAfter, now)),
        ),
      )
      .orderBy(outbox.createdAt)
      .limit(batch)
      .for('update', { skipLocked: true });
    const rows: OutboxRow[] = [];
    for (const { id } of due) {
      const [row] = await tx
        .update(outbox)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs), leaseToken: randomUUID() })
        .where(eq(outbox.id, id))
        .returning();
      if (row) rows.push(row);
    }
    return rows;
  });
}

const owned = (row: OutboxRow) => and(eq(outbox.id, row.id), eq(outbox.leaseToken, row.leaseToken ?? ''));

/**
 * Keeps the lease while a send runs, so no other sender takes the row and sends it again. Returns a stop
 * function. A renewal that finds the lease gone is logged: only this sender's token can finish the row.
 */
function holdLease(db: Db, row: OutboxRow, leaseMs: number, clock: () => Date): () => void {
  const timer = setInterval(
    () => {
      void db
        .update(outbox)
        .set({ lockedUntil: new Date(clock().getTime() + leaseMs) })
        .where(owned(row))
        .returning({ id: outbox.id })
        .then((r) => {
          if (r.length === 0) logger.warn({ outbox: row.id }, 'outbox lease lost during send');
        })
        .catch((error: unknown) =>
          logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'lease renewal failed',
          ),
        );
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

async function recordFailure(db: Db, row: OutboxRow, error: unknown, at: Date): Promise<void> {
  const attempts = row.attempts + 1;
  const givenUp = at.getTime() - row.retrySince.getTime() >= RETRY_FOR_MS;
  await db
    .update(outbox)
    .set({
      attempts,
      status: givenUp ? 'failed' : 'pending',
      nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)),
      lockedUntil: null,
      leaseToken: null,
      lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
    })
    .where(owned(row));
}

/**
 * Claims due mails (a lease with an owner token keeps two senders off the same row), sends each while renewing
 * the lease, and records the result only if the lease is still ours: 'sent', or 'written' when the transport
 * only wrote a file. Returns how many were sent (or written).
 */
export async function deliverDue(
  db: Db,
  transport: Transport,
  from: string,
  now: Date,
  options: DeliveryOptions = {},
): Promise<{ sent: number; failed: number }> {
  const { batch = 20, leaseMs = LEASE_MS } = options;
  const started = Date.now();
  const clock = options.clock ?? (() => new Date(now.getTime() + (Date.now() - started)));
  const claimed = await claim(db, now, leaseMs, batch);
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    const release = holdLease(db, row, leaseMs, clock);
    try {
      await transport.send(row, from, clock());
      release();
      await db
        .update(outbox)
        .set({
          status: transport.toFile ? 'written' : 'sent',
          sentAt: clock(),
          lockedUntil: null,
          leaseToken: null,
          attempts: row.attempts + 1,
        })
        .where(owned(row));
      sent += 1;
    } catch (error) {
      release();
      failed += 1;
      await recordFailure(db, row, error, clock());
    }
  }
  return { sent, failed };
}

export interface FailedMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Mails given up after RETRY_FOR_MS, newest first, for the staff page. */
export async function failedMails(db: Db, limit = 50): Promise<FailedMail[]> {
  return db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      to: outbox.to,
      subject: outbox.subject,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(eq(outbox.status, 'failed'))
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
}

/** Staff retry: the mail goes back in the queue now, with a fresh retry window. */
export async function retryMail(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ status: 'pending', nextAttemptAt: now, retrySince: now, lockedUntil: null, leaseToken: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
    .returning({ id: outbox.id });
  return rows.length > 0;
}
