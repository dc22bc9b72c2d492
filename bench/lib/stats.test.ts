import { describe, expect, it } from 'vitest';
import { fmt, percentile } from './stats';

describe('percentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('takes the value at rank ceil(p/100 * n)', () => {
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 99)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 11)).toBe(2);
  });

  it('clamps p to the first and last value', () => {
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 250)).toBe(10);
  });

  it('gives the only value of one, and NaN for none', () => {
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('fmt', () => {
  it('rounds to the given digits, one by default', () => {
    expect(fmt(3.14159)).toBe('3.1');
    expect(fmt(3.14159, 0)).toBe('3');
    expect(fmt(2.5, 2)).toBe('2.50');
  });

  it('prints a dash for what is not a number', () => {
    expect(fmt(Number.NaN)).toBe('-');
    expect(fmt(1 / 0)).toBe('-');
  });
});
