import { describe, expect, it } from 'vitest';
import { pool } from './pool';
import { sleep } from './process';

describe('pool', () => {
  it('runs every job once, never more than `concurrency` at a time', async () => {
    let running = 0;
    let most = 0;
    const done = await pool(10, 3, 10_000, async (i) => {
      running++;
      most = Math.max(most, running);
      await sleep(2);
      running--;
      return i;
    });
    expect([...done].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });

  it('starts no job after the deadline', async () => {
    const done = await pool(1000, 2, 30, async (i) => {
      await sleep(10);
      return i;
    });
    // 2 workers x 10 ms jobs in a 30 ms window: a handful, far from the 1000 asked for.
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThan(20);
  });
});
