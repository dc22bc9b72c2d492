// The booking API as a client sees it: free slots and one booking attempt, timed.
import type { VisitType } from '../../lib/clinic';

export interface SlotView {
  start: string;
  end: string;
}

export async function freeSlots(baseUrl: string, type: VisitType): Promise<SlotView[]> {
  const response = await fetch(`${baseUrl}/api/slots?type=${type}&days=28`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200) throw new Error(`GET /api/slots answered ${response.status}`);
  const body = (await response.json()) as { slots: SlotView[] };
  return body.slots;
}

export interface BookingAnswer {
  status: number; // 0 when no answer (connection refused or reset, timeout)
  ms: number;
  id?: string;
  manageUrl?: string;
  /** The status line arrived but the body did not (the server died while answering). */
  bodyLost?: boolean;
}

/** The request body of one bench booking: client `n`, with a distinct name and email. */
export function bookingBody(type: VisitType, start: string, n: string): string {
  return JSON.stringify({
    type,
    start,
    name: `Bench Client ${n}`,
    email: `bench-${n}@example.com`,
    phone: '312 555 0142',
    consent: true,
  });
}

export async function postBooking(
  baseUrl: string,
  type: VisitType,
  start: string,
  n: string,
  timeoutMs = 30_000,
): Promise<BookingAnswer> {
  const t0 = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bookingBody(type, start, n),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await response.json().catch(() => undefined)) as
      { id?: string; manageUrl?: string } | undefined;
    return {
      status: response.status,
      ms: performance.now() - t0,
      id: json?.id,
      manageUrl: json?.manageUrl,
      bodyLost: json === undefined,
    };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

/** How many answers have `status`. */
export function countStatus(answers: readonly BookingAnswer[], status: number): number {
  return answers.filter((a) => a.status === status).length;
}
