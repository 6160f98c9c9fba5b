/**
 * Where an ingest's time goes, stage by stage (`npm run bench -- --only ingest --profile`,
 * scripts/profile-ingest.ts). A stage is a name and the milliseconds spent in it, summed over the
 * run, with how many times it ran. Stages overlap: the parse of one batch runs while the previous
 * batch is written, so the stages do not add up to the run's time; the two `wait.` stages say what
 * the main loop was blocked on (the next batch's parse, or the previous batch's write).
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
