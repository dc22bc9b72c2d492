import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import type { Transport } from './transport';

export const MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min ... capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * Claims due mails (a lease in locked_until keeps two senders off the same row), sends each, and records the
 * result. Returns how many were sent.
 */
export async function deliverDue(
  db: Db,
  transport: Transport,
  from: string,
  now: Date,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  const lease = new Date(now.getTime() + 2 * 60_000);
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.status, 'pending'),
          lte(outbox.nextAttemptAt, now),
          sql`(${outbox.lockedUntil} is null or ${outbox.lockedUntil} < ${now.toISOString()})`,
        ),
      )
      .orderBy(outbox.createdAt)
      .limit(batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ lockedUntil: lease })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      await transport.send(row, from);
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: now, lockedUntil: null, attempts: row.attempts + 1 })
        .where(eq(outbox.id, row.id));
      sent += 1;
    } catch (error) {
      failed += 1;
      const attempts = row.attempts + 1;
      await db
        .update(outbox)
        .set({
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          lockedUntil: null,
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
        })
        .where(eq(outbox.id, row.id));
    }
  }
  return { sent, failed };
}
