import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Timing and memory probes. Every measurement is preceded by warm-up calls (JIT, caches, the
 * driver's connection pool) that are not recorded.
 */

export const now = (): number => performance.now();

/** Runs fn `warmup` times unrecorded, then `runs` times, returning each run's milliseconds. */
export async function timeRuns(fn: () => unknown, opts: { warmup: number; runs: number }): Promise<number[]> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = now();
    await fn();
    ms.push(now() - t0);
  }
  return ms;
}

/**
 * How many calls of a fast synchronous fn make one repetition of about `targetMs`: a repetition of
 * one 50-microsecond call would measure the timer, not the work.
 */
export function calibrate(fn: () => unknown, targetMs: number, maxCalls = 100_000): number {
  let calls = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < calls; i++) fn();
    const ms = now() - t0;
    if (ms >= targetMs / 4 || calls >= maxCalls) return Math.min(maxCalls, Math.max(1, Math.ceil((calls * targetMs) / Math.max(ms, 0.001))));
    calls *= 4;
  }
}

/**
 * A full garbage collection when one is available. `npm run bench` runs plain tsx (no --expose-gc),
 * so the flag is switched on at run time; V8 exposes `gc` only to contexts made after that.
 */
let gcFn: (() => void) | undefined;
export function collectGarbage(): void {
  if (!gcFn) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (g) gcFn = g;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  gcFn();
}

/**
 * The peak RSS of this process while a piece of async work runs, sampled every `everyMs`.
 * (process.resourceUsage().maxRSS is the peak of the whole life of the process, so it cannot tell
 * one section from the one before it.)
 */
export function sampleRss(everyMs = 50): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

export const MiB = 1024 * 1024;
