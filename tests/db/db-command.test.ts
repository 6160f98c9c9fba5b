import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `directive-graph db` as a user runs it, for everything that needs no JVM: usage, status of a
 * server that is not there, stale pid files, a port taken by another program. (Start/stop of a
 * real server: tests/integration/db-lifecycle.test.ts.)
 */

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'dg-db-'));

describe('db usage', () => {
  it.each([
    // [argv, why it is wrong]
    [['db'], 'no action'],
    [['db', 'restart'], 'unknown action'],
    [['db', 'start', 'now'], 'extra argument'],
  ])('%j exits 2 with the usage (%s)', (argv) => {
    const r = cli(argv, { DATA_DIR: freshDataDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: directive-graph db <start|stop|status>');
  });

  it('--help prints the usage and exits 0', () => {
    const r = cli(['db', '--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NEO4J_EMBEDDED_PORT');
  });
});

describe('db status / stop without a server', () => {
  it('status says not running, with the URI and data folder, and exits 1', () => {
    const dataDir = freshDataDir();
    const r = cli(['db', 'status'], { DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: '7712' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('embedded Neo4j: not running');
    expect(r.stdout).toContain('bolt://127.0.0.1:7712');
    expect(r.stdout).toContain(join(dataDir, 'neo4j'));
  });

  it('stop says not running and exits 0', () => {
    const r = cli(['db', 'stop'], { DATA_DIR: freshDataDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('not running');
  });
});

describe('stale pid files', () => {
  function writePid(dataDir: string, pid: number) {
    mkdirSync(join(dataDir, 'neo4j'), { recursive: true });
    const pidFile = join(dataDir, 'neo4j', 'embedded.pid');
    writeFileSync(pidFile, JSON.stringify({ pid, port: 7713, home: join(dataDir, 'neo4j'), startedAt: '2025-01-01T00:00:00.000Z', owner: 'cli' }));
    return pidFile;
  }

  it('a pid whose process is gone is removed with a message', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(dead).toBeGreaterThan(0);
    const dataDir = freshDataDir();
    const pidFile = writePid(dataDir, dead!);
    const r = cli(['db', 'status'], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`removed a stale pid file: the embedded Neo4j process ${dead} (started 2025-01-01T00:00:00.000Z) is gone`);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('a live pid that is not our Neo4j (pid reused after a reboot) is stale too, and is not signalled', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const dataDir = freshDataDir();
      const pidFile = writePid(dataDir, sleeper.pid!);
      const r = cli(['db', 'stop'], { DATA_DIR: dataDir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('not running');
      expect(r.stderr).toContain('removed a stale pid file');
      expect(existsSync(pidFile)).toBe(false);
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('an unreadable pid file is removed', () => {
    const dataDir = freshDataDir();
    mkdirSync(join(dataDir, 'neo4j'), { recursive: true });
    writeFileSync(join(dataDir, 'neo4j', 'embedded.pid'), 'not json');
    const r = cli(['db', 'status'], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('removed an unreadable pid file');
    expect(existsSync(join(dataDir, 'neo4j', 'embedded.pid'))).toBe(false);
  });
});

describe('a port taken by another program', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('start fails with DG_DB_PORT_IN_USE naming the port and NEO4J_EMBEDDED_PORT, launching nothing', async () => {
    server = createServer();
    const port = await new Promise<number>((done) => server!.listen(0, '127.0.0.1', () => done((server!.address() as { port: number }).port)));
    const dataDir = freshDataDir();
    // spawn, not spawnSync: the port-holding server lives in this process's event loop.
    const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'db', 'start'], {
        env: { ...process.env, NEO4J_URI: '', DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: String(port) },
      });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DG_DB_PORT_IN_USE]');
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is taken`);
    expect(r.stderr).toContain('NEO4J_EMBEDDED_PORT');
    expect(readdirSync(join(dataDir, 'neo4j'))).not.toContain('embedded.pid');
  });
});
