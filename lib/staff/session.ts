import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { staffSessions } from '../db/schema';
import { hashToken, randomToken } from '../crypto';

export const STAFF_COOKIE = 'bw_staff';
export const SESSION_HOURS = 8;

/** A new session: the browser gets the random token, the database only its hash. */
export async function createStaffSession(db: Db, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 60 * 60 * 1000);
  await db.insert(staffSessions).values({ tokenHash: hashToken(token), expiresAt, createdAt: now });
  return { token, expiresAt };
}

export async function isValidStaffSession(db: Db, token: string | undefined, now: Date): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const [row] = await db
    .select({ tokenHash: staffSessions.tokenHash })
    .from(staffSessions)
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), gt(staffSessions.expiresAt, now)))
    .limit(1);
  return row !== undefined;
}

export async function endStaffSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}
