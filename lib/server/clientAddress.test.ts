import { describe, expect, it } from 'vitest';
import { PEER_HEADER, clientKey } from './clientAddress';

const headers = (h: Record<string, string>) => new Headers(h);

describe('clientKey', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY is set', () => {
    const h = headers({ 'x-forwarded-for': '203.0.113.9', [PEER_HEADER]: '10.0.0.5' });
    expect(clientKey(h, false)).toBe('10.0.0.5');
    expect(clientKey(h, true)).toBe('203.0.113.9');
  });

  it('takes the first address the proxy reports', () => {
    expect(clientKey(headers({ 'x-forwarded-for': '198.51.100.1, 10.0.0.1' }), true)).toBe('198.51.100.1');
  });

  it('falls back to the connection address when the proxy sent none', () => {
    expect(clientKey(headers({ [PEER_HEADER]: '::1' }), true)).toBe('::1');
    expect(clientKey(headers({}), false)).toBe('unknown');
  });
});
