import { cookies } from 'next/headers';
import { getDb } from '@/lib/db';
import { STAFF_COOKIE, isValidStaffSession } from '@/lib/staff/session';

/** Every staff page, action and API calls this on the server; the cookie alone proves nothing. */
export async function hasStaffSession(): Promise<boolean> {
  return isValidStaffSession(await getDb(), (await cookies()).get(STAFF_COOKIE)?.value, new Date());
}
