import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { guardTestDatabase } from './guard.js';

/**
 * vitest globalSetup of the `integration` project: finds a real Neo4j for the run, in this order:
 *
 * 1. TEST_NEO4J_URI (with TEST_NEO4J_USER / TEST_NEO4J_PASSWORD / TEST_NEO4J_DATABASE) when set:
 *    a server the user gives the tests. NEO4J_URI, the application's own database, is never used:
 *    the tests delete every node, and a user who set NEO4J_URI for the app must not lose its data.
 * 2. Testcontainers' Neo4j module (image neo4j:5.26-community) when a Docker engine answers a
 *    ping within 1.5 s. DG_TEST_NEO4J=embedded skips this check.
 * 3. The embedded Neo4j (src/db) in TEST_DATA_DIR (default .data/test) on NEO4J_EMBEDDED_PORT
 *    (default 7688), so that tests never touch the dev database (DATA_DIR, default .data).
 *    It keeps its Cypher plans for its life (TEST_SERVER_LAUNCHER_FLAGS, src/db/jvm.ts: no
 *    replanning between files).
 *    It is built with Maven on a fresh clone. Test runs that share it hold a lease each; the last
 *    run out stops it if a test run started it (DG_TEST_KEEP_NEO4J=1 keeps it for the next run).
 *
 * Whichever it is, tests/setup/guard.ts then checks the database is the tests' own (empty, or
 * marked by an earlier test run) and refuses to go on otherwise, unless TEST_NEO4J_ALLOW_NONEMPTY=1.
 *
 * The result reaches test files through vitest's provide/inject (`inject('neo4j')`, see
 * tests/helpers/graph.ts), not through process.env: workers get exactly what the setup chose.
 * Tests that spawn the CLI pass `testEnv()` from that helper to the child.
 */

export interface TestNeo4j {
  kind: 'uri' | 'testcontainers' | 'embedded';
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Where the embedded server keeps its data (embedded only). */
  dataDir: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const DEFAULT_TEST_DATA = '.data/test';

const say = (line: string) => process.stdout.write(`[neo4j] ${line}\n`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { target, teardown } = await chooseNeo4j();
  try {
    const outcome = await guardTestDatabase(target, { allowNonEmpty: target.adoptable || process.env.TEST_NEO4J_ALLOW_NONEMPTY === '1' });
    if (outcome === 'adopted-by-request') say(`the database held data: adopted for the tests as asked (${target.adoptable ? 'the harness\'s own data folder' : 'TEST_NEO4J_ALLOW_NONEMPTY=1'})`);
  } catch (err) {
    await teardown();
    throw err;
  }
  const { adoptable: _adoptable, ...provided } = target;
  project.provide('neo4j', provided);
  return teardown;
}

interface Chosen {
  target: TestNeo4j & { adoptable: boolean };
  teardown: () => Promise<void>;
}

/** Environment variables of the tests' own Neo4j, checked like the app's (same rules, TEST_ names). */
function testServerConfig(env: NodeJS.ProcessEnv): { uri: string; user: string; password: string; database: string | undefined } | undefined {
  if (!env.TEST_NEO4J_URI) return undefined;
  try {
    const c = loadConfig({
      NEO4J_URI: env.TEST_NEO4J_URI, NEO4J_USER: env.TEST_NEO4J_USER, NEO4J_PASSWORD: env.TEST_NEO4J_PASSWORD, NEO4J_DATABASE: env.TEST_NEO4J_DATABASE,
    });
    return { uri: c.NEO4J_URI ?? env.TEST_NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, database: c.NEO4J_DATABASE };
  } catch (err) {
    throw new Error(`TEST_${err instanceof Error ? err.message.replace(/^.*?(NEO4J_)/, '$1') : String(err)}`);
  }
}

async function chooseNeo4j(): Promise<Chosen> {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const own = testServerConfig(process.env);
  if (process.env.NEO4J_URI && !own) say('NEO4J_URI is set and ignored: the tests never use the application\'s database (set TEST_NEO4J_URI to give them a server)');

  if (own) {
    say(`using TEST_NEO4J_URI ${own.uri}${own.database ? ` (database ${own.database})` : ''}`);
    return { target: { kind: 'uri', ...own, dataDir: undefined, adoptable: false }, teardown: async () => {} };
  }

  if (process.env.DG_TEST_NEO4J !== 'embedded' && (await dockerAnswers(1_500))) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    say('a Docker engine answers: starting neo4j:5.26-community with Testcontainers...');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(config.NEO4J_PASSWORD).start();
    say(`using Testcontainers neo4j:5.26-community at ${container.getBoltUri()}`);
    return {
      target: {
        kind: 'testcontainers', uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(),
        database: undefined, dataDir: undefined, adoptable: false,
      },
      teardown: async () => { await container.stop(); },
    };
  }

  return embedded();
}

async function embedded(): Promise<Chosen> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    DATA_DIR: process.env.TEST_DATA_DIR || DEFAULT_TEST_DATA,
    NEO4J_EMBEDDED_PORT: process.env.NEO4J_EMBEDDED_PORT || '7688',
  });
  const { start, status, stop } = await import('../../src/db/embedded.js');
  const { acquireLease, releaseLease } = await import('../../src/db/leases.js');
  const { TEST_SERVER_LAUNCHER_FLAGS } = await import('../../src/db/jvm.js');
  const dataDir = config.dataDir;
  acquireLease(dataDir);
  let result;
  try {
    result = await start({
      dataDir, port: config.NEO4J_EMBEDDED_PORT, heap: config.NEO4J_EMBEDDED_HEAP, denseThreshold: config.NEO4J_EMBEDDED_DENSE_THRESHOLD, owner: 'test-harness', log: say,
      // Every file empties and reloads the graph: without this each file planned its reads again.
      launcherFlags: TEST_SERVER_LAUNCHER_FLAGS,
    });
  } catch (err) {
    releaseLease(dataDir);
    throw err;
  }
  say(`using the embedded Neo4j at ${result.uri} (${result.reused ? 'already running' : `started in ${(result.ms / 1000).toFixed(1)} s`}, pid ${result.pid}, data ${result.home})`);
  // The harness's own folder holds only what earlier test runs wrote; a folder the user named may not.
  const adoptable = resolve(dataDir) === resolve(DEFAULT_TEST_DATA);
  const target = {
    kind: 'embedded' as const, uri: result.uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
    database: undefined, dataDir, adoptable,
  };

  const teardown = async () => {
    const others = releaseLease(dataDir);
    if (others.length > 0) {
      say(`leaving the embedded Neo4j running: test runs ${others.join(', ')} still use it`);
      return;
    }
    if (process.env.DG_TEST_KEEP_NEO4J === '1') {
      say(`leaving the embedded Neo4j running at ${result.uri} (DG_TEST_KEEP_NEO4J=1)`);
      return;
    }
    // Only a server a test run started; one started by `db start` with this DATA_DIR is the user's.
    const now = await status({ dataDir, port: config.NEO4J_EMBEDDED_PORT });
    if (now.running && now.owner === 'test-harness') {
      const stopped = await stop({ dataDir, log: say });
      say(`stopped the embedded Neo4j in ${(stopped.ms / 1000).toFixed(1)} s${stopped.clean ? '' : ' (not cleanly: see ' + stopped.logFile + ')'}`);
    }
  };
  return { target, teardown };
}

/**
 * Does a Docker engine answer GET /_ping? Never hangs: a socket that is there but dead, or a
 * DOCKER_HOST nobody listens on, gives `false` after the timeout.
 */
export function dockerAnswers(timeoutMs: number): Promise<boolean> {
  const endpoint = dockerEndpoint();
  if (!endpoint) return Promise.resolve(false);
  return new Promise((done) => {
    const req = request({ ...endpoint, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on('timeout', () => { req.destroy(); done(false); });
    req.on('error', () => done(false));
    req.end();
  });
}

function dockerEndpoint(): { socketPath: string } | { host: string; port: number } | undefined {
  const host = process.env.DOCKER_HOST;
  if (host?.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  if (host?.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  const candidates = [
    '/var/run/docker.sock',
    join(homedir(), '.docker', 'run', 'docker.sock'),
    process.env.XDG_RUNTIME_DIR ? join(process.env.XDG_RUNTIME_DIR, 'docker.sock') : undefined,
  ];
  const found = candidates.find((p): p is string => p !== undefined && existsSync(resolve(p)));
  return found ? { socketPath: found } : undefined;
}
