import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logger } from './logger';
import { startPeriodic } from './periodic';

vi.mock('./logger', () => ({ logger: { error: vi.fn(), info: vi.fn() } }));

/** Lets pending promise callbacks run without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(logger.error).mockClear();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('startPeriodic', () => {
  it('runs at once and then every interval', async () => {
    const run = vi.fn(() => Promise.resolve());
    startPeriodic('test every interval', 1000, run);
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it('does not start a run while the last one is still going', async () => {
    let finish = () => {};
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    startPeriodic('test no overlap', 1000, run);
    await vi.advanceTimersByTimeAsync(3500);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('logs a failing run and goes on', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined);
    startPeriodic('test errors', 1000, run);
    await settle();
    expect(logger.error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'test errors failed');
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('starts once per name', async () => {
    const first = vi.fn(() => Promise.resolve());
    const second = vi.fn(() => Promise.resolve());
    startPeriodic('test once', 1000, first);
    startPeriodic('test once', 1000, second);
    await vi.advanceTimersByTimeAsync(1000);
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).not.toHaveBeenCalled();
  });
});
