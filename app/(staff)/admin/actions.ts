'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { staffCancelBooking } from '@/lib/booking/changeBooking';
import { BookingError } from '@/lib/booking/errors';
import { bookingDeps, limiter } from '@/lib/booking/service';
import { constantTimeEqual } from '@/lib/booking/tokens';
import { adminPassword } from '@/lib/server/adminPassword';
import { env } from '@/lib/server/env';
import { logger } from '@/lib/server/logger';
import { clientKey } from '@/lib/server/rateLimit';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';
import { STAFF_COOKIE, createStaffSession, endStaffSession } from '@/lib/server/staffSession';

export async function loginAction(form: FormData): Promise<void> {
  const decision = await (await limiter('login')).hit(`login:${clientKey(await headers())}`, new Date());
  if (!decision.allowed) redirect('/admin?error=rate');
  const password = form.get('password');
  if (typeof password !== 'string' || !constantTimeEqual(password, adminPassword(env()))) {
    logger.warn('staff login refused');
    redirect('/admin?error=password');
  }
  const { token, expiresAt } = await createStaffSession(await getDb(), new Date());
  (await cookies()).set(STAFF_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/admin',
    expires: expiresAt,
  });
  redirect('/admin');
}

export async function logoutAction(): Promise<void> {
  const store = await cookies();
  await endStaffSession(await getDb(), store.get(STAFF_COOKIE)?.value);
  store.delete({ name: STAFF_COOKIE, path: '/admin' });
  redirect('/admin');
}

export async function staffCancelAction(form: FormData): Promise<void> {
  if (!(await hasStaffSession())) redirect('/admin');
  const id = form.get('id');
  const view = form.get('view');
  const back = `/admin?view=${typeof view === 'string' && /^[a-z]+$/.test(view) ? view : 'upcoming'}`;
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) redirect(`${back}&notice=not-found`);
  try {
    await staffCancelBooking(await bookingDeps(), id);
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    redirect(`${back}&notice=${error.kind}`);
  }
  redirect(`${back}&notice=cancelled`);
}
