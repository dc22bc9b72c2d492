import { describe, expect, it } from 'vitest';
import { clinicConfig } from './clinic.config';
import { exampleNumberFields, isExampleNumber } from './exampleNumbers';
import { parseClinic } from './schema';

describe('example phone numbers', () => {
  it('recognises the 555-01xx range in any spacing', () => {
    expect(isExampleNumber('+1 312 555 0142')).toBe(true);
    expect(isExampleNumber('(312) 555-0199')).toBe(true);
    expect(isExampleNumber('+1 312 555 0200')).toBe(false);
    expect(isExampleNumber('911')).toBe(false);
  });

  it('names every field of the shipped config that still holds one', () => {
    expect(exampleNumberFields(parseClinic(clinicConfig))).toEqual([
      'clinic.phone',
      'clinic.nonEmergency.phone',
    ]);
    const real = parseClinic({
      ...clinicConfig,
      phone: '+1 312 996 2000',
      nonEmergency: { ...clinicConfig.nonEmergency, phone: '+1 312 996 3000' },
    });
    expect(exampleNumberFields(real)).toEqual([]);
  });
});
