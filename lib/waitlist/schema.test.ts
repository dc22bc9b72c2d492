import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../booking/schema';
import { initialJoinValues } from './initialValues';
import { checkJoin, joinSchema, rangeErrors } from './schema';

const good = {
  type: 'clinic',
  from: '2026-12-01',
  to: '2026-12-05',
  name: 'Ana Reader',
  email: 'ana@example.com',
  phone: '312 555 0142',
  consent: true,
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = joinSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('joinSchema', () => {
  it('accepts a complete request', () => {
    expect(joinSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    ['type', 'home', 'Choose in the clinic or by video'],
    ['from', '2026-02-30', 'Enter the first date you could come, like 2026-12-01'],
    ['to', 'next week', 'Enter the last date you could come, like 2026-12-08'],
    ['name', '  ', 'Enter your full name'],
    ['email', 'ana@', 'Enter an email address like name@example.com'],
    ['phone', '12', 'Enter a phone number, like 312 555 0142'],
    ['consent', undefined, 'Tick the box to agree to the privacy notice'],
  ])('names the field %s when it is wrong', (field, value, message) => {
    expect(errorsOf({ ...good, [field]: value })).toEqual({ [field]: message });
  });
});

describe('rangeErrors', () => {
  const window = { today: '2026-11-30', lastDay: '2026-12-28' };

  it('accepts a forward range inside the booking window', () => {
    expect(rangeErrors('2026-11-30', '2026-12-28', window)).toEqual({});
  });

  it('names the first date when it has passed, and the last when it is past the horizon', () => {
    expect(rangeErrors('2026-11-29', '2026-12-29', window)).toEqual({
      from: 'The first date must be today or later',
      to: 'We book up to 2026-12-28: choose that date or earlier',
    });
  });

  it('names the last date when the range runs backwards', () => {
    expect(rangeErrors('2026-12-05', '2026-12-04', window)).toEqual({
      to: 'The last date must be the same as or after the first date',
    });
  });
});

describe('initialJoinValues', () => {
  const window = { today: '2026-11-30', lastDay: '2026-12-28' };

  it('takes the type and week from the link when they are bookable', () => {
    expect(
      initialJoinValues({ type: 'telehealth', from: '2026-12-07', to: '2026-12-09' }, window),
    ).toMatchObject({
      type: 'telehealth',
      from: '2026-12-07',
      to: '2026-12-09',
    });
  });

  it('falls back to the coming week, clipped to the horizon, for junk', () => {
    expect(initialJoinValues({ type: 'home', from: '2026-02-30' }, window)).toMatchObject({
      type: 'clinic',
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(initialJoinValues({ from: '2026-12-26', to: '2026-12-20' }, window)).toMatchObject({
      from: '2026-12-26',
      to: '2026-12-28',
    });
  });
});

describe('checkJoin', () => {
  const window = { today: '2026-11-30', lastDay: '2026-12-28' };

  it('names a bad field and a bad range together', () => {
    expect(checkJoin({ ...good, email: 'x', to: '2027-01-30' }, window)).toEqual({
      ok: false,
      errors: {
        email: 'Enter an email address like name@example.com',
        to: 'We book up to 2026-12-28: choose that date or earlier',
      },
    });
  });

  it('passes a good request through', () => {
    expect(checkJoin(good, window)).toMatchObject({ ok: true, data: { from: '2026-12-01' } });
  });
});
