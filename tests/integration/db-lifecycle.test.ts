import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/db/process.js';
import { createDriver, type Driver } from '../../src/graph/driver.js';
import { autoCommit } from '../../src/graph/executor.js';

/**
 * `directive-graph db start|stop|status` against a real embedded Neo4j of its own (own data
 * folder, own port), apart from the server the rest of the integration tests use. Slow (it
 * starts the JVM four times), so it lives here and runs once per test run.
 */

let dataDir: string;
let port: number;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'db', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_HEAP: '512m',
      // Not the default, so that the setting is seen to reach Neo4j.
      NEO4J_EMBEDDED_DENSE_THRESHOLD: '20' },
    timeout: 280_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pidOf = () => (JSON.parse(readFileSync(join(dataDir, 'neo4j', 'embedded.pid'), 'utf8')) as { pid: number }).pid;
// A zombie (exited, not yet reaped by whoever inherited it) counts as gone.
const alive = isAlive;

async function withDriver<T>(work: (d: Driver) => Promise<T>): Promise<T> {
  const driver = createDriver({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'any', NEO4J_EMBEDDED_PORT: port });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return withDriver((driver) => autoCommit({ driver }, { cypher, params }, { mode: 'WRITE', what: 'running a lifecycle probe' }));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dg-lifecycle-'));
  // A port free right now, other than the shared test server's.
  port = await new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => done(p));
    });
  });
});

afterAll(() => {
  if (existsSync(join(dataDir, 'neo4j', 'embedded.pid'))) cli('stop');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('db start / status / stop', () => {
  let firstPid: number;

  it('status before any start: not running, exit 1', () => {
    const r = cli('status');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not running');
  });

  it('start launches the server and returns once it answers a query', async () => {
    const r = cli('start');
    expect(r.stderr).not.toContain('Error');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^embedded Neo4j started at bolt://127\\.0\\.0\\.1:${port} in \\d+\\.\\d s \\(pid \\d+`));
    firstPid = pidOf();
    expect(alive(firstPid)).toBe(true);
    expect(await query('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('start passes NEO4J_EMBEDDED_DENSE_THRESHOLD to Neo4j as db.relationship_grouping_threshold', async () => {
    expect(await query("SHOW SETTINGS YIELD name, value WHERE name = 'db.relationship_grouping_threshold' RETURN name, value"))
      .toEqual([{ name: 'db.relationship_grouping_threshold', value: '20' }]);
  });

  it('a second start reuses the running server', () => {
    const r = cli('start');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`embedded Neo4j already running at bolt://127.0.0.1:${port} (pid ${firstPid}`);
    expect(pidOf()).toBe(firstPid);
  });

  it('status reports pid, URI and data folder', () => {
    const r = cli('status');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('embedded Neo4j: running\n');
    expect(r.stdout).toContain(`pid:     ${firstPid}`);
    expect(r.stdout).toContain(`uri:     bolt://127.0.0.1:${port}`);
    expect(r.stdout).toContain(`data:    ${join(dataDir, 'neo4j')}`);
  });

  it('stop shuts down cleanly and the data is there after the next start', async () => {
    await query("CREATE (:Organization {key: 'lifecycle:hbt', name: $name})", { name: 'Quận ủy Hai Bà Trưng' });
    const r = cli('stop');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shutdown completed');
    expect(alive(firstPid)).toBe(false);
    expect(existsSync(join(dataDir, 'neo4j', 'embedded.pid'))).toBe(false);
    const log = readFileSync(join(dataDir, 'neo4j', 'logs', 'embedded.log'), 'utf8');
    expect(log).toContain('embedded-neo4j: shutdown completed');
    expect(cli('status').code).toBe(1);

    const again = cli('start');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('embedded Neo4j started at');
    expect(pidOf()).not.toBe(firstPid);
    expect(await query("MATCH (o:Organization {key: 'lifecycle:hbt'}) RETURN o.name AS name")).toEqual([{ name: 'Quận ủy Hai Bà Trưng' }]);
  });

  it('after the JVM is killed, status cleans the stale pid and start recovers committed writes', async () => {
    await query("CREATE (:Organization {key: 'lifecycle:killed', name: 'Phường Bạch Đằng'})");
    const pid = pidOf();
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await new Promise((r) => setTimeout(r, 100));

    const s = cli('status');
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(`removed a stale pid file: the embedded Neo4j process ${pid}`);

    const r = cli('start');
    expect(r.code).toBe(0);
    expect(await query("MATCH (o:Organization) WHERE o.key STARTS WITH 'lifecycle:' RETURN o.name AS name ORDER BY name"))
      .toEqual([{ name: 'Phường Bạch Đằng' }, { name: 'Quận ủy Hai Bà Trưng' }]);
    expect(cli('stop').stdout).toContain('shutdown completed');
  });
});
