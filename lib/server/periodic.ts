import { logger } from './logger';

const holder = globalThis as typeof globalThis & { __backwisePeriodic?: Map<string, NodeJS.Timeout> };

/**
 * Runs `run` at once and then every `intervalMs`, for the life of the server: started once per name (a dev
 * reload does not start a second loop), a run still going when the next falls due is not overlapped (that
 * tick is skipped), and a failing run is logged as "<name> failed" and the loop goes on.
 */
export function startPeriodic(name: string, intervalMs: number, run: () => Promise<void>): void {
  const started = (holder.__backwisePeriodic ??= new Map());
  if (started.has(name)) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      logger.error({ err: error }, `${name} failed`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  started.set(name, timer);
  void tick();
}
