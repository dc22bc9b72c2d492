export interface DoseLike {
  sets: number;
  reps?: string;
  hold?: string;
  rest?: string;
  frequency: string;
}

// "8", "8-12", "8–12", "8 to 12": a count the word "reps" can follow.
const COUNT = String.raw`\d+(?:\s*(?:-|–|to)\s*\d+)?`;
const plainCount = new RegExp(`^${COUNT}$`);
// "5-6 each side": a count, then where it applies; "reps" goes between them.
const countPerSide = new RegExp(`^(${COUNT})\\s+((?:each|per) (?:side|leg|arm))$`);

/**
 * The dose as a person would write it: "2 sets of 8-12 reps, hold 5 seconds", "2 sets of 5-6 reps each
 * side", "2 sets of 5-8 slow cycles". "reps" is added only after a plain count, never after words.
 */
export function doseText(dose: DoseLike): string {
  const parts = [`${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}`];
  const reps = dose.reps?.trim();
  if (reps) {
    const perSide = countPerSide.exec(reps);
    if (plainCount.test(reps)) parts[0] += ` of ${reps} reps`;
    else if (perSide) parts[0] += ` of ${perSide[1]} reps ${perSide[2]}`;
    else parts[0] += ` of ${reps}`;
  }
  if (dose.hold) parts.push(`hold ${dose.hold}`);
  return parts.join(', ');
}

// Word families a dose line counts in; each may appear once ("reps" and "repetitions" are one family).
const unitFamilies: readonly (readonly [string, RegExp])[] = [
  ['reps', /\b(?:reps?|repetitions?)\b/gi],
  ['sets', /\bsets?\b/gi],
  ['cycles', /\bcycles?\b/gi],
  ['seconds', /\bseconds?\b/gi],
  ['minutes', /\bminutes?\b/gi],
  ['breaths', /\bbreaths?\b/gi],
];

/** What is wrong with a dose's wording, for the content check: doubled units, "reps" after words. */
export function doseProblems(dose: DoseLike): string[] {
  const problems: string[] = [];
  const reps = dose.reps?.trim();
  if (reps && /\b(?:reps?|repetitions?)\b/i.test(reps)) {
    problems.push(`reps: write only the count ("8-12"), not the word "reps" ("${reps}")`);
  }
  const line = doseText(dose);
  for (const [name, pattern] of unitFamilies) {
    const count = line.match(pattern)?.length ?? 0;
    if (count > 1) problems.push(`the dose line "${line}" says "${name}" ${count} times`);
  }
  // "reps" may only follow a count: "of 8-12 reps" or "of 5 reps each side", never "of slow cycles reps".
  for (const match of line.matchAll(/(\S+)\s+reps\b/gi)) {
    if (!/\d$/.test(match[1] ?? '')) problems.push(`the dose line "${line}" puts "reps" after words`);
  }
  return problems;
}
