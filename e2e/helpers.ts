import type { APIRequestContext } from '@playwright/test';

/** A clinic-local date some days from now, so parallel tests book different days. */
export function clinicDate(daysAhead: number): string {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  const d = new Date(`${local}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + daysAhead);
  return d.toISOString().slice(0, 10);
}

export async function freeSlots(
  request: APIRequestContext,
  type: 'clinic' | 'telehealth',
  from: string,
  days = 7,
): Promise<string[]> {
  const response = await request.get(`/api/slots?type=${type}&from=${from}&days=${days}`);
  const body = (await response.json()) as { slots: { start: string }[] };
  return body.slots.map((s) => s.start);
}

export const STAFF_PASSWORD = 'e2e-staff-password-123';
