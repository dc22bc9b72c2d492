import { describe, expect, it } from 'vitest';
import { clinicConfig } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { joinedMail, offerMail } from './mails';

const clinic = parseClinic(clinicConfig);
const entry = {
  type: 'clinic' as const,
  fromDate: '2026-12-01',
  toDate: '2026-12-04',
  name: 'Ana',
  email: 'ana@example.com',
};

describe('waitlist mails', () => {
  it('the joined mail names the range and carries the leave link', () => {
    const mail = joinedMail(entry, clinic, 'https://b.example/book/waitlist/leave/LEAVE');
    expect(mail).toMatchObject({ kind: 'waitlist-joined', to: 'ana@example.com' });
    expect(mail.subject).toContain('Tuesday, December 1 to Friday, December 4');
    expect(mail.text).toContain('https://b.example/book/waitlist/leave/LEAVE');
    expect(mail.text).toContain('the first to confirm gets it');
  });

  it('the offer mail names the time, the one-step link, who wins, the expiry and the leave link', () => {
    const mail = offerMail(entry, clinic, {
      start: new Date('2026-12-01T15:00:00Z'),
      expiresAt: new Date('2026-12-01T02:00:00Z'),
      bookUrl: 'https://b.example/book/waitlist/offer/OFFER',
      leaveUrl: 'https://b.example/book/waitlist/leave/OFFER',
    });
    expect(mail.kind).toBe('waitlist-offer');
    expect(mail.subject).toContain('Tuesday, December 1 at 9:00 AM');
    expect(mail.text).toContain('https://b.example/book/waitlist/offer/OFFER');
    expect(mail.text).toContain('the first to confirm gets it');
    expect(mail.text).toContain('The offer ends Monday, November 30 at 8:00 PM');
    expect(mail.text).toContain('https://b.example/book/waitlist/leave/OFFER');
    expect(mail.text).toContain('you stay on the waitlist');
  });
});
