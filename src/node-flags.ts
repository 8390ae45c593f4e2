/**
 * The Node/V8 flags `npm start` runs Oogst with (package.json's start script; a test keeps the two equal, and the
 * tests and benchmarks start the server with them too). Measured on the answer benchmark (README, Performance):
 * without them the process sits at ~250 MB idle and ~320 MB after a burst, mostly outside the JavaScript heap.
 * - --liftoff-only: Prisma's query compiler is a 4 MB WebAssembly module; V8's optimising tier recompiles it in
 *   background threads whose memory stays with the process (~60 MB). The baseline tier is fast enough here:
 *   query planning is a small part of a query.
 * - --v8-pool-size=1: one V8 background thread instead of four (each keeps its own malloc arena).
 * - --max-semi-space-size=1, --max-old-space-size=128: a small young generation and an old generation that is
 *   collected well before it grows; the working set is ~50 MB, a burst of 200 requests adds ~20 MB.
 */
export const NODE_FLAGS = ['--liftoff-only', '--v8-pool-size=1', '--max-semi-space-size=1', '--max-old-space-size=128'] as const;
