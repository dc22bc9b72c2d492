/**
 * The round number of a form action's next answer. The previous state comes from the client (a crafted post
 * can send null, a string or a huge number), so anything but a sane count starts clean at 1 rather than
 * throwing a 500.
 */
export function nextRound(previous: unknown): number {
  const round =
    typeof previous === 'object' && previous !== null && 'round' in previous ? previous.round : undefined;
  return typeof round === 'number' && Number.isSafeInteger(round) && round >= 0 && round < 1e9
    ? round + 1
    : 1;
}

/** The posted form, or an empty one when a crafted server-action call sends something else. */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
