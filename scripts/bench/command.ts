import { spawn } from 'node:child_process';

/** Runs a program to completion; its stderr tail becomes the error message when it fails. */
export async function runCommand(cmd: string, args: string[], timeoutMs: number, onStderrLine?: (line: string) => void): Promise<string> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    if (!onStderrLine) return;
    const lines = (pending + d).split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) if (l.trim() !== '') onStderrLine(l);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearTimeout(timer));
  if (timedOut) throw new Error(`${args[args.length - 1] ?? cmd}: did not finish within ${Math.round(timeoutMs / 1000)} s (stopped)`);
  if (code !== 0) {
    // A Node stack trace ends with frames: its "SomeError: message" line is what says what went wrong.
    const lines = stderr.trim().split('\n').filter((l) => l.trim() !== '');
    const why = lines.find((l) => /^\w*Error\b.*:/.test(l.trim())) ?? lines.slice(-3).join(' / ');
    throw new Error(`exited with code ${code}${why ? `: ${why.trim()}` : ''}`);
  }
  return stdout;
}
