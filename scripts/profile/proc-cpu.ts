/**
 * CPU seconds read from Linux's /proc, for probes whose figures must not depend on the load: a
 * thread or process is charged only for the time it ran, however many others share the cores.
 * Every reader returns 0 (or empty) where /proc is not there.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: /proc counts CPU time in clock ticks of 1/100 s on Linux. */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a `stat` file (a process's counts include its threads, live and ended). */
function statCpu(file: string): number {
  try {
    const fields = readFileSync(file, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function processCpuSeconds(pid: number | undefined): number {
  return pid === undefined ? 0 : statCpu(`/proc/${pid}/stat`);
}

export function threadCpuSeconds(pid: number, tid: number): number {
  return statCpu(`/proc/${pid}/task/${tid}/stat`);
}

/** The live threads of a process, with each one's CPU seconds so far. */
export function threadsCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) out.set(Number(t), threadCpuSeconds(pid, Number(t)));
  } catch {
    // no /proc
  }
  return out;
}

/** A thread's name (Linux keeps its first 15 characters): a JVM names its threads by role. */
export function threadName(pid: number, tid: number): string {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/**
 * CPU seconds a process's threads ran between two readings (`threadsCpu` before, now), summed by
 * role: the thread's name without its closing number ("GC Thread#3" and "GC Thread#0" are one role).
 * Threads that ended between the readings are not there to name: their time is `(ended)`, the
 * process's own count less what the live threads add up to.
 */
export function cpuByThreadRole(pid: number, before: Map<number, number>, processSeconds: number): Map<string, number> {
  const out = new Map<string, number>();
  let live = 0;
  for (const [tid, s] of threadsCpu(pid)) {
    const d = s - (before.get(tid) ?? 0);
    live += d;
    const role = threadName(pid, tid).replace(/(?:[#-]?\d+)+$/, '').trim() || '?';
    out.set(role, (out.get(role) ?? 0) + d);
  }
  out.set('(ended)', processSeconds - live);
  return out;
}

/** The whole machine's CPU seconds by state, summed over the cores (/proc/stat's first line). */
export interface MachineCpu {
  busy: number;
  idle: number;
  /** Time runnable but kept off the core by the hypervisor. */
  steal: number;
}

export function machineCpu(): MachineCpu {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
    return {
      busy: (user! + nice! + system! + irq! + softirq!) / TICKS_PER_SECOND,
      idle: (idle! + iowait!) / TICKS_PER_SECOND,
      steal: steal! / TICKS_PER_SECOND,
    };
  } catch {
    return { busy: 0, idle: 0, steal: 0 };
  }
}
