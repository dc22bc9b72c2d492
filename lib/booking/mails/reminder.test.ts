import { describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '../../clinic/clinic.config';
import { parseClinic } from '../../clinic/schema';
import { readerFacts } from './fixtures';
import { clinicMail, readerMail, type BookingFacts } from './messages';
import { missingVideoLinkMail, reminderMail, reminderWhen, type ReminderContext } from './reminder';

const clinic = parseClinic(clinicConfig);
const video: BookingFacts = {
  id: '00000000-0000-4000-8000-000000000002',
  type: 'telehealth',
  start: new Date('2026-12-01T18:00:00Z'), // Tuesday 12:00 PM in Chicago
  end: new Date('2026-12-01T18:30:00Z'),
  ...readerFacts,
  progressSummary: null,
};
const inClinic: BookingFacts = { ...video, type: 'clinic', start: new Date('2026-12-01T14:45:00Z') };
const url = 'https://video.example/room/maya';
const ctx: ReminderContext = {
  clinic,
  clinicians: scheduleSeed.clinicians,
  now: new Date('2026-11-30T18:00:00Z'),
  manageUrl: 'https://backwise.example/book/manage/secret',
  sequence: 86_400,
  video: { url, linkNow: true, leadHours: 24 },
};

describe('reminderWhen', () => {
  it('says the date in clinic time, never "today" or "tomorrow" (delivery may come a day later)', () => {
    expect(reminderWhen(clinic, video.start)).toBe('on Tuesday, December 1 at 12:00 PM');
    // 18:00Z on Wednesday is noon in Chicago; 05:30Z on Wednesday is still Tuesday there.
    expect(reminderWhen(clinic, new Date('2026-12-02T05:30:00Z'))).toBe('on Tuesday, December 1 at 11:30 PM');
  });
});

describe('reminderMail', () => {
  it('carries the video link, the manage link, what to prepare and the calendar file', () => {
    const mail = reminderMail(video, ctx);
    expect(mail.to).toBe('rae@example.com');
    expect(mail.subject).toBe('Reminder: your assessment on Tuesday, December 1 at 12:00 PM');
    expect(mail.text).toContain(`Where: Video call: ${url}`);
    expect(mail.text).toContain(`Join the video call here, a few minutes before the time: ${url}`);
    expect(mail.text).toContain('use your private link: https://backwise.example/book/manage/secret');
    expect(mail.text).toContain('quiet, private place');
    expect(mail.text).not.toContain('Age: 34');
    expect(mail.ics).toContain('SEQUENCE:86400');
    expect(mail.ics).toContain(`UID:${video.id}@backwise`);
    expect(mail.notAfter).toEqual(video.start);
  });

  it('for a clinic visit gives the address and what to bring', () => {
    const mail = reminderMail(inClinic, { ...ctx, video: undefined });
    expect(mail.text).toContain('Where: Backwise Physical Therapy, 1200 W Lake St');
    expect(mail.text).toContain('Bring any scans');
    expect(mail.text).not.toContain('video');
  });

  it('without an open manage token points to the confirmation, and without a link invents none', () => {
    const mail = reminderMail(video, {
      ...ctx,
      manageUrl: undefined,
      video: { url: null, linkNow: true, leadHours: 24 },
    });
    expect(mail.text).toContain('use the private link in your confirmation email, or call us on');
    expect(mail.text).toContain('We will email you the link to the video call before your visit.');
    expect(mail.text).not.toMatch(/https?:\/\//);
  });
});

describe('missingVideoLinkMail', () => {
  it('flags a video visit without a link to the clinic, and only that', () => {
    const flag = missingVideoLinkMail(video, { ...ctx, video: { url: null, linkNow: true, leadHours: 24 } });
    expect(flag?.to).toBe(clinic.email);
    expect(flag?.text).toContain('No video link set for Maya Okafor, PT, DPT');
    expect(missingVideoLinkMail(video, ctx)).toBeUndefined();
    expect(missingVideoLinkMail(inClinic, { ...ctx, video: undefined })).toBeUndefined();
  });
});

describe('confirmation of a video visit', () => {
  const base = {
    clinic,
    clinicians: scheduleSeed.clinicians,
    manageUrl: 'https://backwise.example/book/manage/secret',
    now: ctx.now,
    sequence: 0,
  };

  it('inside the lead carries the link; ahead of it says when the link comes', () => {
    const now = readerMail('booked', video, { ...base, video: { url, linkNow: true, leadHours: 24 } });
    expect(now.text).toContain(`Where: Video call: ${url}`);
    expect(now.ics).toContain(`LOCATION:Video call: ${url}`);
    const later = readerMail('booked', video, { ...base, video: { url, linkNow: false, leadHours: 2 } });
    expect(later.text).toContain('Where: Video call: we email you the link 2 hours before');
    expect(later.text).not.toContain(url);
  });

  it('tells the clinic the link, or that none is set', () => {
    const withLink = clinicMail('booked', video, { ...base, video: { url, linkNow: false, leadHours: 24 } });
    expect(withLink.text).toContain(`Video link: ${url}`);
    const without = clinicMail('moved', video, {
      ...base,
      video: { url: null, linkNow: false, leadHours: 24 },
    });
    expect(without.text).toContain('No video link set for Maya Okafor, PT, DPT');
    expect(clinicMail('cancelled', video, base).text).not.toContain('video link');
  });
});
