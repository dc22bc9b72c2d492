import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './commonPasswords';

describe('isCommonPassword', () => {
  it('finds listed passwords in any letter case', () => {
    for (const p of ['qwerty123456', '1qaz2wsx3edc', 'LeaveMeAlone', 'password'])
      expect(isCommonPassword(p)).toBe(true);
  });

  it('finds a listed password with digits or punctuation added, or repeated', () => {
    for (const p of ['password2026!', 'sunshine12345', 'Dragon_1987!!', 'monkeymonkey'])
      expect(isCommonPassword(p)).toBe(true);
  });

  it('lets an uncommon password through', () => {
    for (const p of ['e2e-staff-password-123', 'tangerine-gravel-osprey', 'Xk7#pQ2v!Lm9zR'])
      expect(isCommonPassword(p)).toBe(false);
  });
});
