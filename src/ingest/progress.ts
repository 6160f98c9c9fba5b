import cliProgress from 'cli-progress';
import type { Progress } from './pipeline.js';

/**
 * Progress of an ingest: a bar with documents/s and an ETA on a terminal, a plain line every few
 * seconds otherwise (logs and CI keep readable lines, not carriage returns).
 */
export interface ProgressReporter {
  /** The number of files, once counted; until then the rate is shown without an ETA. */
  setTotal(total: number): void;
  update(p: Progress): void;
  /** A line that must not be garbled by the bar (a failure). */
  log(line: string): void;
  stop(): void;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function rate(done: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
}

/** "1200/10000 documents, 48.3 docs/s, ETA 3m02s". */
export function progressLine(p: Progress, total: number | null): string {
  const r = rate(p.done, p.elapsedMs);
  const of = total !== null ? `${p.done}/${total}` : `${p.done}`;
  const eta = total !== null && r > 0 ? `, ETA ${formatDuration(((total - p.done) / r) * 1000)}` : '';
  const failed = p.counts.failed > 0 ? `, ${p.counts.failed} failed` : '';
  return `${of} documents, ${r.toFixed(1)} docs/s${eta}${failed}`;
}

export function terminalProgress(stream: NodeJS.WriteStream): ProgressReporter {
  const multi = new cliProgress.MultiBar({
    stream,
    format: 'ingest [{bar}] {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(0, 0, { rate: '0.0', failed: 0 });
  return {
    setTotal: (total) => bar.setTotal(total),
    update: (p) => bar.update(p.done, { rate: rate(p.done, p.elapsedMs).toFixed(1), failed: p.counts.failed }),
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}

export function plainProgress(write: (line: string) => void, everyMs = 2000): ProgressReporter {
  let total: number | null = null;
  let last = 0;
  let latest: Progress | null = null;
  let printed: Progress | null = null;
  return {
    setTotal: (t) => { total = t; },
    update: (p) => {
      latest = p;
      if (p.elapsedMs - last >= everyMs) {
        last = p.elapsedMs;
        printed = p;
        write(`ingest: ${progressLine(p, total)}`);
      }
    },
    log: (line) => write(line),
    stop: () => {
      if (latest && latest !== printed) write(`ingest: ${progressLine(latest, total)}`);
    },
  };
}
