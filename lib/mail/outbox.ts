import type { Tx } from '../booking/queries';
import { outbox } from '../db/schema';
import type { Mail } from './messages';

/** Written in the caller's transaction, so a booking change and its mail commit or fail together. */
export async function enqueueMail(tx: Tx, bookingId: string, mails: Mail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(outbox).values(
    mails.map((m) => ({
      bookingId,
      kind: m.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      ics: m.ics ?? null,
    })),
  );
}
