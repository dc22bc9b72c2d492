import { describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from '../../clinic/clinic.config';
import { parseClinic } from '../../clinic/schema';
import { parseScheduleSeed } from '../../clinic/seed';
import { scheduleFromSeed } from '../../schedule/fromSeed';
import { readerFacts } from './fixtures';
import { clinicMail, readerMail, type BookingFacts, type MailContext } from './messages';

const clinic = parseClinic(clinicConfig);
const booking: BookingFacts = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'clinic',
  start: new Date('2026-12-01T14:45:00Z'),
  end: new Date('2026-12-01T15:30:00Z'),
  ...readerFacts,
  progressSummary: 'PEG score: 6.7 in week 1, 4 in week 3',
};
const ctx: MailContext = {
  clinic,
  clinicians: scheduleFromSeed(parseScheduleSeed(scheduleSeed)).clinicians,
  manageUrl: 'https://backwise.example/book/manage/secret',
  now: new Date('2026-11-30T14:00:00Z'),
  sequence: 0,
};

describe('the summaries a reader chose to attach', () => {
  it('reach the clinic, each under its own heading', () => {
    const text = clinicMail('booked', booking, ctx).text;
    expect(text).toContain('Self-check summary (attached by the reader):\nAge: 34');
    expect(text).toContain(
      'Recovery tracker summary (attached by the reader):\nPEG score: 6.7 in week 1, 4 in week 3',
    );
  });

  it('are left out when not attached', () => {
    const text = clinicMail('booked', { ...booking, triageSummary: null, progressSummary: null }, ctx).text;
    expect(text).not.toContain('attached by the reader');
  });

  it('never go back to the reader by mail', () => {
    const text = readerMail('booked', booking, ctx).text;
    expect(text).not.toContain('PEG score');
    expect(text).not.toContain('Age: 34');
  });
});
