#!/usr/bin/env -S npx tsx
/**
 * Writes docs/graphql-examples.md: three questions a researcher asks of the sample corpus, each as a
 * GraphQL query with the answer the API really gives. Run it against a graph holding exactly
 * corpus/seeds (e.g. right after `npm start` on a fresh clone, or `directive-graph ingest corpus/seeds`
 * into an empty database):
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/graphql-examples.ts [--out docs/graphql-examples.md]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import app from '../src/api/app.js';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/graph/driver.js';
import { verify } from '../src/graph/executor.js';
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

const EXAMPLES = [
  {
    title: 'Which documents carry out Chỉ thị 17/CT-UBND, and where do they say so?',
    why: 'The number alone finds the directive (numbers are unique per issuer; an ambiguous one is an error that lists the candidates). `implementedBy` gives each implementing document with the sentence that states the link and its offsets in that document.',
    query: `{
  directive(number: "17/CT-UBND") {
    key
    number
    docType
    issuedOn
    issuer { name level }
    implementedBy {
      directive { number title issuer { name } }
      evidence { sentence statedIn span }
    }
  }
}`,
  },
  {
    title: 'Which ward tasks derive from it, and through which chain?',
    why: '`derivedTasks` walks down from the order and keeps the tasks assigned to ward-level units, each with the chain of directives from the order and the evidence of every link. Paginated: `first`/`after`, `totalCount`.',
    query: `{
  derivedTasks(order: "doc:17/CT-UBND|org:ubnd@p01|2021", level: WARD, first: 2) {
    totalCount
    nodes {
      task { clause text units { unit { name level } role } }
      directive { number }
      chain { number }
      links { from { number } to { number } evidence { sentence } }
      mandate { text }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Where does the ward Party committee\'s letter 100-CV/ĐU come from?',
    why: '`lineage` UP walks to what it implements. The seed prints "Quận ủy Liên Chiêu" (a lost diacritic); the link still lands on Quận ủy Liên Chiểu of Đà Nẵng, and nothing of the Hà Nội documents with similar numbers is reached.',
    query: `{
  lineage(key: "doc:100-CV/DDU|org:dang-uy@w20200|2021", direction: UP) {
    depths { directive { number issuer { name area } } depth }
    edges { from { number } to { number } type depth evidence { sentence } }
  }
}`,
  },
];

const parts = [
  '# GraphQL examples',
  '',
  'Three questions a researcher asks of the sample corpus (`corpus/seeds`), with the answers the API gives',
  'after `npm start` on a fresh clone. Paste a query into GraphiQL (http://127.0.0.1:4000/graphiql) or send it',
  'with curl:',
  '',
  '```sh',
  'curl -s http://127.0.0.1:4000/graphql -H \'content-type: application/json\' \\',
  '  -d \'{"query": "{ directive(number: \\"17/CT-UBND\\") { key title } }"}\'',
  '```',
  '',
  'Keys are opaque IDs: find them with `directive(number:)`, `directives(search:)` or `organizations(search:)`.',
  'Regenerate this page with `npx tsx scripts/graphql-examples.ts` against a graph holding exactly the seeds.',
];
for (const [i, e] of EXAMPLES.entries()) {
  const answer = await run(e.query);
  parts.push('', `## ${i + 1}. ${e.title}`, '', e.why, '', '```graphql', e.query, '```', '', 'Answer:', '', '```json', JSON.stringify(answer, null, 2), '```');
}
writeFileSync(values.out!, parts.join('\n') + '\n');
process.stderr.write(`wrote ${values.out}\n`);
await fastify.close();
await driver.close();
