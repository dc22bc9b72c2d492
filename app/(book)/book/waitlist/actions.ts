'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { bookingDeps, currentWindow } from '@/lib/booking/service';
import { describeWhen } from '@/lib/booking/visit';
import { hitLimit } from '@/lib/rateLimit';
import { isRandomToken } from '@/lib/crypto';
import { redeemFormStamp, stampProblems } from '@/lib/rateLimit/formStamps';
import { formOf, nextRound } from '@/lib/server/formRound';
import { issueFormStamp } from '@/lib/server/formStamp';
import { confirmOffer, joinWaitlist, leaveWaitlist, offerAfterChange } from '@/lib/waitlist';
import type { JoinFormState, JoinFormValues } from '@/lib/waitlist/formState';
import { checkJoin } from '@/lib/waitlist/schema';

function text(form: FormData, name: string, max = 300): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function valuesOf(form: FormData): JoinFormValues {
  return {
    type: text(form, 'type', 20),
    from: text(form, 'from', 20),
    to: text(form, 'to', 20),
    name: text(form, 'name', 200),
    email: text(form, 'email'),
    phone: text(form, 'phone', 40),
  };
}

/** Stamp, honeypot and rate limit, as on the booking form: the first problem, or undefined. */
async function refusal(form: FormData): Promise<string | undefined> {
  if (text(form, 'website')) return 'We could not add you to the waitlist. Please try again.';
  const decision = await hitLimit('booking', await headers());
  if (!decision.allowed)
    return `Too many attempts from your connection. Please wait ${Math.ceil(decision.retryAfter / 60)} minutes and try again.`;
  const stamp = await redeemFormStamp(await getDb(), form.get('formStamp'), new Date());
  return stamp === 'ok' ? undefined : stampProblems[stamp];
}

export async function joinAction(previous: JoinFormState, posted: FormData): Promise<JoinFormState> {
  const form = formOf(posted);
  const values = valuesOf(form);
  const round = nextRound(previous);
  const fail = (errors: Record<string, string>, freeTimesUrl?: string): JoinFormState => ({
    status: 'error',
    errors,
    values,
    round,
    freeTimesUrl,
    // The stamp sent is used up: the form is sent again with this one.
    formStamp: issueFormStamp(new Date()),
  });
  const refused = await refusal(form);
  if (refused) return fail({ name: refused });
  const parsed = checkJoin(
    { ...values, consent: form.get('consent') === 'yes' ? true : undefined },
    await currentWindow(new Date()),
  );
  if (!parsed.ok) return fail(parsed.errors);
  const result = await joinWaitlist(await bookingDeps(), parsed.data);
  if (result.kind === 'limit')
    return fail({
      email:
        'This email address has joined the waitlist, or been emailed by us, as often as we allow in a day. Please try tomorrow or call us.',
    });
  if (result.kind === 'free-times') {
    return fail(
      {
        from: `There is a free time in these dates (${describeWhen(clinic, result.first)}). Book it, or choose dates with no free time.`,
      },
      `/book?type=${parsed.data.type}&from=${parsed.data.from}`,
    );
  }
  const query = new URLSearchParams({ type: parsed.data.type, from: parsed.data.from, to: parsed.data.to });
  redirect(`/book/waitlist/joined?${query.toString()}`);
}

/** "Book this time" on an offer: one POST books it, or says plainly why not. GET never books. */
export async function confirmOfferAction(form: FormData): Promise<void> {
  const token = text(formOf(form), 'token', 60);
  const page = `/book/waitlist/offer/${encodeURIComponent(token)}`;
  // A token without the shape of one opens nothing: its page says so, nothing is counted or changed.
  if (!isRandomToken(token)) redirect(page);
  if (!(await hitLimit('booking', await headers())).allowed) redirect(`${page}?status=rate`);
  const result = await confirmOffer(await bookingDeps(), token);
  if (result.kind === 'booked' && result.manageToken)
    redirect(`/book/manage/${encodeURIComponent(result.manageToken)}?status=confirmed`);
  redirect(result.kind === 'booked' ? page : `${page}?status=${result.kind}`);
}

export async function leaveAction(form: FormData): Promise<void> {
  const token = text(formOf(form), 'token', 60);
  const page = `/book/waitlist/leave/${encodeURIComponent(token)}`;
  if (!isRandomToken(token)) redirect(page);
  if (!(await hitLimit('booking', await headers())).allowed) redirect(`${page}?status=rate`);
  const result = await leaveWaitlist(await getDb(), token, new Date());
  // An offer the reader held passes to the next in line.
  if (result.kind === 'left') await offerAfterChange();
  redirect(`${page}?status=${result.kind}`);
}
