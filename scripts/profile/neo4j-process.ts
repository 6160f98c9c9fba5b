import { readdirSync, readFileSync } from 'node:fs';

/** The embedded Neo4j's JVM serving `port` (its command line names the port), for probes that read its CPU time. */
export function findNeo4j(port: number): number | undefined {
  for (const d of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => a.endsWith('EmbeddedNeo4j')) && cmd[cmd.indexOf('--port') + 1] === String(port)) return Number(d);
    } catch {
      // a process that ended meanwhile
    }
  }
  return undefined;
}
