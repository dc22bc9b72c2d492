import { describe, expect, it } from 'vitest';
import {
  clinicianForm,
  closureForm,
  formErrors,
  hoursForm,
  isHttpsUrl,
  isRealDate,
  normalTime,
  settingsForm,
} from './forms';

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : formErrors(result.error as Parameters<typeof formErrors>[0]);

describe('settings form', () => {
  it('reads whole numbers', () => {
    expect(settingsForm.parse({ minNoticeMinutes: ' 90 ', horizonDays: '60' })).toEqual({
      minNoticeMinutes: 90,
      horizonDays: 60,
    });
  });

  it('names each bad field', () => {
    expect(errorsOf(settingsForm.safeParse({ minNoticeMinutes: '-5', horizonDays: '0' }))).toEqual({
      minNoticeMinutes: expect.stringMatching(/^Minimum notice must be a whole number/),
      horizonDays: expect.stringMatching(/^Horizon must be a whole number of days from 1 to 365/),
    });
    expect(
      errorsOf(settingsForm.safeParse({ minNoticeMinutes: '20161', horizonDays: '1.5' })),
    ).toHaveProperty('horizonDays');
    expect(errorsOf(settingsForm.safeParse({}))).toHaveProperty('minNoticeMinutes');
  });
});

describe('hours form', () => {
  it('keeps the periods given, sorted, and closes the days left empty', () => {
    const parsed = hoursForm.parse({
      type: 'telehealth',
      slotMinutes: '30',
      'mon-0-open': '18:00',
      'mon-0-close': '20:00',
      'mon-1-open': '7:00',
      'mon-1-close': '09:00',
    });
    expect(parsed).toEqual({
      type: 'telehealth',
      slotMinutes: 30,
      hours: {
        mon: [
          { open: '07:00', close: '09:00' },
          { open: '18:00', close: '20:00' },
        ],
      },
    });
  });

  it('names the field of a time that is not a time, with its day and period', () => {
    expect(
      errorsOf(
        hoursForm.safeParse({
          type: 'clinic',
          slotMinutes: '45',
          'tue-1-open': '25:00',
          'tue-1-close': '26:00',
        }),
      ),
    ).toEqual({
      'tue-1-open': 'Tuesday, period 2: enter the opening time as 24-hour HH:MM, like 08:00',
      'tue-1-close': 'Tuesday, period 2: enter the closing time as 24-hour HH:MM, like 17:30',
    });
  });

  it('names a half-filled period, a period that closes before it opens, and an overlap', () => {
    const errors = errorsOf(
      hoursForm.safeParse({
        type: 'clinic',
        slotMinutes: '45',
        'wed-0-open': '09:00',
        'thu-0-open': '17:00',
        'thu-0-close': '08:00',
        'fri-0-open': '08:00',
        'fri-0-close': '12:00',
        'fri-1-open': '11:00',
        'fri-1-close': '13:00',
      }),
    );
    expect(errors).toEqual({
      'wed-0-close': 'Wednesday, period 1: enter both the opening and the closing time, or neither',
      'thu-0-close': 'Thursday, period 1: the closing time must be after the opening time',
      'fri-1-open': 'Friday, period 2: overlaps period 1',
    });
  });

  it('refuses an unknown visit type by name', () => {
    expect(errorsOf(hoursForm.safeParse({ type: 'house-call', slotMinutes: '30' }))).toEqual({
      type: 'Choose in the clinic or by video',
    });
  });

  it('names a visit length that is not a whole number of minutes from 10 to 240', () => {
    for (const slotMinutes of ['', '5', '241', '45.5', 'forty']) {
      expect(errorsOf(hoursForm.safeParse({ type: 'clinic', slotMinutes }))).toEqual({
        slotMinutes: 'Length of one visit must be a whole number of minutes from 10 to 240',
      });
    }
    expect(hoursForm.parse({ type: 'clinic', slotMinutes: ' 60 ' }).slotMinutes).toBe(60);
  });
});

describe('closure form', () => {
  it('closes one day when the last date is left empty', () => {
    expect(closureForm.parse({ from: '2027-07-05', to: '', reason: ' Independence Day ' })).toEqual({
      from: '2027-07-05',
      to: '2027-07-05',
      reason: 'Independence Day',
    });
  });

  it('takes a range across a month end', () => {
    expect(closureForm.parse({ from: '2027-01-30', to: '2027-02-02', reason: 'Training' }).to).toBe(
      '2027-02-02',
    );
  });

  it('names each bad field', () => {
    expect(errorsOf(closureForm.safeParse({ from: '2027-02-30', to: 'soon', reason: ' ' }))).toEqual({
      from: 'Enter the first closed date as a real date, like 2027-01-30',
      to: 'Enter the last closed date as a real date, like 2027-02-02, or leave it empty for one day',
      reason: 'Enter a reason, like Thanksgiving or staff training',
    });
    expect(errorsOf(closureForm.safeParse({ from: '2027-02-02', to: '2027-01-30', reason: 'x' }))).toEqual({
      to: 'The last closed date must be on or after the first closed date',
    });
    expect(errorsOf(closureForm.safeParse({ from: '2027-01-01', to: '2028-06-01', reason: 'x' }))).toEqual({
      to: 'A closed range can be at most a year long',
    });
  });
});

describe('clinician form', () => {
  const good = {
    name: 'Vic Video',
    credentials: 'PT',
    role: 'Physical therapist',
    visitTypes: ['telehealth'],
    active: true,
    videoUrl: '',
  };

  it('keeps an empty video link as none, and visit types in the list order', () => {
    expect(clinicianForm.parse({ ...good, visitTypes: ['telehealth', 'clinic'] })).toMatchObject({
      videoUrl: null,
      visitTypes: ['clinic', 'telehealth'],
    });
    expect(clinicianForm.parse({ ...good, videoUrl: 'https://video.example.com/vic' }).videoUrl).toBe(
      'https://video.example.com/vic',
    );
  });

  it('names each bad field', () => {
    expect(
      errorsOf(
        clinicianForm.safeParse({
          ...good,
          name: ' ',
          role: '',
          visitTypes: [],
          videoUrl: 'http://video.example.com/vic',
        }),
      ),
    ).toEqual({
      name: 'Enter the clinician’s name',
      role: 'Enter the clinician’s role, like Physical therapist',
      visitTypes: 'Choose at least one visit type this clinician sees',
      videoUrl: 'Video-room link must be an https:// address, like https://video.example.com/room, or empty',
    });
  });
});

describe('field helpers', () => {
  it('knows real dates, times and https links', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(normalTime('8:05')).toBe('08:05');
    expect(normalTime('24:00')).toBeUndefined();
    expect(isHttpsUrl('https://meet.example.org/room-1')).toBe(true);
    expect(isHttpsUrl('https://user:pw@meet.example.org/')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
  });
});
