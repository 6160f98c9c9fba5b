import { runCommand } from './command.js';

/**
 * Runs a bench probe in a fresh Node process: its peak RSS is then its own (the kernel's maxRSS),
 * and a parser that is far slower than expected can be stopped at a deadline instead of hanging
 * the whole run. The probe prints one line `BENCH_RESULT <json>` on stdout.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export async function runProbe<T>(script: string, args: string[], timeoutMs: number, onStderrLine?: (line: string) => void): Promise<T> {
  // process.execArgv carries tsx's loader, so the probe runs TypeScript like this process does.
  const stdout = await runCommand(process.execPath, [...process.execArgv, script, ...args], timeoutMs, onStderrLine);
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error('the probe printed no result');
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

export function emitResult(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}
