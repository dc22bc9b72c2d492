'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { staffCancelBooking } from '@/lib/booking/changeBooking';
import { BookingError } from '@/lib/booking/errors';
import { bookingDeps } from '@/lib/booking/service';
import { constantTimeEqual, randomToken, sign } from '@/lib/crypto';
import { retryMail } from '@/lib/mail/deliver';
import { hitKeyLimit, peekKeyLimit, requestKey } from '@/lib/rateLimit';
import { env } from '@/lib/server/env';
import { formOf } from '@/lib/server/formRound';
import { logger } from '@/lib/server/logger';
import { adminPassword, appSecret } from '@/lib/server/secrets';
import { idField } from '@/lib/schedule/forms';
import { offerAfterChange } from '@/lib/waitlist';
import { STAFF_COOKIE, createStaffSession, endStaffSession } from '@/lib/staff/session';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

/** Marks a browser that has logged in before: its failures count apart from its address's. */
const DEVICE_COOKIE = 'bw_staff_device';
const deviceSignature = (id: string) => sign(appSecret(env()), 'backwise-staff-device-v1', id).slice(0, 22);

/** The key login failures count under: a known staff browser's own, else the client's address. */
async function loginKey(): Promise<string> {
  const [id, signature] = (await cookies()).get(DEVICE_COOKIE)?.value.split('.') ?? [];
  if (id && signature && /^[\w-]{16,64}$/.test(id) && constantTimeEqual(signature, deviceSignature(id)))
    return `device:${id}`;
  return requestKey(await headers());
}

/**
 * Only failures count, so a right password never uses up the limit. Past 10 failures in 10 minutes, one try
 * per 10 seconds still reaches the password check: behind a proxy that makes the whole site one address, an
 * attacker cannot lock staff out, only slow them down; a browser that logged in before has its own count.
 */
async function loginAllowed(key: string, now: Date): Promise<boolean> {
  if ((await peekKeyLimit('login', key, now)).allowed) return true;
  // A try refused here is not counted, so pressing again early never pushes the wait past 10 seconds.
  if (!(await peekKeyLimit('loginRetry', key, now)).allowed) return false;
  return (await hitKeyLimit('loginRetry', key, now)).allowed;
}

async function rememberDevice(): Promise<void> {
  const id = randomToken(16);
  (await cookies()).set(DEVICE_COOKIE, `${id}.${deviceSignature(id)}`, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/admin',
    maxAge: 365 * 24 * 60 * 60,
  });
}

export async function loginAction(form: FormData): Promise<void> {
  const now = new Date();
  const key = await loginKey();
  if (!(await loginAllowed(key, now))) redirect('/admin?error=rate');
  const password = formOf(form).get('password');
  if (typeof password !== 'string' || !constantTimeEqual(password, adminPassword(env()))) {
    await hitKeyLimit('login', key, now);
    logger.warn('staff login refused');
    redirect('/admin?error=password');
  }
  if (!key.startsWith('device:')) await rememberDevice();
  const { token, expiresAt } = await createStaffSession(await getDb(), now);
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
