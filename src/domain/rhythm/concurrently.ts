/**
 * Runs `work` for every item with at most `limit` running at once. A slot for many partnerships is mostly
 * waiting on the platforms (network, rate limits per channel and per tenant): one at a time, a scheduled fan-out
 * takes the sum of every post's round trip; side by side, the platforms' rate limits decide, as they should.
 * `work` handles its own errors (one partnership's trouble never stops the others).
 * `stopRequested`: checked before each item; once true, items not started are left (work in progress finishes).
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, stopRequested: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stopRequested()) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
