// The one list of visit types: zod, the database, slot generation and the booking page all read it.
// Adding one here also needs its entry under `visitTypes` in clinic.config.ts (the config schema checks it).
export const visitTypes = ['clinic', 'telehealth'] as const;
export type VisitType = (typeof visitTypes)[number];
