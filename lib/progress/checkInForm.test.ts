import { describe, expect, it } from 'vitest';
import { localDate, parseCheckIn, type CheckInFields } from './checkInForm';

const valid: CheckInFields = {
  date: '2026-12-01',
  pain: '6',
  enjoyment: '5',
  general: ' 4 ',
  sessions: { running: '2', weights: '', cycling: '0' },
  flags: ['fever'],
  note: '  Felt OK on the bike.  ',
};

describe('parseCheckIn', () => {
  it('reads a valid check-in, dropping empty and zero session counts', () => {
    expect(parseCheckIn(valid, '2026-12-01')).toEqual({
      ok: true,
      checkIn: {
        date: '2026-12-01',
        pain: 6,
        enjoyment: 5,
        general: 4,
        sessions: { running: 2 },
        flags: ['fever'],
        note: 'Felt OK on the bike.',
      },
    });
  });

  it('names every field that is wrong, in form order', () => {
    const result = parseCheckIn(
      {
        ...valid,
        date: '2026-12-02',
        pain: '',
        enjoyment: '11',
        general: '4.5',
        sessions: { running: '-1' },
      },
      '2026-12-01',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'date',
      'pain',
      'enjoyment',
      'general',
      'sessions-running',
    ]);
    expect(result.errors[1]?.message).toBe(
      'Enter a number from 0 to 10 for your pain on average in the past week',
    );
  });

  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-05', ''])(
    'refuses %j, which is not a real calendar date',
    (date) => {
      const result = parseCheckIn({ ...valid, date }, '2026-12-01');
      expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['date']);
    },
  );

  it('takes a leap day in a leap year', () => {
    expect(parseCheckIn({ ...valid, date: '2028-02-29' }, '2028-03-01').ok).toBe(true);
  });

  it('refuses a note over 500 characters', () => {
    const result = parseCheckIn({ ...valid, note: 'x'.repeat(501) }, '2026-12-01');
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['note']);
  });
});

describe('localDate', () => {
  it('is the local calendar day, zero-padded, as the date input and toLocaleDateString("en-CA") give it', () => {
    for (const at of [new Date(2026, 0, 5, 0, 0), new Date(2026, 11, 31, 23, 59), new Date(2027, 8, 9, 12)]) {
      expect(localDate(at)).toBe(at.toLocaleDateString('en-CA'));
    }
    expect(localDate(new Date(2026, 2, 7, 23, 30))).toBe('2026-03-07');
  });
});
