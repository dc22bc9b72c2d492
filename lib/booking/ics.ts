// An iCalendar (RFC 5545) file for one booking, with its time zone, so calendars show the right local time.
import { oneLine } from '../text/plainText';
import { toOffsetIso } from './slots';

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  organizerEmail: string;
  status: 'CONFIRMED' | 'CANCELLED';
  sequence: number;
  stamp: Date;
}

/** RFC 5545 TEXT: any line break (a lone CR too) becomes an escaped newline, any other control a space. */
function escapeText(value: string): string {
  return oneLine(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

/** Folds lines longer than 75 octets, as the format requires. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char, 'utf8') > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localStamp(instant: Date, timeZone: string): { local: string; offset: string } {
  const iso = toOffsetIso(instant, timeZone);
  return { local: iso.slice(0, 19).replace(/[-:]/g, ''), offset: iso.slice(19).replace(':', '') };
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildIcs(event: IcsEvent): string {
  const start = localStamp(event.start, event.timeZone);
  const end = localStamp(event.end, event.timeZone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Backwise//Booking//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VTIMEZONE',
    `TZID:${event.timeZone}`,
    // The offset in force on the day of the visit is all a calendar needs to place this one event.
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${start.offset}`,
    `TZOFFSETTO:${start.offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=${event.timeZone}:${start.local}`,
    `DTEND;TZID=${event.timeZone}:${end.local}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `ORGANIZER:mailto:${event.organizerEmail}`,
    `STATUS:${event.status}`,
    `SEQUENCE:${event.sequence}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
