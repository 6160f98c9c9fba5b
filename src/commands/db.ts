import { loadConfig } from '../config.js';
import { DirectiveGraphError } from '../errors.js';
import { defineCommand } from './define.js';
import { EXIT } from './types.js';

/**
 * `directive-graph db start|stop|status`: the embedded Neo4j by hand. `npm start` and the test
 * harness use the same functions (src/db/embedded.ts), so what works here works there.
 *
 * Exit codes: 0 done (status: running), 1 failed (status: not running), 2 usage.
 */
const out = (line: string) => process.stdout.write(line + '\n');
const note = (line: string) => process.stderr.write(line + '\n');

export default defineCommand({
  name: 'db',
  summary: 'start | stop | status of the embedded Neo4j',
  args: '<start|stop|status>',
  description: `  start    build the launcher if needed (Maven, once), start the embedded Neo4j in the background
           and wait until it answers; reuses a server that is already running
  stop     stop it cleanly (SIGTERM; the store is checkpointed before the JVM exits)
  status   say whether it runs, with pid, Bolt URI and data folder (exit 0 running, 1 not)`,
  options: {},
  notes: `Environment: DATA_DIR (default .data; the server keeps everything in DATA_DIR/neo4j),
NEO4J_EMBEDDED_PORT (default 7687), NEO4J_EMBEDDED_HEAP (default 1g),
NEO4J_EMBEDDED_DENSE_THRESHOLD (default 10), JAVA_HOME.
With NEO4J_URI set the embedded server is not used: status checks that server instead.`,
  async run(_values, argv) {
    const [action, ...rest] = argv;
    if (!action) throw new DirectiveGraphError('DG_USAGE', 'which action?');
    if (!['start', 'stop', 'status'].includes(action) || rest.length > 0) throw new DirectiveGraphError('DG_USAGE', `unexpected "${argv.join(' ')}"`);
    const config = loadConfig();
    // Loaded here, not at the top: `db --help` should not pay for the driver.
    const embedded = await import('../db/embedded.js');
    const opts = { dataDir: config.dataDir, port: config.NEO4J_EMBEDDED_PORT, log: note };

    if (config.NEO4J_URI) {
      return external(action, config);
    }

    switch (action) {
      case 'start': {
        const r = await embedded.start({ ...opts, heap: config.NEO4J_EMBEDDED_HEAP, denseThreshold: config.NEO4J_EMBEDDED_DENSE_THRESHOLD, owner: 'cli' });
        out(r.reused
          ? `embedded Neo4j already running at ${r.uri} (pid ${r.pid}, data ${r.home})`
          : `embedded Neo4j started at ${r.uri} in ${(r.ms / 1000).toFixed(1)} s (pid ${r.pid}, data ${r.home}, log ${r.logFile})`);
        return EXIT.OK;
      }
      case 'stop': {
        const r = await embedded.stop(opts);
        if (!r.wasRunning) {
          out(`embedded Neo4j is not running (data ${config.dataDir})`);
          return EXIT.OK;
        }
        out(`embedded Neo4j stopped (pid ${r.pid}) in ${(r.ms / 1000).toFixed(1)} s${r.clean ? ', shutdown completed' : ''}`);
        if (!r.clean) {
          note(r.forced
            ? 'warning: it had to be killed; the next start recovers the store from its transaction log'
            : `warning: the log does not say "shutdown completed": see ${r.logFile}`);
          return EXIT.PARTIAL;
        }
        return EXIT.OK;
      }
      default: {
        const s = await embedded.status(opts);
        if (!s.running) {
          out(`embedded Neo4j: not running\n  uri:  ${s.uri} (when started)\n  data: ${s.home}`);
          return EXIT.PARTIAL;
        }
        const answering = await embedded.answers(s.port);
        out([
          `embedded Neo4j: running${answering ? '' : ' (but Bolt does not answer yet: starting, or stuck; see the log)'}`,
          `  pid:     ${s.pid}`,
          `  uri:     ${s.uri}`,
          `  data:    ${s.home}`,
          `  log:     ${s.logFile}`,
          `  since:   ${s.startedAt}${s.owner === 'test-harness' ? ' (started by the test harness)' : ''}`,
        ].join('\n'));
        return EXIT.OK;
      }
    }
  },
});

/** With NEO4J_URI the user runs Neo4j; `db` only reports on it. */
async function external(action: string, config: ReturnType<typeof loadConfig>): Promise<number> {
  const [{ connectGraph }, { verify }] = await Promise.all([import('../graph/open.js'), import('../graph/executor.js')]);
  if (action !== 'status') {
    out(`NEO4J_URI is set (${config.NEO4J_URI}): the embedded Neo4j is not used, nothing to ${action}. Unset NEO4J_URI to use it.`);
    return EXIT.OK;
  }
  const graph = connectGraph(config, { connectionTimeoutMs: 5_000 });
  try {
    await verify(graph.driver);
    out(`${graph.description}: answers`);
    return EXIT.OK;
  } catch (err) {
    out(`${graph.description}: ${err instanceof DirectiveGraphError ? err.message : String(err)}`);
    return EXIT.PARTIAL;
  } finally {
    await graph.close();
  }
}

