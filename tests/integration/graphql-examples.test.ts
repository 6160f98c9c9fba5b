import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { renderExamples } from '../../scripts/graphql-examples.js';
import { useGraph } from '../helpers/graph.js';

/**
 * docs/graphql-examples.md shows real answers: rendered again from the API over a graph of exactly
 * the seeds, it must be the file as committed. When an answer changes on purpose, regenerate the
 * page (`npx tsx scripts/graphql-examples.ts` against such a graph) and review the diff.
 */
const ROOT = join(import.meta.dirname, '../..');
const graph = useGraph();

describe('docs/graphql-examples.md', () => {
  beforeAll(async () => {
    const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
    const summary = await ingest(walkDocuments([join(ROOT, 'corpus/seeds')]), { target, stages: await defaultStages() });
    expect(summary.counts.failed).toBe(0);
  });

  it('is what the API answers on the seeds', async () => {
    const runner = createReadRunner({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }, { timeoutMs: 60_000 });
    const page = await renderExamples(runner);
    expect(page).toBe(readFileSync(join(ROOT, 'docs/graphql-examples.md'), 'utf8'));
  });
});
