import { describe, expect, it } from 'vitest';
import { clinicConfig } from './clinic.config';
import { parseClinic } from './schema';

describe('clinic config', () => {
  it('accepts the shipped config', () => {
    expect(parseClinic(clinicConfig).timeZone).toBe('America/Chicago');
  });

  it('names the field of an unknown time zone', () => {
    expect(() => parseClinic({ ...clinicConfig, timeZone: 'Mars/Olympus' })).toThrow(
      /clinic\.timeZone: unknown IANA/,
    );
  });

  it('names a visit type that points at a missing clinician', () => {
    const bad = structuredClone(clinicConfig);
    bad.visitTypes.telehealth.clinicians = ['nobody'];
    expect(() => parseClinic(bad)).toThrow(
      /clinic\.visitTypes\.telehealth\.clinicians\.0: no clinician with id "nobody"/,
    );
  });

  it('refuses opening hours that close before they open', () => {
    const bad = structuredClone(clinicConfig);
    bad.visitTypes.clinic.hours.fri = [{ open: '15:00', close: '08:00' }];
    expect(() => parseClinic(bad)).toThrow(
      /clinic\.visitTypes\.clinic\.hours\.fri\.0\.close: open must be before close/,
    );
  });

  it('refuses unknown keys so a typo is not silently ignored', () => {
    expect(() => parseClinic({ ...clinicConfig, emergencyNumbr: '112' })).toThrow(
      /clinic\.\(root\)|emergencyNumbr/,
    );
  });
});
