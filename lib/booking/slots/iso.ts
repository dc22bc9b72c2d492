// RFC 3339 timestamps with an explicit numeric offset: "2026-12-01T09:00:00-06:00".
import { MINUTE_MS, daysInMonth, formatDate, pad, utcMs } from './calendar';
import { offsetSeconds } from './zone';

const OFFSET_ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/**
 * `instant` as local time in `timeZone` with its offset, to the second (milliseconds are dropped).
 * Never "Z": UTC prints as "+00:00". Historical offsets with seconds are rounded to the minute and the
 * local reading shifted to match, so the string always denotes `instant` exactly.
 */
export function toOffsetIso(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  const whole = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = Math.round(offsetSeconds(whole, timeZone) / 60);
  const local = new Date(whole + offsetMinutes * MINUTE_MS);
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return (
    `${formatDate(local.getTime())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:` +
    `${pad(local.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * Strict inverse of toOffsetIso: exactly YYYY-MM-DDTHH:MM:SS±HH:MM with real calendar values
 * (no "Z", no fractions, no 24:00, no leap second, offset minutes < 60). Undefined for anything else.
 */
export function parseOffsetIso(text: string): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const m = OFFSET_ISO_RE.exec(text);
  if (!m) return undefined;
  const num = (i: number): number => Number(m[i]);
  const [year, month, day, hour, minute, second] = [num(1), num(2), num(3), num(4), num(5), num(6)];
  const [offH, offM] = [num(8), num(9)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offH > 23 || offM > 59) return undefined;
  const sign = m[7] === '-' ? -1 : 1;
  return new Date(utcMs(year, month, day, hour, minute, second) - sign * (offH * 60 + offM) * MINUTE_MS);
}
