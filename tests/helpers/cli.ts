import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { testEnv } from './graph.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Ran { code: number | null; stdout: string; stderr: string }

/**
 * Runs `directive-graph <command> ...args` from the sources as a user would, against the test
 * database (testEnv, plus `env`), and collects what it printed; never throws on a non-zero exit.
 */
export function runCli(command: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), command, ...args], { cwd: ROOT, env: { ...testEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
