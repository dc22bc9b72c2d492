import type { Clinic } from './schema';

// 555-0100 to 555-0199 are reserved for fiction in North America: a live site must never show them.
const EXAMPLE = /(^|\D)555[\s().-]*01\d\d(\D|$)/;

export function isExampleNumber(phone: string): boolean {
  return EXAMPLE.test(phone);
}

/** The config fields that still hold an example number, as `clinic.<path>`. */
export function exampleNumberFields(clinic: Clinic): string[] {
  const fields: [string, string][] = [
    ['clinic.phone', clinic.phone],
    ['clinic.emergencyNumber', clinic.emergencyNumber],
    ['clinic.nonEmergency.phone', clinic.nonEmergency.phone],
  ];
  return fields.filter(([, phone]) => isExampleNumber(phone)).map(([field]) => field);
}
