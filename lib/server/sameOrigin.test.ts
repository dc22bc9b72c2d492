import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { crossSiteVerdict, exactOrigin, isMediaType, ownOrigin, requireMediaType } from './sameOrigin';

const headers = (h: Record<string, string>) => new Headers(h);
const allowed = ['https://backwise.example', 'https://www.backwise.example'];

describe('the cross-site guard', () => {
  it('lets same-origin, typed and header-less requests through', () => {
    expect(crossSiteVerdict(headers({}), allowed)).toBeUndefined();
    expect(crossSiteVerdict(headers({ 'sec-fetch-site': 'none' }), allowed)).toBeUndefined();
    expect(
      crossSiteVerdict(
        headers({ 'sec-fetch-site': 'same-origin', origin: 'https://www.backwise.example' }),
        allowed,
      ),
    ).toBeUndefined();
  });

  it('refuses another site, a sibling site, an opaque origin and a malformed one', () => {
    expect(crossSiteVerdict(headers({ 'sec-fetch-site': 'cross-site' }), allowed)).toBe('cross-site');
    expect(crossSiteVerdict(headers({ 'sec-fetch-site': 'same-site', origin: allowed[0]! }), allowed)).toBe(
      'cross-site',
    );
    expect(crossSiteVerdict(headers({ origin: 'https://evil.example' }), allowed)).toBe('cross-site');
    expect(crossSiteVerdict(headers({ origin: 'null' }), allowed)).toBe('cross-site');
    for (const origin of ['not a url', 'https://backwise.example/', 'javascript:alert(1)', 'https://'])
      expect(crossSiteVerdict(headers({ origin }), allowed), origin).toBe('bad-origin');
  });

  it('takes the request own origin from Host, and from the forwarded host only when the proxy is trusted', () => {
    const h = headers({
      host: 'backwise.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(ownOrigin(h, 'http:', false)).toBe('http://backwise.example');
    expect(ownOrigin(h, 'http:', true)).toBe('https://evil.example');
    expect(ownOrigin(headers({ host: 'a b' }), 'http:', false)).toBeUndefined();
    expect(ownOrigin(headers({}), 'http:', false)).toBeUndefined();
    expect(exactOrigin('HTTPS://Backwise.example')).toBe('https://backwise.example');
  });

  it('reads SITE_ALIASES as a list of origins', () => {
    expect(parseEnv({}).SITE_ALIASES).toEqual([]);
    expect(parseEnv({ SITE_ALIASES: 'https://www.b.example/, http://b.example:8080' }).SITE_ALIASES).toEqual([
      'https://www.b.example',
      'http://b.example:8080',
    ]);
    expect(() => parseEnv({ SITE_ALIASES: 'www.b.example' })).toThrow(/SITE_ALIASES/);
  });
});

describe('exact media types', () => {
  it('accepts the type with at most a UTF-8 charset (and a form boundary)', () => {
    expect(isMediaType('application/json', 'application/json')).toBe(true);
    expect(isMediaType('Application/JSON; charset="UTF-8"', 'application/json')).toBe(true);
    expect(isMediaType('multipart/form-data; boundary=----x', 'multipart/form-data')).toBe(true);
  });

  it('refuses what a cross-site page can send without a preflight', () => {
    for (const type of [
      'text/plain; application/json',
      'text/plain;application/json',
      'application/json; charset=latin1',
      'application/json; boundary=x',
      'application/jsonx',
      'application/json, text/plain',
      '',
    ])
      expect(isMediaType(type, 'application/json'), type).toBe(false);
    expect(isMediaType(null, 'application/json')).toBe(false);
    expect(() =>
      requireMediaType(
        headers({ 'content-type': 'text/plain; application/json' }),
        ['application/json'],
        'it',
      ),
    ).toThrow(expect.objectContaining({ status: 415 }));
  });
});
