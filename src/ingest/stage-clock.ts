/**
 * Where an ingest's time goes, stage by stage (the ingest section of `npm run bench`,
 * scripts/profile-ingest.ts). A stage is a name and the milliseconds spent in it, summed over the
 * run, with how many times it ran. Stages overlap: the parse of one batch runs while the previous
 * batch is written, so the stages do not add up to the run's time. `idle.write` is the writer
 * waiting for a parsed batch, `idle.prepare` the read + parse side waiting for the writer (the
 * back-pressure of two batches in memory), `start.firstBatch` the time before the first write.
 */
export interface StageTotal {
  ms: number;
  count: number;
}

export type StageTimer = (stage: string, ms: number) => void;

export class StageClock {
  private readonly totals = new Map<string, StageTotal>();

  readonly add: StageTimer = (stage, ms) => {
    const t = this.totals.get(stage);
    if (t) {
      t.ms += ms;
      t.count += 1;
    } else {
      this.totals.set(stage, { ms, count: 1 });
    }
  };

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - t0);
    }
  }

  /** Totals by stage, in the order the stages first ran. */
  totalsByStage(): Record<string, StageTotal> {
    return Object.fromEntries([...this.totals].map(([k, v]) => [k, { ...v }]));
  }
}
