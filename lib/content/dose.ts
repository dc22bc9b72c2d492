export interface DoseLike {
  sets: number;
  reps?: string;
  hold?: string;
  rest?: string;
  frequency: string;
}

/** "2 sets of 8-12 reps, hold 5 seconds" */
export function doseText(dose: DoseLike): string {
  const parts = [`${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}`];
  if (dose.reps) parts[0] += ` of ${dose.reps} reps`;
  if (dose.hold) parts.push(`hold ${dose.hold}`);
  return parts.join(', ');
}
