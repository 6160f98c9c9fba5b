/**
 * The JVM command line of the embedded Neo4j, kept as data.
 *
 * Neo4j 5 on JDK 17 reaches into JDK internals (direct buffers, unsafe, netty). Its own start script
 * passes these flags; without them the first query fails with InaccessibleObjectException or
 * "Could not initialize class ...". The list follows neo4j.conf of 5.26 plus the opens the
 * embedded use has been seen to need.
 */
export const MODULE_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.lang.reflect=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** Tuning flags from Neo4j's neo4j.conf, minus AlwaysPreTouch (it would make the whole heap resident at once). */
export const TUNING_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/**
 * Launcher flags for the test harness's server, which lives for one test run: keep every Cypher plan for
 * its life (EmbeddedNeo4j --keep-plans). Each test file empties and reloads the graph, and Neo4j replans a
 * statement whose counts diverged, so each file planned again what the files before it had planned.
 * (C1's JIT only, -XX:TieredStopAtLevel=1, was tried for the same server on 2026-12-07: single files
 * started faster, but the whole integration lane ran slower, its ingest files 1.5-3x: C2 pays for itself.)
 */
export const TEST_SERVER_LAUNCHER_FLAGS: readonly string[] = ['--keep-plans'];

/** Page cache of the embedded server: enough for the corpora this project loads, small enough for a laptop. */
export const PAGECACHE = '256m';

/**
 * db.relationship_grouping_threshold of the embedded server when the caller gives none (the bench, the
 * explorer bench): the default of NEO4J_EMBEDDED_DENSE_THRESHOLD, measured in README "Scaling out".
 */
export const DENSE_THRESHOLD = 10;

export const MAIN_CLASS = 'dev.directivegraph.neo4j.EmbeddedNeo4j';

export interface JavaCommand {
  heap: string;
  /** Neo4j's db.relationship_grouping_threshold; unset: DENSE_THRESHOLD. */
  denseThreshold?: number | undefined;
  /** Class-data-sharing archive: `use` an existing one, or `create` it when this JVM exits (the build's warm-up). */
  cds?: { mode: 'use' | 'create'; archive: string } | undefined;
  /** Extra launcher flags, e.g. --warmup or TEST_SERVER_LAUNCHER_FLAGS. */
  extra?: readonly string[] | undefined;
  home: string;
  port: number;
  jar: string;
  lib: string;
  /** Class-path separator of the platform (":" or ";"). */
  separator: string;
}

/** The arguments after `java`. The class path uses Java's own `dir/*` wildcard: no shell is involved. */
export function javaArgs(c: JavaCommand): string[] {
  return [
    // A small initial heap: Neo4j recommends initial = maximum for production, but a dev or test server
    // that stays near idle then holds ~110 MB more resident (measured 529 vs 422 MB), and several of them
    // share one laptop. Neo4j only warns when -Xms is missing altogether.
    `-Xms${minSize(c.heap, '256m')}`,
    `-Xmx${c.heap}`,
    ...TUNING_FLAGS,
    ...(c.cds?.mode === 'use' ? [`-XX:SharedArchiveFile=${c.cds.archive}`, '-Xshare:auto'] : []),
    ...(c.cds?.mode === 'create' ? [`-XX:ArchiveClassesAtExit=${c.cds.archive}`] : []),
    ...MODULE_FLAGS,
    '-cp',
    [c.jar, `${c.lib}/*`].join(c.separator),
    MAIN_CLASS,
    '--home', c.home,
    '--port', String(c.port),
    '--address', '127.0.0.1',
    '--pagecache', PAGECACHE,
    '--dense-threshold', String(c.denseThreshold ?? DENSE_THRESHOLD),
    ...(c.extra ?? []),
  ];
}

/** The smaller of two JVM sizes such as 512m and 2g. */
export function minSize(a: string, b: string): string {
  return bytes(a) <= bytes(b) ? a : b;
}

function bytes(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size);
  if (!m) throw new Error(`not a JVM size: ${size}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}
