import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { fixtures } from './fixtures';
import { defaultLabels } from './summary';

describe('toCsv', () => {
  const csv = toCsv(fixtures.eightWeeks, defaultLabels());
  const lines = csv.trimEnd().split('\r\n');

  it('has a header, one row per check-in, oldest first, and one row per session', () => {
    expect(lines[0]).toMatch(/^record,date,week,pain_average,/);
    expect(lines).toHaveLength(1 + 8 + 5);
    expect(lines[1]).toBe(
      'check-in,2026-10-05,1,7,6,7,6.7,Running: 2; Weight training or gym machines: 1,,,,,',
    );
    expect(lines[8]).toMatch(/^check-in,2026-11-23,8,2,2,2,2,/);
    expect(lines).toContain('session,2026-10-13,,,,,,,,,Running,Step 2: easy runs,no');
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-3')).toBe("'-3");
    expect(csvField(-3)).toBe('-3');
  });
});
