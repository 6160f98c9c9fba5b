import type { GraphTarget } from '../graph/executor.js';
import { ingestTexts } from '../ingest/pipeline.js';
import { defaultStages } from '../ingest/stages.js';
import type { IngestOutcome, IngestService } from './graphql/context.js';

/**
 * The ingest mutation's work, done by the ingest pipeline (src/ingest): parse each text, write the
 * records in one batch; a text that does not parse is reported on its own and the others go in.
 */
export function ingestService(target: GraphTarget): IngestService {
  return async (documents) => {
    const { parse } = await defaultStages();
    const { results } = await ingestTexts(documents.map((d) => ({ text: d.text, path: d.name })), { target, parse });
    return results.map((r): IngestOutcome => ({
      name: r.path,
      key: r.error ? null : r.record?.key ?? null,
      number: r.record?.number ?? null,
      warnings: (r.record?.warnings ?? []).map((w) => ({ code: w.code, message: w.message })),
      error: r.error ? { code: r.error.code, message: r.error.message } : null,
    }));
  };
}
