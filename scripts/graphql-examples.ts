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
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import app from '../src/api/app.js';
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

export const EXAMPLES = [
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

async function render(fastify: FastifyInstance): Promise<string> {
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
    'Regenerate this page with `npx tsx scripts/graphql-examples.ts` against a graph holding exactly the seeds;',
    '`tests/integration/graphql-examples.test.ts` fails when it no longer matches what the API answers.',
  ];
  for (const [i, e] of EXAMPLES.entries()) {
    const res = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query: e.query } });
    parts.push('', `## ${i + 1}. ${e.title}`, '', e.why, '', '```graphql', e.query, '```', '', 'Answer:', '', '```json', JSON.stringify(res.json(), null, 2), '```');
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
