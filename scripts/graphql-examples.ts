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
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import app from '../src/api/app.js';
import { EXAMPLES, explorerUrl, operationName } from '../src/api/graphiql/examples.js';
import { loadConfig } from '../src/config.js';
import { createDriver, verify } from '../src/graph/driver.js';
import { createReadRunner } from '../src/graph/read/runner.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/graphql-examples.md' } } });
const config = loadConfig();
const driver = createDriver(config);
await verify(driver);
const fastify = Fastify({ logger: false });
await fastify.register(app, { runner: createReadRunner(driver, { database: config.NEO4J_DATABASE, timeoutMs: 30_000 }) });
await fastify.ready();

async function run(query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const res = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return res.json();
}

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
  '`npx tsx scripts/graphql-examples.ts` against a graph holding exactly the seeds.',
];
for (const [i, e] of EXAMPLES.entries()) {
  const answer = await run(e.query);
  const where = `In GraphiQL: the tab \`${operationName(e)}\`. In the explorer: http://127.0.0.1:4000${explorerUrl(e)}`;
  parts.push('', `## ${i + 1}. ${e.title}`, '', e.why, '', where, '', '```graphql', e.query, '```', '', 'Answer:', '', '```json', JSON.stringify(answer, null, 2), '```');
}
writeFileSync(values.out!, parts.join('\n') + '\n');
process.stderr.write(`wrote ${values.out}\n`);
await fastify.close();
await driver.close();
