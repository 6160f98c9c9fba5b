import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

/** What the numbers were measured on: they mean little without it. */
export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  /** 1-minute load average when the run started: other work on the machine skews every number. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const list = cpus();
  const javaBin = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  // `java -version` writes to stderr; its first line names vendor and version.
  const r = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  const java = r.error ? 'no java found' : ((r.stderr || r.stdout).split('\n')[0] ?? '').trim() || 'java: unknown version';
  return {
    date: new Date().toISOString(),
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    java,
    loadAtStart: loadavg()[0] ?? 0,
  };
}

export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}
