import { bookingDeps } from '../booking/service';
import { logger } from '../server/logger';
import { startPeriodic } from '../server/periodic';
import { offerFreedPlaces } from './offerFreedPlaces';

/**
 * Runs the offer maker at start and then every 30 seconds, so places freed on another instance, by staff or by
 * an offer lapsing reach the list even when no cancel on this instance triggered a run.
 */
export function startWaitlistOffers(intervalMs = 30_000): void {
  startPeriodic('waitlist offers', intervalMs, async () => {
    const made = await offerFreedPlaces(await bookingDeps());
    if (made > 0) logger.info({ offers: made }, 'waitlist offers made');
  });
}

/**
 * After a cancel or a move commits: offers the freed place at once. Never fails the change that freed it;
 * the periodic run catches anything missed.
 */
export async function offerAfterChange(): Promise<void> {
  try {
    await offerFreedPlaces(await bookingDeps());
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'waitlist offers failed');
  }
}
