// Plain words for stored values. The server page builds them from the self-check's own lists
// (lib/triage/questions.ts) and hands them to the client, so the tracker's bundle never carries the
// self-check's question text.
export interface Labels {
  /** Self-check `activity` value -> its words. */
  activities: Record<string, string>;
  /** Emergency or urgent item -> its words. */
  flags: Record<string, string>;
}

export function labelOf(map: Record<string, string>, value: string): string {
  return map[value] ?? value;
}
