import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/** zxcvbn-ts's list of about 49,000 passwords seen most often in leaks, lower-cased, loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/**
 * True for a password in the list, in any letter case, or one that is only a listed password with digits or
 * punctuation added at the end ("password2026!") or repeated ("qwertyqwerty"): the first guesses of an attacker.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const half = lower.slice(0, lower.length / 2);
  return list.has(lower) || list.has(stem) || (lower === half + half && list.has(half));
}
