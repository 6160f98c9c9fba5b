/**
 * Summaries of repeated measurements. Pure: numbers in, numbers out, so that the figures printed in
 * BENCHMARKS.md can be checked by a unit test (tests/bench/stats.test.ts).
 */

/**
 * The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.
 * Always one of the measured values (no interpolation), so a p95 of 20 runs is the 19th fastest run.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle value; for an even count the mean of the two middle values. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface LatencySummary {
  runs: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** Latencies are reported by their median and p95: the typical request and the slow tail. */
export function summariseLatency(ms: readonly number[]): LatencySummary {
  if (ms.length === 0) throw new RangeError('no latencies measured');
  return { runs: ms.length, min: Math.min(...ms), p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) };
}

export interface ThroughputSummary {
  runs: number;
  /** The slowest repetition: what a user can count on. */
  min: number;
  median: number;
  max: number;
}

/** Throughputs are reported by min and median: the worst repetition and the typical one. */
export function summariseThroughput(perSecond: readonly number[]): ThroughputSummary {
  if (perSecond.length === 0) throw new RangeError('no throughput measured');
  return { runs: perSecond.length, min: Math.min(...perSecond), median: median(perSecond), max: Math.max(...perSecond) };
}

/** Items per second from a count and milliseconds. */
export function rate(count: number, ms: number): number {
  if (!(ms > 0)) throw new RangeError(`cannot take a rate over ${ms} ms`);
  return (count * 1000) / ms;
}

/**
 * thing / baseline. Undefined when the baseline is zero or missing, so that a table shows "n/a"
 * instead of Infinity.
 */
export function ratio(thing: number, baseline: number | undefined): number | undefined {
  if (baseline === undefined || !(baseline > 0) || !Number.isFinite(thing)) return undefined;
  return thing / baseline;
}
