import { outbox } from '../db/schema';
import type { Tx } from '../db/types';
import type { Mail } from './types';

/**
 * Written in the caller's transaction, so a change and its mail commit or fail together. `now` is the
 * caller's clock (tests pass their own), so the mail is due and its retry window starts at the same time.
 */
export async function enqueueMail(tx: Tx, bookingId: string, mails: Mail[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(outbox).values(
    mails.map((m) => ({
      bookingId,
      kind: m.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      ics: m.ics ?? null,
      notAfter: m.notAfter ?? null,
      nextAttemptAt: now,
      retrySince: now,
      createdAt: now,
    })),
  );
}
