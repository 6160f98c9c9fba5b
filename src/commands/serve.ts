import { loadConfig } from '../config.js';
import { DirectiveGraphError } from '../errors.js';
import { defineCommand } from './define.js';

/**
 * `directive-graph serve`: the GraphQL API on PORT against NEO4J_URI (or the embedded Neo4j the
 * user started with `directive-graph db start`). Runs until SIGINT/SIGTERM, then shuts down
 * gracefully. Exit codes: 0 stopped cleanly, 1 could not listen, 2 usage.
 */
export default defineCommand({
  name: 'serve',
  summary: 'serve GraphQL and the reports over HTTP',
  description: `Serves GraphQL at /graphql (GraphiQL at /graphiql unless NODE_ENV=production), the reports at
/reports/derived-tasks and /reports/coverage (see directive-graph report --help), /health (the process
answers) and /ready (Neo4j answers too; 503 when it does not). Logs are JSON lines (pino) on stdout.`,
  options: {
    port: { type: 'string', value: 'N', description: 'port to listen on (default PORT, else 4000)' },
    host: { type: 'string', value: 'H', description: 'address to listen on (default HOST, else 127.0.0.1; 0.0.0.0 for all)' },
  },
  notes: `Environment: PORT, HOST, NEO4J_URI (else the embedded Neo4j on NEO4J_EMBEDDED_PORT), NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE, API_TOKEN (enables mutation ingest), NODE_ENV, LOG_LEVEL.`,
  async run(values, positionals) {
    if (positionals.length > 0) throw new DirectiveGraphError('DG_USAGE', `unexpected "${positionals.join(' ')}"`);
    const config = loadConfig({ ...process.env, ...(values.port ? { PORT: values.port } : {}), ...(values.host ? { HOST: values.host } : {}) });
    const { startServer } = await import('../api/server.js');
    const server = await startServer(config, { handleSignals: true });
    process.stderr.write(serveBanner(server.url, config.NODE_ENV !== 'production'));
    // The signal handlers end the process; until then the listening socket keeps it alive.
    return new Promise<number>(() => undefined);
  },
});

/** The URLs to open, for a person reading the terminal (logs go to stdout as JSON). */
export function serveBanner(url: string, graphiql: boolean): string {
  return [
    '',
    `directive-graph is serving at ${url}`,
    `  GraphQL   ${url}/graphql`,
    ...(graphiql ? [`  GraphiQL  ${url}/graphiql   (try the examples in docs/graphql-examples.md)`] : []),
    `  health    ${url}/health   readiness ${url}/ready`,
    'Stop with Ctrl-C.',
    '',
  ].join('\n') + '\n';
}
