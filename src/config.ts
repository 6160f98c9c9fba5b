import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';

/**
 * All configuration comes from the environment and is validated here once.
 * A wrong value stops the program with one line naming the variable.
 */
const port = (fallback: number) =>
  z.coerce.number({ error: 'expected a whole number from 1 to 65535' })
    .int('expected a whole number from 1 to 65535')
    .min(1, 'expected a whole number from 1 to 65535')
    .max(65535, 'expected a whole number from 1 to 65535')
    .default(fallback);

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const ConfigSchema = z.object({
  NEO4J_URI: z.preprocess(emptyAsUndefined, z.string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a Bolt URI such as bolt://127.0.0.1:7687 or neo4j://host:7687')
    .optional()),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('directive-graph'),
  NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9.-]{1,63}$/, 'expected a database name (lower-case letters, digits, dot, dash)').optional()),
  NEO4J_EMBEDDED_PORT: port(7687),
  NEO4J_EMBEDDED_HEAP: z.string().regex(/^\d+[mg]$/, 'expected a JVM size such as 512m or 2g').default('1g'),
  // Neo4j's db.relationship_grouping_threshold for the embedded server. 10, not Neo4j's 50: a directive
  // holds ~14 relationships, and a node under the threshold makes every typed expand walk its whole chain
  // (10,000-document bench graph: lineage -31% db hits, derivedTasks -20 to -26%, ingest no slower; README
  // "Scaling out"). It applies to nodes as they become dense, so it takes full effect on a store ingested afresh.
  NEO4J_EMBEDDED_DENSE_THRESHOLD: z.coerce.number({ error: 'expected a whole number of relationships from 1' })
    .int('expected a whole number of relationships from 1').min(1, 'expected a whole number of relationships from 1').default(10),
  // How long a write (ingest, reports' reads in managed transactions) keeps retrying a lost or busy server before it
  // gives up with DG_DB_UNAVAILABLE: the driver's own maxTransactionRetryTime, whose default is 30 s.
  NEO4J_MAX_RETRY_MS: z.coerce.number({ error: 'expected a whole number of milliseconds, 0 for no retry' })
    .int('expected a whole number of milliseconds, 0 for no retry').min(0, 'expected a whole number of milliseconds, 0 for no retry').default(30_000),
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  API_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'expected at least 16 characters').optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset: GraphiQL is on except in production. true/false decides regardless of NODE_ENV.
  GRAPHIQL: z.preprocess(emptyAsUndefined, z.enum(['true', 'false'], { error: 'expected true or false' })
    .transform((v) => v === 'true').optional()),
  RATE_LIMIT_MAX: z.coerce.number({ error: 'expected a whole number of requests, 0 for no limit' })
    .int('expected a whole number of requests, 0 for no limit').min(0, 'expected a whole number of requests, 0 for no limit').default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number({ error: 'expected a whole number of milliseconds from 1000' })
    .int('expected a whole number of milliseconds from 1000').min(1000, 'expected a whole number of milliseconds from 1000').default(60_000),
  CORS_ORIGINS: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((o) => o.trim()).filter((o) => o !== '') : v ?? []),
    z.array(z.string().regex(/^https?:\/\/[^\s/,]+$/, 'expected a comma-separated list of origins such as https://research.example.org (scheme, host, optional port; no path)')),
  ),
  TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('false').transform((v) => v === '1' || v === 'true'),
  // The API plans every read query once at start (src/graph/read/warm.ts); false skips it (the bench compares both).
  WARM_QUERY_PLANS: z.enum(['true', 'false'], { error: 'expected true or false' }).default('true').transform((v) => v === 'true'),
  // Answers of derivedTasks pages kept while the graph does not change (src/graph/read/cache.ts); 0 keeps none.
  QUERY_CACHE_ENTRIES: z.coerce.number({ error: 'expected a whole number of answers, 0 for none' })
    .int('expected a whole number of answers, 0 for none').min(0, 'expected a whole number of answers, 0 for none').default(128),
  // A PDF is read in a worker thread stopped at this deadline and heap (src/read/pdf-thread.ts).
  PDF_READ_TIMEOUT_MS: z.coerce.number({ error: 'expected a whole number of milliseconds from 1' })
    .int('expected a whole number of milliseconds from 1').min(1, 'expected a whole number of milliseconds from 1').default(120_000),
  PDF_READ_HEAP_MB: z.coerce.number({ error: 'expected a whole number of megabytes from 16' })
    .int('expected a whole number of megabytes from 16').min(16, 'expected a whole number of megabytes from 16').default(1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

function invalid(error: z.ZodError, env: Record<string, string | undefined>): ConfigError {
  const issue = error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const got = env[name];
  return new ConfigError('DG_CONFIG_INVALID', `${name}=${JSON.stringify(got ?? '')}: ${issue?.message ?? 'invalid value'}`, { details: { variable: name } });
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error, env);
  return { ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR) };
}

/**
 * The bounds of one PDF read, alone: the reader runs inside ingests, parse workers and `parse`,
 * which do not all hold a Config, and must not need NEO4J_* to be valid to read a file.
 */
export function pdfReadLimits(env: Record<string, string | undefined> = process.env): { timeoutMs: number; heapMb: number } {
  const parsed = ConfigSchema.pick({ PDF_READ_TIMEOUT_MS: true, PDF_READ_HEAP_MB: true }).safeParse(env);
  if (!parsed.success) throw invalid(parsed.error, env);
  return { timeoutMs: parsed.data.PDF_READ_TIMEOUT_MS, heapMb: parsed.data.PDF_READ_HEAP_MB };
}

/** GraphiQL is a development and exploration tool: off in production unless GRAPHIQL=true. */
export function graphiqlEnabled(config: Pick<Config, 'GRAPHIQL' | 'NODE_ENV'>): boolean {
  return config.GRAPHIQL ?? config.NODE_ENV !== 'production';
}
