import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { graphiqlEnabled, loadConfig } from '../config.js';
import { projectRoot } from '../project-root.js';
import { DirectiveGraphError } from '../errors.js';
import { serveBanner } from './serve.js';
import { defineCommand } from './define.js';

/**
 * `npm start` (`directive-graph start`): the main job on a fresh clone. Without NEO4J_URI it starts
 * the embedded Neo4j (building the launcher once), loads the sample corpus when the graph has no
 * directive yet, serves the API and prints the URLs to open. Ctrl-C stops the server, and the
 * embedded Neo4j too when this command started it.
 */
const say = (line: string) => process.stderr.write(line + '\n');

export default defineCommand({
  name: 'start',
  summary: 'the main job: embedded Neo4j, sample corpus, serve',
  description: `Starts everything a first look needs: the embedded Neo4j (unless NEO4J_URI is set), the sample corpus
(corpus/seeds) when the graph is empty, and the API (see \`directive-graph serve --help\`).`,
  options: {
    corpus: { type: 'string', value: 'DIR', description: 'folder to load when the graph is empty (default corpus/seeds)' },
    'no-seed': { type: 'boolean', description: 'never load a corpus' },
  },
  async run(values, positionals) {
    if (positionals.length > 0) throw new DirectiveGraphError('DG_USAGE', `unexpected "${positionals.join(' ')}"`);
    const config = loadConfig();
    const corpus = values.corpus ?? join(projectRoot(), 'corpus', 'seeds');
    if (!values['no-seed'] && !existsSync(corpus)) throw new DirectiveGraphError('DG_USAGE', `--corpus ${corpus}: no such folder`);

    let stopEmbedded: (() => Promise<void>) | undefined;
    if (!config.NEO4J_URI) {
      const embedded = await import('../db/embedded.js');
      const result = await embedded.start({ dataDir: config.dataDir, port: config.NEO4J_EMBEDDED_PORT, heap: config.NEO4J_EMBEDDED_HEAP, denseThreshold: config.NEO4J_EMBEDDED_DENSE_THRESHOLD, owner: 'cli', log: say });
      say(`embedded Neo4j ${result.reused ? 'already running' : `started in ${(result.ms / 1000).toFixed(1)} s`} at ${result.uri} (data in ${result.home})`);
      if (!result.reused) {
        stopEmbedded = async () => {
          const stopped = await embedded.stop({ dataDir: config.dataDir, log: say });
          say(`embedded Neo4j stopped${stopped.clean ? '' : ` (not cleanly: see ${stopped.logFile})`}`);
        };
      }
    }

    try {
      if (!values['no-seed']) await seedIfEmpty(config, corpus);
      const { startServer } = await import('../api/server.js');
      const server = await startServer(config, { handleSignals: true, ...(stopEmbedded ? { afterClose: stopEmbedded } : {}) });
      say(serveBanner(server.url, graphiqlEnabled(config)));
    } catch (err) {
      await stopEmbedded?.();
      throw err;
    }
    return new Promise<number>(() => undefined);
  },
});

/** Loads `corpus` when no directive is in the graph yet, so a second start keeps what the user loaded. */
async function seedIfEmpty(config: ReturnType<typeof loadConfig>, corpus: string): Promise<void> {
  const [{ openGraph }, { countDirectives }] = await Promise.all([import('../graph/open.js'), import('../graph/read/stats.js')]);
  const graph = await openGraph(config, { log: say });
  try {
    const existing = await countDirectives(graph.reads({ timeoutMs: 30_000 }));
    if (existing > 0) {
      say(`the graph already holds ${existing} directives: not loading ${corpus}`);
      return;
    }
    const [{ ingest }, { defaultStages }, { walkDocuments }, { formatSummary }] = await Promise.all([
      import('../ingest/pipeline.js'), import('../ingest/stages.js'), import('../read/index.js'), import('../ingest/summary.js'),
    ]);
    say(`the graph is empty: loading the sample corpus ${corpus}`);
    const summary = await ingest(walkDocuments([corpus]), {
      target: graph,
      stages: await defaultStages(),
      onFailure: (f) => say(f.error.toString()),
    });
    for (const line of formatSummary(summary)) say(line);
  } finally {
    await graph.close();
  }
}
