import type { ReadRunner } from '../../graph/read/runner.js';
import type { ApiLimits } from '../limits.js';

/** One text handed to the ingest mutation. */
export interface IngestInput {
  text: string;
  name: string | null;
}

/** What became of one ingested text: a key when it was written, or the error that stopped it. */
export interface IngestOutcome {
  name: string | null;
  key: string | null;
  number: string | null;
  warnings: { code: string; message: string }[];
  error: { code: string; message: string } | null;
}

/** Parses and writes texts (src/ingest); injected so the API does not depend on how ingest is wired. */
export type IngestService = (documents: IngestInput[]) => Promise<IngestOutcome[]>;

/** What every resolver gets besides mercurius' own `reply` and `app`. */
export interface GraphContext {
  runner: ReadRunner;
  limits: ApiLimits;
  /** The request's Authorization header. */
  authorization: string | undefined;
  /** API_TOKEN of the server; undefined disables the ingest mutation. */
  apiToken: string | undefined;
  ingest: IngestService | undefined;
}
