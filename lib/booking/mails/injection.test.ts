// A value from outside never adds a line of its own to a mail or a calendar file, even one stored before the
// schemas refused control characters.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '../../clinic/clinic.config';
import { parseClinic } from '../../clinic/schema';
import { parseScheduleSeed } from '../../clinic/seed';
import { scheduleFromSeed } from '../../schedule/fromSeed';
import { buildIcs } from '../ics';
import { readerFacts } from './fixtures';
import { clinicMail, readerMail, type BookingFacts, type MailContext } from './messages';
import { missingVideoLinkMail, reminderMail } from './reminder';

const clinic = parseClinic(clinicConfig);
const forged: BookingFacts = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'telehealth',
  start: new Date('2026-12-01T14:45:00Z'),
  end: new Date('2026-12-01T15:30:00Z'),
  ...readerFacts,
  name: 'Rae\r\nEmail: forged@evil.example\rPhone: 000',
  phone: '312 555 0100\nNote: forged',
  note: 'Line one\r\nEmail: forged@evil.example',
  triageSummary: 'Age: 34\nBooking id: forged',
  progressSummary: null,
};
const ctx: MailContext = {
  clinic,
  clinicians: scheduleFromSeed(parseScheduleSeed(scheduleSeed)).clinicians,
  manageUrl: 'https://backwise.example/book/manage/secret',
  now: new Date('2026-11-30T14:00:00Z'),
  sequence: 0,
  video: {
    url: 'https://video.example.com/room\r\nEmail: forged@evil.example',
    linkNow: true,
    leadHours: 24,
  },
};

/** The lines of a mail that start at the margin, as a reader or a filter would take them. */
const marginLines = (text: string) => text.split('\n').filter((line) => !line.startsWith(' '));

describe('mail bodies', () => {
  it('keep every outside value on its own line: no forged Email, Phone, Note or Booking id line', () => {
    for (const kind of ['booked', 'cancelled', 'moved'] as const) {
      for (const mail of [clinicMail(kind, forged, ctx), readerMail(kind, forged, ctx)]) {
        expect(mail.text).not.toMatch(/\r/);
        const lines = marginLines(mail.text);
        expect(lines.filter((l) => l.startsWith('Email:')).length, mail.text).toBeLessThanOrEqual(1);
        expect(lines.filter((l) => l.startsWith('Email: forged'))).toEqual([]);
        expect(lines.filter((l) => /^(Phone: 000|Note: forged|Booking id: forged)/.test(l))).toEqual([]);
      }
    }
    const staff = clinicMail('booked', forged, ctx).text;
    expect(staff).toContain('Name: Rae  Email: forged@evil.example Phone: 000');
    expect(staff).toContain('Note: Line one\n  Email: forged@evil.example');
  });

  it('does the same in the reminder and the missing-link mail', () => {
    const reminderCtx = { ...ctx, clinicians: ctx.clinicians, video: ctx.video };
    const reminder = reminderMail(forged, reminderCtx);
    expect(marginLines(reminder.text).filter((l) => l.startsWith('Email:'))).toEqual([]);
    const missing = missingVideoLinkMail(forged, {
      ...reminderCtx,
      video: { url: null, linkNow: true, leadHours: 24 },
    });
    expect(marginLines(missing?.text ?? '').filter((l) => l.startsWith('Email: forged'))).toEqual([]);
  });
});

describe('the calendar file', () => {
  it('escapes a lone CR and strips other controls, so no property can be forged', () => {
    const ics = buildIcs({
      uid: 'u1@backwise.example',
      start: forged.start,
      end: forged.end,
      timeZone: 'America/Chicago',
      summary: 'Visit\rATTENDEE:mailto:evil@example.com',
      description: 'With Maya\r\nORGANIZER:mailto:evil@example.com\u0000',
      location: 'Room 1\nLOCATION:forged',
      organizerEmail: 'clinic@backwise.example',
      status: 'CONFIRMED',
      sequence: 0,
      stamp: forged.start,
    });
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => /^(ATTENDEE|ORGANIZER):/.test(l))).toEqual([
      'ORGANIZER:mailto:clinic@backwise.example',
    ]);
    expect(lines.filter((l) => l.startsWith('LOCATION:'))).toEqual(['LOCATION:Room 1\\nLOCATION:forged']);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u0000]/);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('Visit\nATTENDEE:mailto:evil@example.com');
  });
});
