/** Small statistics for benchmark samples: percentiles by nearest rank, medians of repeated runs. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export const median = (samples: readonly number[]): number => {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface BurstStats {
  n: number;
  /** Requests per second: n / (last acknowledgement - first send). */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The server's CPU time (user + system) per answer, where measured. */
  cpuMsPerAnswer?: number;
}

/** The median of each figure over repeated bursts (machines are noisy; one burst proves little). */
export function medianOf(runs: readonly BurstStats[]): BurstStats {
  const pick = (key: 'throughput' | 'p50' | 'p95' | 'p99') => median(runs.map((r) => r[key]));
  const cpu = runs.map((r) => r.cpuMsPerAnswer).filter((v): v is number => v !== undefined);
  return {
    n: runs[0]?.n ?? 0, throughput: pick('throughput'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), failures: runs.reduce((sum, r) => sum + r.failures, 0),
    ...(cpu.length ? { cpuMsPerAnswer: median(cpu) } : {}),
  };
}
