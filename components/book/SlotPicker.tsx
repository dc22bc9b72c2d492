import Link from 'next/link';
import { slotView } from '@/lib/booking/availability';
import { addDays, type Slot } from '@/lib/booking/slots';
import { SlotRadios } from './SlotRadios';

/** A week of free times as a plain GET form, so choosing works without JavaScript. */
export function SlotPicker({
  type,
  slots,
  from,
  today,
  lastDay,
  timeZone,
  action = '/book',
  hidden = {},
  submitLabel = 'Continue',
  waitlistHref,
}: {
  type: string;
  slots: Slot[];
  from: string;
  today: string;
  lastDay: string;
  timeZone: string;
  action?: string;
  hidden?: Record<string, string>;
  submitLabel?: string;
  /** Where a reader who finds no time that suits them joins the waitlist (the booking page only). */
  waitlistHref?: string;
}) {
  const previous = addDays(from, -7) < today ? today : addDays(from, -7);
  const next = addDays(from, 7);
  const query = (f: string) => new URLSearchParams({ ...hidden, type, from: f }).toString();
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Weeks" className="flex flex-wrap gap-3">
        {from > today ? (
          <Link href={`${action}?${query(previous)}`} className="btn-secondary">
            Earlier times
          </Link>
        ) : null}
        {next <= lastDay ? (
          <Link href={`${action}?${query(next)}`} className="btn-secondary">
            Later times
          </Link>
        ) : null}
      </nav>
      {slots.length === 0 ? (
        <div className="space-y-3">
          <p className="text-lg">There are no free times in these 7 days. Try later times.</p>
          {waitlistHref ? (
            <p>
              <Link href={waitlistHref} className="btn-secondary">
                Join the waitlist for these dates
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <form action={action} method="get" className="space-y-6">
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="from" value={from} />
          {Object.entries(hidden).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <SlotRadios slots={slots.map((s) => slotView(s, timeZone))} timeZone={timeZone} />
          <button type="submit" className="btn-primary">
            {submitLabel}
          </button>
        </form>
      )}
      {waitlistHref && slots.length > 0 ? (
        <p className="text-slate-700">
          None of these times suit you? <Link href={waitlistHref}>Join the waitlist</Link> and we email you
          when a time frees up.
        </p>
      ) : null}
    </div>
  );
}
