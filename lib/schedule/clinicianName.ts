/** The clinicians a name is looked up in: the schedule's list satisfies it. */
export type ClinicianNames = readonly { id: string; name: string; credentials: string }[];

/** "Maya Okafor, PT, DPT"; the id itself when the clinician is gone, so a booking is never shown blank. */
export function clinicianName(team: ClinicianNames, id: string): string {
  const c = team.find((x) => x.id === id);
  if (!c) return id;
  return c.credentials ? `${c.name}, ${c.credentials}` : c.name;
}
