// Time-zone maths with Intl only: the offset of a zone at an instant, and local wall time -> instant.
import { DAY_MS, formatDate, parseDate, parseTime, utcMs } from './calendar';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function assertValid(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return ms;
}

/** The wall-clock reading in `timeZone` at `instant` (whole seconds). */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  let bc = false;
  for (const p of formatterFor(timeZone).formatToParts(new Date(assertValid(instant)))) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  const year = bc ? 1 - (out.year ?? 0) : (out.year ?? 0);
  // Some engines print midnight as hour 24 even with h23; treat it as 0.
  const hour = out.hour === 24 ? 0 : (out.hour ?? 0);
  return {
    year,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instantMs`, in seconds (east positive: Chicago in winter is -21600). */
export function offsetSeconds(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const p = localParts(new Date(whole), timeZone);
  return (utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - whole) / 1000;
}

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return formatDate(utcMs(p.year, p.month, p.day));
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time` (HH:MM).
 * Undefined for a nonexistent local time (spring-forward gap) or a malformed date/time;
 * for an ambiguous local time (fall-back overlap) the earlier instant.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date | undefined {
  const d = parseDate(date);
  const minutes = parseTime(time);
  if (!d || minutes === undefined) return undefined;
  const wall = utcMs(d.year, d.month, d.day, Math.floor(minutes / 60), minutes % 60);
  // The offsets a day either side of the reading cover both sides of any nearby transition; when they agree
  // (almost always) one round trip settles it. Otherwise also try the two-pass guess and keep the earliest fit.
  const before = offsetSeconds(wall - DAY_MS, timeZone);
  const after = offsetSeconds(wall + DAY_MS, timeZone);
  if (before === after && offsetSeconds(wall - before * 1000, timeZone) === before)
    return new Date(wall - before * 1000);
  const first = offsetSeconds(wall, timeZone);
  const candidates = new Set([before, after, first, offsetSeconds(wall - first * 1000, timeZone)]);
  let best: number | undefined;
  for (const offset of candidates) {
    const instant = wall - offset * 1000;
    // Round trip: the zone's offset at that instant must be the one assumed, else the reading lies elsewhere.
    if (offsetSeconds(instant, timeZone) === offset && (best === undefined || instant < best)) best = instant;
  }
  return best === undefined ? undefined : new Date(best);
}
