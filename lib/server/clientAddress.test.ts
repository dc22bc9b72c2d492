import { describe, expect, it, vi } from 'vitest';
import { parseAddressList } from './addressList';
import { PEER_HEADER, clientAddress, clientKey, warnIfProxiedUntrusted } from './clientAddress';

const headers = (h: Record<string, string>) => new Headers(h);
const loopback = parseAddressList('127.0.0.0/8,::1');

describe('clientKey', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY is set', () => {
    const h = headers({ 'x-forwarded-for': '203.0.113.9', [PEER_HEADER]: '127.0.0.1' });
    expect(clientKey(h, false, loopback)).toBe('127.0.0.1');
    expect(clientKey(h, true, loopback)).toBe('203.0.113.9');
  });

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    // The app port reached directly: the client's own X-Forwarded-For picks nothing.
    const direct = headers({ 'x-forwarded-for': '203.0.113.9', [PEER_HEADER]: '198.51.100.7' });
    expect(clientKey(direct, true, loopback)).toBe('198.51.100.7');
    expect(clientKey(direct, true, parseAddressList('198.51.100.0/24'))).toBe('203.0.113.9');
  });

  it('takes the rightmost hop that is not a trusted proxy, never what the client wrote left of it', () => {
    const chain = headers({
      'x-forwarded-for': '1.2.3.4, 198.51.100.1, 10.0.0.2',
      [PEER_HEADER]: '::ffff:127.0.0.1',
    });
    expect(clientKey(chain, true, parseAddressList('127.0.0.1, 10.0.0.0/8'))).toBe('198.51.100.1');
    expect(clientKey(chain, true, parseAddressList('127.0.0.1, 10.0.0.0/8, 198.51.100.1'))).toBe('1.2.3.4');
  });

  it('falls back to the connection address when the proxy sent none', () => {
    expect(clientKey(headers({ [PEER_HEADER]: '::1' }), true, loopback)).toBe('::1');
    expect(clientKey(headers({}), false, loopback)).toBe('unknown');
    expect(clientAddress(headers({}), loopback)).toBeUndefined();
  });
});

describe('warnIfProxiedUntrusted', () => {
  it('warns once per process, and never when TRUST_PROXY is on', () => {
    const warn = vi.fn();
    expect(warnIfProxiedUntrusted(true, warn)).toBe(false);
    expect(warnIfProxiedUntrusted(false, warn)).toBe(true);
    expect(warnIfProxiedUntrusted(false, warn)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/X-Forwarded-For.*TRUST_PROXY/);
  });
});

describe('parseAddressList', () => {
  it('reads addresses and CIDR ranges of both families', () => {
    const list = parseAddressList(' 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32');
    expect(['10.200.1.1', '192.0.2.7', '2001:db8::5', '::ffff:10.1.1.1'].map((a) => list.has(a))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['11.0.0.1', '192.0.2.8', '2001:db9::5', 'not-an-ip'].some((a) => list.has(a))).toBe(false);
  });

  it('names a bad entry', () => {
    expect(() => parseAddressList('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
    expect(() => parseAddressList('localhost')).toThrow(/"localhost" is not an IP address/);
  });
});
