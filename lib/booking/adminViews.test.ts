import { describe, expect, it } from 'vitest';
import { clinicConfig } from '../clinic/clinic.config';
import { parseClinic } from '../clinic/schema';
import { toCsv, viewRange } from './adminViews';

const clinic = parseClinic(clinicConfig);

describe('staff views', () => {
  it('today is the whole clinic-local day', () => {
    const range = viewRange(
      'today',
      { timeZone: clinic.timeZone, horizonDays: 28 },
      new Date('2026-12-01T04:30:00Z'),
    ); // 22:30 on 30 Nov in Chicago
    expect(range.from.toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('escapes CSV cells and neutralises spreadsheet formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=HYPERLINK("x")', 'plain']])).toBe(
      '"a,b","say ""hi""","\'=HYPERLINK(""x"")",plain\r\n',
    );
  });
});
