import { checkFormStamp, FORM_STAMP_TTL_MS, readFormStamp, type StampCheck } from '../server/formStamp';
import { redeemedFormStamps } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * Checks a form stamp and, when it is good, redeems it: a second post with the same stamp is 'reused', on any
 * instance (the ids live in the database until the stamp would have expired; housekeeping deletes them then).
 */
export async function redeemFormStamp(
  db: Executor,
  stamp: unknown,
  now: Date,
): Promise<StampCheck | 'reused'> {
  const check = checkFormStamp(stamp, now);
  const read = readFormStamp(stamp);
  if (check !== 'ok' || !read) return check;
  const [row] = await db
    .insert(redeemedFormStamps)
    .values({ id: read.id, expiresAt: new Date(read.at + FORM_STAMP_TTL_MS) })
    .onConflictDoNothing()
    .returning({ id: redeemedFormStamps.id });
  return row ? 'ok' : 'reused';
}

/** What a person is told when their stamp is not good, by reason. */
export const stampProblems: Record<Exclude<StampCheck, 'ok'> | 'reused', string> = {
  'too-fast': 'Please take a moment to check your details, then send the form again.',
  expired: 'This form is out of date. Please check your details and send it again.',
  invalid: 'This form is out of date. Please check your details and send it again.',
  reused: 'This form was already sent once. Please check your details and send it again.',
};
