import { describe, expect, it } from 'vitest';
import { unseal } from '../crypto';
import {
  MANAGE_TOKEN_PURPOSE,
  leadPhrase,
  linkTimeReached,
  remindAtFor,
  reminderColumns,
  videoLocation,
} from './remindersPlan';

const start = new Date('2026-12-01T14:45:00Z');
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);

describe('remindAtFor', () => {
  it('is the lead before the visit when that is still ahead', () => {
    expect(remindAtFor(start, hoursBefore(30), 24)).toEqual(hoursBefore(24));
    expect(remindAtFor(start, hoursBefore(1), 0.05)).toEqual(new Date(start.getTime() - 3 * 60_000));
  });

  it('is null for a booking made or moved inside the lead, or exactly at it', () => {
    expect(remindAtFor(start, hoursBefore(23), 24)).toBeNull();
    expect(remindAtFor(start, hoursBefore(24), 24)).toBeNull();
  });
});

describe('linkTimeReached', () => {
  it('turns true at the reminder time, not before', () => {
    expect(linkTimeReached(start, new Date(hoursBefore(24).getTime() - 1), 24)).toBe(false);
    expect(linkTimeReached(start, hoursBefore(24), 24)).toBe(true);
    expect(linkTimeReached(start, hoursBefore(2), 24)).toBe(true);
  });
});

describe('leadPhrase', () => {
  it('says "the day before" only for 24 hours', () => {
    expect(leadPhrase(24)).toBe('the day before');
    expect(leadPhrase(48)).toBe('2 days before');
    expect(leadPhrase(1)).toBe('1 hour before');
    expect(leadPhrase(12)).toBe('12 hours before');
    expect(leadPhrase(1.5)).toBe('90 minutes before');
    expect(leadPhrase(0.05)).toBe('3 minutes before');
    expect(leadPhrase(5.5)).toBe('5 hours 30 minutes before');
    expect(leadPhrase(2 + 1 / 60)).toBe('2 hours 1 minute before');
    expect(leadPhrase(0.001)).toBe('1 minute before');
  });
});

describe('videoLocation', () => {
  it('gives the link from the reminder time on, and never invents one', () => {
    const url = 'https://video.example/room/maya';
    expect(videoLocation({ url, linkNow: true, leadHours: 24 })).toBe(`Video call: ${url}`);
    expect(videoLocation({ url, linkNow: false, leadHours: 24 })).toBe(
      'Video call: we email you the link the day before',
    );
    expect(videoLocation({ url, linkNow: false, leadHours: 2 })).toBe(
      'Video call: we email you the link 2 hours before',
    );
    expect(videoLocation({ url: null, linkNow: true, leadHours: 24 })).toBe(
      'Video call: we will email you the link before your visit',
    );
    expect(videoLocation(undefined)).toBe('Video call');
  });
});

describe('reminderColumns', () => {
  it('seals the token under the secret and sets the due time', () => {
    const cols = reminderColumns(
      { secret: 's'.repeat(32), leadHours: 24, now: hoursBefore(48) },
      start,
      'tok',
    );
    expect(cols.remindAt).toEqual(hoursBefore(24));
    expect(unseal('s'.repeat(32), MANAGE_TOKEN_PURPOSE, cols.manageTokenSealed ?? '')).toBe('tok');
    expect(reminderColumns({ leadHours: 24, now: hoursBefore(1) }, start, 'tok')).toEqual({
      manageTokenSealed: null,
      remindAt: null,
    });
  });
});
