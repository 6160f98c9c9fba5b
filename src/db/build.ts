import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { DatabaseError } from '../errors.js';
import { javaArgs } from './jvm.js';
import { withFileLock } from './lock.js';
import { launcherPaths, type LauncherPaths } from './paths.js';

/**
 * Builds the launcher (scripts/neo4j) with Maven once. A later start finds the stamp that matches
 * pom.xml and the Java sources and neither downloads nor rebuilds; changing either rebuilds.
 */

/** What Maven fetches on a first build into an empty ~/.m2 (measured: Neo4j 5.26 jars + Maven plugins). */
const FIRST_DOWNLOAD_MB = 170;

export interface BuildResult {
  built: boolean;
  ms: number;
}

export async function ensureBuilt(opts: { log?: (line: string) => void; paths?: LauncherPaths } = {}): Promise<BuildResult> {
  const paths = opts.paths ?? launcherPaths();
  const log = opts.log ?? (() => {});
  if (isBuilt(paths)) return { built: false, ms: 0 };
  return withFileLock(paths.buildLock, 'building the embedded Neo4j launcher', async () => {
    // Another process may have finished the build while this one waited for the lock.
    if (isBuilt(paths)) return { built: false, ms: 0 };
    const t0 = Date.now();
    const version = neo4jVersion(paths);
    const cached = existsSync(join(mavenRepo(), 'org', 'neo4j', 'neo4j', version));
    log(cached
      ? `building the embedded Neo4j ${version} launcher (jars already in the local Maven repository)...`
      : `building the embedded Neo4j ${version} launcher (first run downloads ~${FIRST_DOWNLOAD_MB} MB from Maven Central)...`);
    // A version bump must not leave the old jars beside the new ones on the class path. (A JVM still
    // running from them keeps its open files: unlinking does not disturb it.)
    rmSync(paths.lib, { recursive: true, force: true });
    await runMaven(paths);
    if (!existsSync(paths.jar) || !existsSync(paths.lib)) {
      throw new DatabaseError('DG_DB_START_FAILED', `Maven finished but ${relative(process.cwd(), paths.jar)} or its lib/ folder is missing`);
    }
    await createClassArchive(paths, log);
    writeFileSync(paths.stamp, inputsHash(paths));
    const ms = Date.now() - t0;
    log(`built the launcher in ${(ms / 1000).toFixed(1)} s`);
    return { built: true, ms };
  }, { log });
}

export function isBuilt(paths: LauncherPaths = launcherPaths()): boolean {
  if (!existsSync(paths.jar) || !existsSync(paths.lib) || !existsSync(paths.stamp)) return false;
  return readFileSync(paths.stamp, 'utf8').trim() === inputsHash(paths);
}

/** The Neo4j version the pom pins, for messages. */
export function neo4jVersion(paths: LauncherPaths = launcherPaths()): string {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(paths.pom, 'utf8'));
  return m?.[1] ?? 'unknown';
}

/**
 * Runs the launcher once with --warmup under -XX:ArchiveClassesAtExit, leaving a CDS archive that
 * later starts map instead of loading and verifying Neo4j's ~20k classes. Optional: a failure
 * only costs start-up time, so it is reported and the build goes on.
 */
async function createClassArchive(paths: LauncherPaths, log: (line: string) => void): Promise<void> {
  rmSync(paths.cds, { force: true });
  const home = mkdtempSync(join(tmpdir(), 'dg-neo4j-warmup-'));
  log('warming up the launcher once to write a class-data-sharing archive (faster starts)...');
  try {
    const args = javaArgs({
      heap: '512m', home, port: 0, jar: paths.jar, lib: paths.lib, separator: delimiter,
      cds: { mode: 'create', archive: paths.cds }, extra: ['--warmup'],
    });
    const r = await run(javaBinary(), args, paths.dir);
    if (r.code !== 0 || !existsSync(paths.cds)) {
      rmSync(paths.cds, { force: true });
      log(`note: no class-data-sharing archive (warm-up exit ${r.code}); starts work without it, a little slower:\n${lastLines(r.output, 15)}`);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function inputsHash(paths: LauncherPaths): string {
  const h = createHash('sha256');
  for (const file of [paths.pom, ...listFiles(paths.sources)]) {
    h.update(relative(paths.dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/** The local Maven repository: ~/.m2/repository unless MAVEN_OPTS moves it (as CI caches often do). */
function mavenRepo(): string {
  const moved = /-Dmaven\.repo\.local=(\S+)/.exec(process.env.MAVEN_OPTS ?? '');
  return moved?.[1] ?? join(homedir(), '.m2', 'repository');
}

async function runMaven(paths: LauncherPaths): Promise<void> {
  let r: { code: number | null; output: string };
  try {
    r = await run('mvn', ['-q', '-B', '-f', paths.pom, 'package'], paths.dir);
  } catch (e) {
    throw new DatabaseError('DG_DB_START_FAILED', (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'Maven (mvn) is not on PATH: it is needed once to build the embedded Neo4j launcher (or set NEO4J_URI to use your own Neo4j)'
      : `could not run Maven: ${(e as Error).message}`, { cause: e });
  }
  if (r.code !== 0) {
    throw new DatabaseError('DG_DB_START_FAILED', `Maven failed (exit ${r.code}) building ${relative(process.cwd(), paths.pom)}:\n${lastLines(r.output, 40)}`);
  }
}

/** Runs a program to its end, keeping the last of its output for error messages. */
function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (b: Buffer) => {
      out.push(b.toString('utf8'));
      if (out.length > 400) out.splice(0, out.length - 400);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: out.join('') }));
  });
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/** JAVA_HOME's java when set, else the one on PATH. */
export function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}
