/** Runs `count` jobs with `concurrency` workers, stopping early at the deadline; results in finishing order. */
export async function pool<T>(
  count: number,
  concurrency: number,
  deadlineMs: number,
  job: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const stopAt = Date.now() + deadlineMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && Date.now() < stopAt) {
        const i = next++;
        results.push(await job(i));
      }
    }),
  );
  return results;
}
