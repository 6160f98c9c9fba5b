import { describe, expect, it } from 'vitest';
import { median, percentile, rate, ratio, summariseLatency, summariseThroughput } from '../../scripts/bench/stats.js';

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose

  it.each([
    // [p, expected]: with 20 samples 1..20, the p-th percentile is the ceil(p/5)-th smallest
    [50, 10],
    [95, 19],
    [100, 20],
    [0, 1], // rank clamps to the first sample
    [1, 1],
  ])('p%d of 1..20 is %d', (p, expected) => {
    expect(percentile(twenty, p)).toBe(expected);
  });

  it('is always a measured value, never an interpolation', () => {
    expect(percentile([10, 30], 50)).toBe(10);
    expect(percentile([10, 30], 51)).toBe(30);
  });

  it('refuses no samples and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder the caller\'s array', () => {
    const xs = [3, 1, 2];
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5], // even count: mean of the two middle values
  ])('median of %j is %d', (xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  it('refuses no samples', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summaries', () => {
  it('latency: p50 and p95 with min and max', () => {
    const ms = [12, 10, 11, 50, 13, 10, 11, 12, 14, 10, 11, 12, 13, 10, 11, 12, 13, 11, 12, 90];
    expect(summariseLatency(ms)).toEqual({ runs: 20, min: 10, p50: 12, p95: 50, max: 90 });
  });

  it('throughput: min is the slowest repetition', () => {
    expect(summariseThroughput([100, 80, 120])).toEqual({ runs: 3, min: 80, median: 100, max: 120 });
  });
});

describe('rate and ratio', () => {
  it('rate is items per second from milliseconds', () => {
    expect(rate(500, 250)).toBe(2000);
    expect(() => rate(1, 0)).toThrow(RangeError);
  });

  it('ratio is thing / baseline, undefined without a usable baseline', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(30, 0)).toBeUndefined();
    expect(ratio(30, undefined)).toBeUndefined();
    expect(ratio(Number.POSITIVE_INFINITY, 1)).toBeUndefined();
  });
});
