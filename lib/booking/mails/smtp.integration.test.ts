// Real mail: the booking's mails go through nodemailer's SMTP transport to a real SMTP server started here,
// and the calendar file that arrives is read back with a real iCalendar parser.
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { clinicConfig } from '../../clinic/clinic.config';
import { parseClinic } from '../../clinic/schema';
import { clinicians } from '../../db/schema';
import { pgliteForSuite } from '../../db/suiteDb';
import { deliverDue } from '../../mail/deliver';
import { freePort, startSmtpSink } from '../../mail/smtpSink';
import { smtpTransport } from '../../mail/transport';
import { createBooking } from '../createBooking';
import { queueDueReminders } from '../reminders';
import { loadSchedule } from '../../schedule';

const clinic = parseClinic(clinicConfig);
const now = new Date('2026-11-30T14:00:00Z');
const start = new Date('2026-12-01T14:45:00Z'); // Tuesday 08:45 in Chicago

/** The VEVENT of an .ics, with its VTIMEZONE registered so times resolve in the clinic's zone. */
function eventOf(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

function calendarText(mail: ParsedMail): string | undefined {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return part?.content.toString('utf8');
}

describe('booking mail through a real SMTP server', () => {
  const suiteDb = pgliteForSuite();

  it('survives the server being down, then delivers each mail once with an .ics at the right Chicago time', async () => {
    const t = suiteDb();
    const port = await freePort();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    const made = await createBooking(
      { db: t.db, clinic, now, siteUrl: 'https://backwise.example' },
      { type: 'clinic', start, name: 'Ada Reader', email: 'ada@example.com', phone: '312 555 0100' },
    );
    // Nothing listens yet: a real connection refusal, recorded and retried later.
    const refused = await deliverDue(t.db, transport, 'Clinic <hello@backwise.example>', now, {
      clock: () => now,
    });
    expect(refused).toEqual({ sent: 0, failed: 2 });

    const inbox: ParsedMail[] = [];
    const server = await startSmtpSink(port, inbox);
    try {
      const later = new Date(now.getTime() + 60 * 60 * 1000);
      expect((await deliverDue(t.db, transport, 'Clinic <hello@backwise.example>', later)).sent).toBe(2);
      expect((await deliverDue(t.db, transport, 'Clinic <hello@backwise.example>', later)).sent).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(inbox).toHaveLength(2);
    const reader = inbox.find((m) => m.subject?.startsWith('Booked:'));
    if (!reader) throw new Error('no reader mail');
    expect(reader.text).toContain('https://backwise.example/book/manage/');
    const ics = calendarText(reader);
    if (!ics) throw new Error('no calendar part');
    const event = eventOf(ics);
    expect(event.uid).toBe(`${made.booking.id}@backwise`);
    expect(event.startDate.zone?.tzid).toBe('America/Chicago');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([8, 45]);
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(event.endDate.toJSDate().getTime() - start.getTime()).toBe(45 * 60 * 1000);
    // Calendars get shared: the .ics never carries the manage link, though the mail does.
    expect(ics).not.toContain('/book/manage/');
    expect(event.description).toContain('private link in your confirmation email');
  });

  it('the reminder of a video visit arrives once, with the room link in the mail and in the calendar file', async () => {
    const t = suiteDb();
    const url = 'https://video.example/room/sam';
    // Staff set the video links on the schedule page; the schedule is seeded on first read.
    for (const c of (await loadSchedule(t.db)).clinicians) {
      await t.db.update(clinicians).set({ videoUrl: url }).where(eq(clinicians.id, c.id));
    }
    const deps = {
      db: t.db,
      clinic,
      now,
      siteUrl: 'https://backwise.example',
      secret: 's'.repeat(40),
      reminderHours: 2,
    };
    const videoStart = new Date('2026-12-01T18:30:00Z'); // Tuesday 12:30 in Chicago
    const made = await createBooking(deps, {
      type: 'telehealth',
      start: videoStart,
      name: 'Vic Reader',
      email: 'vic@example.com',
      phone: '312 555 0100',
    });
    if (made.replayed) throw new Error('replayed');
    const remindAt = new Date(videoStart.getTime() - 2 * 60 * 60 * 1000);
    expect(await queueDueReminders(deps, remindAt)).toBe(1);
    const port = await freePort();
    const inbox: ParsedMail[] = [];
    const server = await startSmtpSink(port, inbox);
    try {
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
      await deliverDue(t.db, transport, 'Clinic <hello@backwise.example>', remindAt);
      expect((await deliverDue(t.db, transport, 'Clinic <hello@backwise.example>', remindAt)).sent).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const reminders = inbox.filter((m) => m.subject?.startsWith('Reminder:'));
    expect(reminders).toHaveLength(1);
    const [reminder] = reminders;
    if (!reminder) throw new Error('no reminder');
    expect(reminder.subject).toBe('Reminder: your assessment on Tuesday, December 1 at 12:30 PM');
    expect(reminder.to && 'text' in reminder.to ? reminder.to.text : '').toContain('vic@example.com');
    expect(reminder.text).toContain(url);
    expect(reminder.text).toContain(`https://backwise.example/book/manage/${made.token}`);
    const ics = calendarText(reminder);
    if (!ics) throw new Error('no calendar part');
    const event = eventOf(ics);
    expect(event.uid).toBe(`${made.booking.id}@backwise`);
    expect(event.location).toBe(`Video call: ${url}`);
    expect(event.sequence).toBeGreaterThan(0);
    expect(event.startDate.toJSDate().toISOString()).toBe(videoStart.toISOString());
    expect(ics).not.toContain('/book/manage/');
  });
});
