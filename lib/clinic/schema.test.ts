import { describe, expect, it } from 'vitest';
import { clinicConfig, scheduleSeed } from './clinic.config';
import { parseClinic } from './schema';
import { parseScheduleSeed } from './seed';

describe('clinic config', () => {
  it('accepts the shipped config', () => {
    expect(parseClinic(clinicConfig).timeZone).toBe('America/Chicago');
  });

  it('names the field of an unknown time zone', () => {
    expect(() => parseClinic({ ...clinicConfig, timeZone: 'Mars/Olympus' })).toThrow(
      /clinic\.timeZone: unknown IANA/,
    );
  });

  it('refuses unknown keys so a typo is not silently ignored', () => {
    expect(() => parseClinic({ ...clinicConfig, emergencyNumbr: '112' })).toThrow(
      /clinic\.\(root\)|emergencyNumbr/,
    );
  });

  it('keeps the schedule out of the facts: hours in the facts are refused', () => {
    const bad = structuredClone(clinicConfig) as Record<string, unknown>;
    bad.minNoticeMinutes = 60;
    expect(() => parseClinic(bad)).toThrow(/minNoticeMinutes/);
  });
});

describe('schedule seed', () => {
  it('accepts the shipped seed', () => {
    expect(parseScheduleSeed(scheduleSeed).clinicians).toHaveLength(3);
  });

  it('refuses opening hours that close before they open', () => {
    const bad = structuredClone(scheduleSeed) as unknown as {
      hours: { clinic: Record<string, unknown> };
    };
    bad.hours.clinic.fri = [{ open: '15:00', close: '08:00' }];
    expect(() => parseScheduleSeed(bad)).toThrow(
      /scheduleSeed\.hours\.clinic\.fri\.0\.close: open must be before close/,
    );
  });

  it('names a closed range that ends before it starts', () => {
    const bad = { ...scheduleSeed, closures: [{ from: '2027-02-02', to: '2027-01-30', reason: 'x' }] };
    expect(() => parseScheduleSeed(bad)).toThrow(/scheduleSeed\.closures\.0\.to: from must not be after to/);
  });

  it('names a duplicate clinician id', () => {
    const bad = { ...scheduleSeed, clinicians: [scheduleSeed.clinicians[0], scheduleSeed.clinicians[0]] };
    expect(() => parseScheduleSeed(bad)).toThrow(/scheduleSeed\.clinicians\.1\.id: duplicate id/);
  });
});
