import { join, resolve } from 'node:path';
import { projectRoot } from '../project-root.js';

/**
 * Where the embedded Neo4j keeps things. One place, so the CLI, the test harness and the
 * error messages all name the same files.
 */

/** The Maven project of the launcher and what its build leaves behind. */
export function launcherPaths(root: string = projectRoot()) {
  const dir = join(root, 'scripts', 'neo4j');
  const target = join(dir, 'target');
  return {
    dir,
    pom: join(dir, 'pom.xml'),
    sources: join(dir, 'src', 'main', 'java'),
    target,
    jar: join(target, 'embedded-neo4j.jar'),
    lib: join(target, 'lib'),
    /** Class-data-sharing archive written by the build's warm-up run; starts are faster with it. */
    cds: join(target, 'neo4j-classes.jsa'),
    /** Written last by a successful build: its content is the hash of the inputs it was built from. */
    stamp: join(target, '.build-stamp'),
    // Inside target/ so that it is git-ignored with the rest of the build output.
    buildLock: join(target, '.build.lock'),
  };
}

export type LauncherPaths = ReturnType<typeof launcherPaths>;

/** The server's home inside DATA_DIR: store, transaction logs, logs, pid file. */
export function serverPaths(dataDir: string) {
  const home = join(resolve(dataDir), 'neo4j');
  const logs = join(home, 'logs');
  return {
    home,
    logs,
    /** stdout/stderr of the JVM: start, "shutdown completed", stack traces. */
    launcherLog: join(logs, 'embedded.log'),
    /** Neo4j's own log. */
    debugLog: join(logs, 'debug.log'),
    pidFile: join(home, 'embedded.pid'),
    startLock: join(home, 'start.lock'),
    leases: join(home, 'leases'),
  };
}

export type ServerPaths = ReturnType<typeof serverPaths>;
