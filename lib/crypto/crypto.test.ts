import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashToken, isRandomToken, randomToken, seal, sign, unseal } from './index';

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

  describe('seal and unseal', () => {
    const secret = 's'.repeat(32);
    const token = randomToken();

    it('round-trips, with a fresh IV each time', () => {
      const a = seal(secret, 'manage-token', token);
      expect(unseal(secret, 'manage-token', a)).toBe(token);
      expect(seal(secret, 'manage-token', token)).not.toBe(a);
      expect(a).not.toContain(token);
    });

    it('refuses a tampered value', () => {
      const sealed = seal(secret, 'manage-token', token);
      const [v, iv, body, tag] = sealed.split('.') as [string, string, string, string];
      const flip = (part: string) => {
        const bytes = Buffer.from(part, 'base64url');
        bytes[0] = (bytes[0] ?? 0) ^ 1;
        return bytes.toString('base64url');
      };
      expect(unseal(secret, 'manage-token', [v, iv, flip(body), tag].join('.'))).toBeUndefined();
      expect(unseal(secret, 'manage-token', [v, flip(iv), body, tag].join('.'))).toBeUndefined();
      expect(unseal(secret, 'manage-token', [v, iv, body, flip(tag)].join('.'))).toBeUndefined();
      expect(unseal(secret, 'manage-token', [v, iv, body, tag.slice(0, 8)].join('.'))).toBeUndefined();
      expect(unseal(secret, 'manage-token', `v2.${iv}.${body}.${tag}`)).toBeUndefined();
      expect(unseal(secret, 'manage-token', 'junk')).toBeUndefined();
    });

    it('refuses a wrong key or another purpose', () => {
      const sealed = seal(secret, 'manage-token', token);
      expect(unseal('t'.repeat(32), 'manage-token', sealed)).toBeUndefined();
      expect(unseal(secret, 'other-purpose', sealed)).toBeUndefined();
    });
  });
});
