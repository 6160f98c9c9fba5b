/** The shapes shared by the sections, the runner and the report writer. */

export interface BenchOptions {
  quick: boolean;
  /** Documents in the generated corpus of the ingest and query sections. */
  docs: number;
  /** Section ids to run (all when empty). */
  only: string[];
  /** Where the report goes. */
  out: string;
  /** Keep the graph between runs: ingest only when it does not hold the corpus, never empty it. */
  reuse: boolean;
}

export interface BenchContext extends BenchOptions {
  /** The project root: every path is resolved against it. */
  root: string;
  /** A progress line on stderr. */
  log(line: string): void;
}

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

export type SectionStatus = 'ok' | 'partial' | 'unavailable' | 'failed';

export interface SectionReport {
  id: string;
  title: string;
  status: SectionStatus;
  /** Why a section is unavailable or failed, or what part of it failed. */
  reason?: string | undefined;
  /** What the baseline of this section is, in one or two sentences. */
  baseline: string;
  tables: Table[];
  notes: string[];
  /** Every sample the tables summarise, for the "raw numbers" block. */
  raw: Record<string, unknown>;
  ms: number;
}

/** What a section's body returns; the runner adds id, title, timing and failure handling. */
export type SectionBody = Pick<SectionReport, 'tables' | 'notes' | 'raw'> & {
  status?: 'ok' | 'partial';
  reason?: string;
  /** The time to report when the work ran elsewhere (the queries run inside the ingest section). */
  ms?: number;
};

export interface SectionSpec {
  id: string;
  title: string;
  baseline: string;
}
