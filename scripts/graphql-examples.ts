#!/usr/bin/env -S npx tsx
/**
 * Writes docs/graphql-examples.md: the questions a researcher asks of the sample corpus (the list in
 * src/api/graphiql/examples.ts, which GraphiQL opens as tabs), each as a GraphQL query with the
 * answer the API really gives. Run it against a graph holding exactly
 * corpus/seeds (e.g. right after `npm start` on a fresh clone, or `directive-graph ingest corpus/seeds`
 * into an empty database):
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/graphql-examples.ts [--out docs/graphql-examples.md]
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import app from '../src/api/app.js';
import { EXAMPLES, explorerUrl, operationName } from '../src/api/graphiql/examples.js';
import { loadConfig } from '../src/config.js';
import { openGraph } from '../src/graph/open.js';
import type { ReadRunner } from '../src/graph/read/runner.js';

/** The page, from the answers of the API that `runner` reads for. tests/integration/graphql-examples.test.ts compares it with the file. */
export async function renderExamples(runner: ReadRunner): Promise<string> {
  const fastify = Fastify({ logger: false });
  await fastify.register(app, { runner });
  await fastify.ready();
  try {
    return await render(fastify);
  } finally {
    await fastify.close();
  }
}

async function render(fastify: FastifyInstance): Promise<string> {
  const parts = [
    '# GraphQL examples',
    '',
    'Questions a researcher asks of the sample corpus (`corpus/seeds`), with the answers the API gives after',
    '`npm start` on a fresh clone. GraphiQL (http://127.0.0.1:4000/graphiql) opens each of them as a tab, named',
    'after its operation, ready to run; or send a query with curl:',
    '',
    '```sh',
    'curl -s http://127.0.0.1:4000/graphql -H \'content-type: application/json\' \\',
    '  -d \'{"query": "{ directive(number: \\"17/CT-UBND\\") { key title } }"}\'',
    '```',
    '',
    'Keys are opaque IDs: find them with `directive(number:)`, `directives(search:)` or `organizations(search:)`.',
    'The questions live in `src/api/graphiql/examples.ts`; regenerate this page with',
    '`npx tsx scripts/graphql-examples.ts` against a graph holding exactly the seeds;',
    '`tests/integration/graphql-examples.test.ts` fails when it no longer matches what the API answers.',
  ];
  for (const [i, e] of EXAMPLES.entries()) {
    const res = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query: e.query } });
    const where = `In GraphiQL: the tab \`${operationName(e)}\`. In the explorer: http://127.0.0.1:4000${explorerUrl(e)}`;
    parts.push('', `## ${i + 1}. ${e.title}`, '', e.why, '', where, '', '```graphql', e.query, '```', '', 'Answer:', '', '```json', JSON.stringify(res.json(), null, 2), '```');
  }
  return parts.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/graphql-examples.md' } } });
  const graph = await openGraph(loadConfig());
  try {
    writeFileSync(values.out!, await renderExamples(graph.reads({ timeoutMs: 30_000 })));
    process.stderr.write(`wrote ${values.out}\n`);
  } finally {
    await graph.close();
  }
}
