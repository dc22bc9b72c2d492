import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashToken, isRandomToken, randomToken, sign } from './index';

describe('crypto', () => {
  it('makes distinct 256-bit URL-safe tokens that isRandomToken accepts', () => {
    const a = randomToken();
    expect(isRandomToken(a)).toBe(true);
    expect(a).not.toBe(randomToken());
    expect(isRandomToken('not-a-token')).toBe(false);
  });

  it('hashes to stable hex and compares in constant time', () => {
    expect(hashToken('x')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('x')).toBe(hashToken('x'));
    expect(constantTimeEqual('same', 'same')).toBe(true);
    expect(constantTimeEqual('same', 'other')).toBe(false);
  });

  it('signatures depend on the secret and the purpose', () => {
    expect(sign('s1', 'form', '1')).toBe(sign('s1', 'form', '1'));
    expect(sign('s1', 'form', '1')).not.toBe(sign('s2', 'form', '1'));
    expect(sign('s1', 'form', '1')).not.toBe(sign('s1', 'other', '1'));
  });
});
