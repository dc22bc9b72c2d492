'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clinic } from '@/lib/clinic';
import { getDb } from '@/lib/db';
import { availableSlots, slotView } from '@/lib/booking/availability';
import { cancelBooking, moveBooking } from '@/lib/booking/changeBooking';
import { createBooking } from '@/lib/booking/createBooking';
import { startOutsideWindow } from '@/lib/booking/dates';
import { BookingError } from '@/lib/booking/errors';
import { formBookingSchema } from '@/lib/booking/formSchema';
import type { BookingFormState, BookingFormValues } from '@/lib/booking/formState';
import { fieldErrors, type VisitType } from '@/lib/booking/schema';
import { bookingDeps, currentWindow } from '@/lib/booking/service';
import { localDate, parseOffsetIso } from '@/lib/booking/slots';
import { SUMMARY_COOKIE, decodeSummary } from '@/lib/booking/summaryCookie';
import { hashToken, isRandomToken } from '@/lib/crypto';
import { hitKeyLimit, hitLimit } from '@/lib/rateLimit';
import { redeemFormStamp, stampProblems } from '@/lib/rateLimit/formStamps';
import { formOf, nextRound } from '@/lib/server/formRound';
import { issueFormStamp } from '@/lib/server/formStamp';
import { offerAfterChange } from '@/lib/waitlist';

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function valuesOf(form: FormData): BookingFormValues {
  return {
    name: text(form, 'name').slice(0, 200),
    email: text(form, 'email').slice(0, 300),
    phone: text(form, 'phone').slice(0, 40),
    note: text(form, 'note').slice(0, 1200),
    attachSummary: form.get('attachSummary') === 'yes',
  };
}

/** The start a page or form sent, if it is a real time inside the booking window. */
async function startInWindow(text: string): Promise<Date | undefined> {
  const start = parseOffsetIso(text);
  if (!start) return undefined;
  return startOutsideWindow(start, clinic.timeZone, await currentWindow(new Date())) ? undefined : start;
}

async function freshSlots(type: VisitType, near: Date) {
  const slots = await availableSlots(
    await getDb(),
    clinic,
    type,
    localDate(near, clinic.timeZone),
    7,
    new Date(),
  );
  return slots.slice(0, 24).map((s) => slotView(s, clinic.timeZone));
}

export async function submitBooking(previous: BookingFormState, posted: FormData): Promise<BookingFormState> {
  const form = formOf(posted);
  const values = valuesOf(form);
  const round = nextRound(previous);
  // Every answer carries a fresh stamp: the one sent is used up, and a person fixes a field and sends again.
  const formStamp = issueFormStamp(new Date());
  const fail = (errors: Record<string, string>): BookingFormState => ({
    status: 'error',
    errors,
    values,
    round,
    formStamp,
  });
  // The honeypot is hidden from people; only a bot fills it.
  if (text(form, 'website')) return fail({ name: 'We could not send your booking. Please try again.' });
  const decision = await hitLimit('booking', await headers());
  if (!decision.allowed) {
    return fail({
      name: `Too many booking attempts from your connection. Please wait ${Math.ceil(decision.retryAfter / 60)} minutes and try again.`,
    });
  }
  const stamp = await redeemFormStamp(await getDb(), form.get('formStamp'), new Date());
  if (stamp !== 'ok') return fail({ name: stampProblems[stamp] });
  const summary = decodeSummary((await cookies()).get(SUMMARY_COOKIE)?.value);
  const parsed = formBookingSchema.safeParse({
    type: text(form, 'type'),
    start: text(form, 'start'),
    name: values.name,
    email: values.email,
    phone: values.phone,
    note: values.note || undefined,
    consent: form.get('consent') === 'yes' ? true : undefined,
    attachSummary: values.attachSummary,
    triageSummary: values.attachSummary ? summary : undefined,
    progressSummary: text(form, 'progressSummary') || undefined,
  });
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const start = await startInWindow(parsed.data.start);
  if (!start) return fail({ start: 'Choose a time from the list' });
  let token: string;
  try {
    const created = await createBooking(await bookingDeps(), {
      type: parsed.data.type,
      start,
      name: parsed.data.name,
      email: parsed.data.email,
      phone: parsed.data.phone,
      note: parsed.data.note,
      triageSummary: parsed.data.attachSummary ? parsed.data.triageSummary : undefined,
      progressSummary: parsed.data.progressSummary || undefined,
    });
    // The form never sends an Idempotency-Key, so this is always a new booking with its token.
    if (created.replayed) throw new Error('a form booking was replayed');
    token = created.token;
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    if (error.kind === 'limit') return fail({ email: error.message });
    return {
      status: 'slot-taken',
      errors: {
        start:
          error.kind === 'slot-taken'
            ? 'Sorry, that time was just taken. Choose another time below; your details are kept.'
            : error.message,
      },
      values,
      round,
      formStamp,
      freshSlots: await freshSlots(parsed.data.type, start),
    };
  }
  if (summary) (await cookies()).delete(SUMMARY_COOKIE);
  redirect(managePage(token, 'status=confirmed'));
}

/**
 * The manage page of a token that has the shape of one (anything else, such as `<A>?status=cancelled&x=` or a
 * line break, goes to a page that does not exist), encoded before it reaches a Location header.
 */
function managePage(token: string, query: string): string {
  return isRandomToken(token)
    ? `/book/manage/${encodeURIComponent(token)}?${query}`
    : '/book/manage/not-found';
}

/**
 * Moves and cancels: per client (BOOKING_RATE_LIMIT per 10 minutes) and per manage link (CHANGE_DAILY_LIMIT a
 * day), so one link cannot be used to send its owner (and the clinic) a mail a second. The link's hash is the key.
 */
async function changeAllowed(token: string): Promise<boolean> {
  if (!(await hitLimit('change', await headers())).allowed) return false;
  return (await hitKeyLimit('changeToken', hashToken(token))).allowed;
}

export async function cancelAction(form: FormData): Promise<void> {
  const token = text(formOf(form), 'token');
  if (!isRandomToken(token)) redirect(managePage(token, ''));
  if (!(await changeAllowed(token))) redirect(managePage(token, 'status=limit'));
  try {
    await cancelBooking(await bookingDeps(), token);
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    redirect(managePage(token, `status=${error.kind}`));
  }
  // The freed place goes to the waitlist at once (lib/booking knows nothing of the waitlist).
  await offerAfterChange();
  redirect(managePage(token, 'status=cancelled'));
}

export async function moveAction(posted: FormData): Promise<void> {
  const form = formOf(posted);
  const token = text(form, 'token');
  if (!isRandomToken(token)) redirect(managePage(token, ''));
  const start = await startInWindow(text(form, 'start'));
  if (!start) redirect(managePage(token, 'change=1&status=choose-time'));
  if (!(await changeAllowed(token))) redirect(managePage(token, 'status=limit'));
  try {
    await moveBooking(await bookingDeps(), token, start);
  } catch (error) {
    if (!(error instanceof BookingError)) throw error;
    redirect(managePage(token, `change=1&status=${error.kind}`));
  }
  await offerAfterChange();
  redirect(managePage(token, 'status=moved'));
}
