import { describe, expect, it } from 'vitest';
import { usableVideoUrl } from './remindersVideo';

describe('usableVideoUrl', () => {
  it('keeps an http(s) room address, trimmed', () => {
    expect(usableVideoUrl(' https://meet.example/room/maya ')).toBe('https://meet.example/room/maya');
    expect(usableVideoUrl('http://video.example/r/1')).toBe('http://video.example/r/1');
  });

  it('treats anything else as no link set', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '   ',
      'javascript:alert(1)',
      'meet.example/room',
      'https://a b.example',
    ])
      expect(usableVideoUrl(bad)).toBeNull();
  });
});
