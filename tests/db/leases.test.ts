import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLease, liveLeases, releaseLease } from '../../src/db/leases.js';

/** The harness stops a shared test server only when no other live test run holds a lease on it. */
describe('leases on a shared embedded server', () => {
  it('the last holder out sees no one else; a dead holder does not count', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dg-lease-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    try {
      acquireLease(dataDir);
      acquireLease(dataDir, other.pid!);
      acquireLease(dataDir, dead);
      expect(liveLeases(dataDir).sort()).toEqual([process.pid, other.pid!].sort());
      // This run ends first: the other run still uses the server.
      expect(releaseLease(dataDir)).toEqual([other.pid!]);
      // The other run ends (or dies): nobody is left.
      other.kill('SIGKILL');
      await new Promise((r) => other.once('exit', r));
      expect(liveLeases(dataDir)).toEqual([]);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
