import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { delimiter } from 'node:path';
import { DatabaseError } from '../errors.js';
import { createDriver, embeddedUri } from '../graph/driver.js';
import { verify } from '../graph/executor.js';
import { ensureBuilt, javaBinary, neo4jVersion } from './build.js';
import { javaArgs, MAIN_CLASS } from './jvm.js';
import { withFileLock } from './lock.js';
import { launcherPaths, serverPaths } from './paths.js';
import { readPidFile, removePidFile, writePidFile, type PidRecord } from './pidfile.js';
import { isPortFree } from './port.js';
import { commandLine, isAlive, sleep } from './process.js';

/**
 * The embedded Neo4j as a background process: start (build once, launch detached, wait until a
 * real query answers), stop (SIGTERM, so the launcher's shutdown hook checkpoints the store),
 * status. State lives in files under DATA_DIR/neo4j, so any later process (a second `db start`,
 * `db stop` from another shell, the test harness) finds the server one process left running.
 */

export interface ServerOptions {
  dataDir: string;
  port: number;
  /** Where progress and clean-up notes go; a CLI passes stderr, tests collect them. */
  log?: ((line: string) => void) | undefined;
}

export interface StartOptions extends ServerOptions {
  heap: string;
  /** Neo4j's db.relationship_grouping_threshold (applies to nodes as they become dense). */
  denseThreshold?: number | undefined;
  owner?: PidRecord['owner'];
  /** How long the JVM gets until Bolt answers. */
  timeoutMs?: number;
  /** Extra launcher flags (jvm.ts TEST_SERVER_LAUNCHER_FLAGS for the test harness's server). */
  launcherFlags?: readonly string[] | undefined;
}

export interface EmbeddedStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  port: number;
  dataDir: string;
  home: string;
  logFile: string;
  startedAt: string | undefined;
  owner: PidRecord['owner'] | undefined;
}

export interface StartResult extends EmbeddedStatus {
  running: true;
  pid: number;
  /** An already running server was found and kept. */
  reused: boolean;
  /** The Maven build ran in this start. */
  built: boolean;
  ms: number;
}

export interface StopResult {
  wasRunning: boolean;
  pid: number | undefined;
  /** SIGTERM was not enough within the timeout and SIGKILL was sent. */
  forced: boolean;
  /** The launcher logged "shutdown completed": the store was checkpointed and closed. */
  clean: boolean;
  ms: number;
  logFile: string;
}

const SHUTDOWN_DONE = 'embedded-neo4j: shutdown completed';

/** Is the server of this data folder running? Cleans a pid file whose process is gone. */
export async function status(opts: ServerOptions): Promise<EmbeddedStatus> {
  const paths = serverPaths(opts.dataDir);
  const record = liveRecord(paths.pidFile, paths.home, opts.log);
  const port = record?.port ?? opts.port;
  return {
    running: record !== undefined,
    pid: record?.pid,
    uri: embeddedUri(port),
    port,
    dataDir: opts.dataDir,
    home: paths.home,
    logFile: paths.launcherLog,
    startedAt: record?.startedAt,
    owner: record?.owner,
  };
}

/** Does a Bolt server on this port answer RETURN 1? */
export async function answers(port: number, timeoutMs = 3_000): Promise<boolean> {
  const driver = probeDriver(port, timeoutMs);
  try {
    await verify(driver);
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * Starts the server, or finds it running and reuses it. Returns once Bolt answers a query.
 * Two callers at once are serialised by a lock file: the second one reuses what the first started.
 */
export async function start(opts: StartOptions): Promise<StartResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const paths = serverPaths(opts.dataDir);
  mkdirSync(paths.logs, { recursive: true });

  return withFileLock(paths.startLock, 'starting or stopping the embedded Neo4j', async () => {
    const current = await status(opts);
    if (current.running && current.pid !== undefined) {
      // Running (maybe still booting, if its starter died while waiting): reuse it once it answers.
      await waitForBolt(current.port, current.pid, opts.timeoutMs ?? 180_000, () => undefined, paths.launcherLog, 0);
      return { ...current, running: true, pid: current.pid, reused: true, built: false, ms: Date.now() - t0 };
    }

    if (!(await isPortFree(opts.port))) {
      throw new DatabaseError('DG_DB_PORT_IN_USE',
        `port ${opts.port} on 127.0.0.1 is taken by another program, so the embedded Neo4j cannot listen there: ` +
        `set NEO4J_EMBEDDED_PORT to a free port (or, if that program is a Neo4j you run, set NEO4J_URI=bolt://127.0.0.1:${opts.port} to use it)`,
        { details: { port: opts.port } });
    }

    const launcher = launcherPaths();
    const build = await ensureBuilt({ log, paths: launcher });

    log(`starting the embedded Neo4j ${neo4jVersion(launcher)} on ${embeddedUri(opts.port)} (data in ${paths.home}, heap ${opts.heap})...`);
    const logOffset = existsSync(paths.launcherLog) ? statSync(paths.launcherLog).size : 0;
    const out = openSync(paths.launcherLog, 'a');
    writeSync(out, `\n--- ${new Date().toISOString()} start by pid ${process.pid} on port ${opts.port}\n`);
    const java = javaBinary();
    const child = spawn(java, javaArgs({
      heap: opts.heap, denseThreshold: opts.denseThreshold, extra: opts.launcherFlags, home: paths.home, port: opts.port, jar: launcher.jar, lib: launcher.lib, separator: delimiter,
      cds: existsSync(launcher.cds) ? { mode: 'use', archive: launcher.cds } : undefined,
    }), { detached: true, stdio: ['ignore', out, out], cwd: paths.home });
    closeSync(out);

    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('exit', (code, signal) => { exit = { code, signal }; });
    child.on('error', (e: NodeJS.ErrnoException) => { spawnError = e; });
    if (child.pid === undefined) {
      await sleep(0);
      throw new DatabaseError('DG_DB_START_FAILED', spawnError?.code === 'ENOENT'
        ? `"${java}" was not found: the embedded Neo4j needs a JDK 17 or 21 (install one or set JAVA_HOME), or set NEO4J_URI to use your own Neo4j`
        : `could not launch ${java}: ${spawnError?.message ?? 'unknown error'}`, { cause: spawnError });
    }
    // The server outlives this process: it is stopped by `db stop` or the test harness, never by our exit.
    child.unref();
    const pid = child.pid;
    const record: PidRecord = { pid, port: opts.port, home: paths.home, startedAt: new Date().toISOString(), owner: opts.owner ?? 'cli' };
    writePidFile(paths.pidFile, record);

    try {
      await waitForBolt(opts.port, pid, opts.timeoutMs ?? 180_000, () => exit, paths.launcherLog, logOffset);
    } catch (err) {
      // A JVM that booted too slowly or half failed is not left holding the port and the store.
      if (isAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        if (!(await waitForExit(pid, 20_000))) process.kill(pid, 'SIGKILL');
      }
      removePidFile(paths.pidFile);
      throw err;
    }
    return {
      running: true, pid, uri: embeddedUri(opts.port), port: opts.port, dataDir: opts.dataDir, home: paths.home,
      logFile: paths.launcherLog, startedAt: record.startedAt, owner: record.owner,
      reused: false, built: build.built, ms: Date.now() - t0,
    };
  }, { log });
}

/**
 * Stops the server with SIGTERM and waits for the JVM to exit; SIGKILL only after a generous
 * timeout, with a warning, since a killed server replays its transaction log on the next start.
 */
export async function stop(opts: Omit<ServerOptions, 'port'> & { timeoutMs?: number }): Promise<StopResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const paths = serverPaths(opts.dataDir);
  if (!existsSync(paths.home)) return { wasRunning: false, pid: undefined, forced: false, clean: true, ms: 0, logFile: paths.launcherLog };
  return withFileLock(paths.startLock, 'starting or stopping the embedded Neo4j', async () => {
    const record = liveRecord(paths.pidFile, paths.home, log);
    if (!record) return { wasRunning: false, pid: undefined, forced: false, clean: true, ms: Date.now() - t0, logFile: paths.launcherLog };
    const logOffset = existsSync(paths.launcherLog) ? statSync(paths.launcherLog).size : 0;
    process.kill(record.pid, 'SIGTERM');
    let forced = false;
    if (!(await waitForExit(record.pid, opts.timeoutMs ?? 90_000))) {
      log(`warning: the embedded Neo4j (pid ${record.pid}) did not stop within ${Math.round((opts.timeoutMs ?? 90_000) / 1000)} s of SIGTERM; killing it (the next start will recover the store from its transaction log)`);
      process.kill(record.pid, 'SIGKILL');
      forced = true;
      await waitForExit(record.pid, 10_000);
    }
    removePidFile(paths.pidFile);
    const clean = !forced && readFrom(paths.launcherLog, logOffset).includes(SHUTDOWN_DONE);
    return { wasRunning: true, pid: record.pid, forced, clean, ms: Date.now() - t0, logFile: paths.launcherLog };
  }, { log });
}

/** The last lines the launcher wrote since `offset`, for an error message. */
export function logTail(file: string, offset = 0, lines = 30): string {
  const text = readFrom(file, offset).trimEnd();
  if (!text) return '(the log is empty)';
  return text.split('\n').slice(-lines).join('\n');
}

function liveRecord(pidFile: string, home: string, log?: (line: string) => void): PidRecord | undefined {
  const record = readPidFile(pidFile);
  if (record === undefined) return undefined;
  if (record === 'invalid') {
    log?.(`removed an unreadable pid file ${pidFile}`);
    removePidFile(pidFile);
    return undefined;
  }
  if (isAlive(record.pid) && isOurServer(record.pid, home)) return record;
  log?.(`removed a stale pid file: the embedded Neo4j process ${record.pid} (started ${record.startedAt}) is gone`);
  removePidFile(pidFile);
  return undefined;
}

/** After a reboot a pid may belong to anything: it is ours only if its command line says so. */
function isOurServer(pid: number, home: string): boolean {
  const args = commandLine(pid);
  if (args === undefined) return true;
  const i = args.indexOf('--home');
  return args.includes(MAIN_CLASS) && i >= 0 && args[i + 1] === home;
}

async function waitForBolt(
  port: number,
  pid: number,
  timeoutMs: number,
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | undefined,
  logFile: string,
  logOffset: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = probeDriver(port, 2_000);
  try {
    for (;;) {
      const e = exited();
      if (e !== undefined || !isAlive(pid)) {
        const how = e ? (e.signal ? `was killed by ${e.signal}` : `exited with code ${e.code}`) : 'is gone';
        throw new DatabaseError('DG_DB_START_FAILED',
          `the embedded Neo4j (pid ${pid}) ${how} before Bolt answered on port ${port}. Last lines of ${logFile}:\n${logTail(logFile, logOffset)}`,
          { details: { port, pid, logFile } });
      }
      try {
        await verify(driver);
        return;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) {
        throw new DatabaseError('DG_DB_START_FAILED',
          `the embedded Neo4j (pid ${pid}) did not answer on port ${port} within ${Math.round(timeoutMs / 1000)} s. Last lines of ${logFile}:\n${logTail(logFile, logOffset)}`,
          { details: { port, pid, logFile } });
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function probeDriver(port: number, connectionTimeoutMs: number) {
  // Auth is off on the embedded server: any credentials are accepted.
  return createDriver(
    { NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: port },
    { connectionTimeoutMs, maxConnectionPoolSize: 1 },
  );
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}
