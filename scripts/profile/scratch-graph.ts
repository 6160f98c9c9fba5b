/**
 * An emptied graph on an embedded Neo4j of its own, for the development probes (heap-probe,
 * profile-ingest): never a user's database, nor the bench's. `close` stops the server unless asked
 * to keep it for a look afterwards.
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { start, stop } from '../../src/db/embedded.js';
import { createDriver } from '../../src/graph/driver.js';
import { clearGraph } from '../../src/graph/maintenance.js';
import { applySchema } from '../../src/graph/migrate.js';
import { walkDocuments } from '../../src/read/index.js';

export interface ScratchGraph {
  driver: Driver;
  target: { driver: Driver };
  /** The documents of the folder the probe reads, in walk order. */
  paths: string[];
  close(): Promise<void>;
}

export async function openScratchGraph(name: string, opts: { port: number; dir: string; keep: boolean }): Promise<ScratchGraph> {
  const dataDir = join(process.cwd(), '.data', name);
  await start({ dataDir, port: opts.port, heap: '1g', owner: 'cli', log: () => undefined });
  const driver = createDriver({ NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: opts.port });
  const close = async () => {
    await driver.close();
    if (!opts.keep) await stop({ dataDir, log: () => undefined });
  };
  try {
    await applySchema(driver, 'schema');
    await clearGraph({ driver });
    const paths: string[] = [];
    for await (const p of walkDocuments([opts.dir])) paths.push(p);
    return { driver, target: { driver }, paths, close };
  } catch (err) {
    await close();
    throw err;
  }
}
