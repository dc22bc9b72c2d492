'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { staffCancelBooking } from '@/lib/booking/changeBooking';
import { BookingError } from '@/lib/booking/errors';
import { bookingDeps } from '@/lib/booking/service';
import { constantTimeEqual } from '@/lib/crypto';
import { retryMail } from '@/lib/mail/deliver';
import { hitLimit } from '@/lib/rateLimit';
import { env } from '@/lib/server/env';
import { formOf } from '@/lib/server/formRound';
import { logger } from '@/lib/server/logger';
import { adminPassword } from '@/lib/server/secrets';
import { idField } from '@/lib/schedule/forms';
import { offerAfterChange } from '@/lib/waitlist';
import { STAFF_COOKIE, createStaffSession, endStaffSession } from '@/lib/staff/session';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

export async function loginAction(form: FormData): Promise<void> {
  const decision = await hitLimit('login', await headers());
  if (!decision.allowed) redirect('/admin?error=rate');
  const password = formOf(form).get('password');
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

function backTo(form: FormData): string {
  const view = formOf(form).get('view');
  return `/admin?view=${typeof view === 'string' && /^[a-z]+$/.test(view) ? view : 'upcoming'}`;
}

const staffNotice: Partial<Record<BookingError['kind'], string>> = { cancelled: 'already-cancelled' };

export async function staffCancelAction(form: FormData): Promise<void> {
  if (!(await hasStaffSession())) redirect('/admin');
  const id = idField.safeParse(formOf(form).get('id'));
  const back = backTo(form);
  if (!id.success) redirect(`${back}&notice=not-found`);
  try {
    await staffCancelBooking(await bookingDeps(), id.data);
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    // Nothing happened, so the page must not say the reader was emailed.
    redirect(`${back}&notice=${staffNotice[error.kind] ?? error.kind}`);
  }
  await offerAfterChange();
  redirect(`${back}&notice=cancelled`);
}

/** Puts a mail that failed for good back in the queue. */
export async function retryMailAction(form: FormData): Promise<void> {
  if (!(await hasStaffSession())) redirect('/admin');
  const id = idField.safeParse(formOf(form).get('id'));
  const back = backTo(form);
  const ok = id.success && (await retryMail(await getDb(), id.data, new Date()));
  redirect(`${back}&notice=${ok ? 'mail-retried' : 'mail-not-found'}`);
}
