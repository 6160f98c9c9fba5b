import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Bad configuration as a user meets it: a real process, a non-zero exit, one line naming the variable. */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

describe('bad configuration', () => {
  it.each([
    // [variable, value, command]
    ['NEO4J_URI', 'foo', ['db', 'status']],
    ['PORT', '-1', ['serve']],
    ['NEO4J_EMBEDDED_PORT', 'x', ['db', 'start']],
  ])('%s=%s stops `%s` with one line that names the variable', async (name, value, args) => {
    const r = await cli({ [name]: value }, ...args);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${name}="${value}"`);
    expect(lines[0]).toContain('[DG_CONFIG_INVALID]');
  });
});

describe('subcommands', () => {
  it('an unknown command exits 2 with the list of commands', async () => {
    const r = await cli({}, 'frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('ingest');
  });
});
