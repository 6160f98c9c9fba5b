import { describe, expect, it } from 'vitest';
import { graphiqlEnabled, loadConfig, pdfReadLimits } from '../src/config.js';
import { DENSE_THRESHOLD } from '../src/db/jvm.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_EMBEDDED_PORT).toBe(7687);
    expect(c.NEO4J_EMBEDDED_DENSE_THRESHOLD).toBe(10);
    // The driver's own default: a write retries a lost server for 30 s before the ingest stops.
    expect(c.NEO4J_MAX_RETRY_MS).toBe(30_000);
    expect(loadConfig({ NEO4J_MAX_RETRY_MS: '0' }).NEO4J_MAX_RETRY_MS).toBe(0);
    // The servers started without the setting (the bench's) get the same value.
    expect(DENSE_THRESHOLD).toBe(10);
    expect(c.dataDir.endsWith('.data')).toBe(true);
  });

  it('gives the PDF reader its deadline and heap, defaults or from the environment', () => {
    expect(pdfReadLimits({})).toEqual({ timeoutMs: 120_000, heapMb: 1024 });
    expect(pdfReadLimits({ PDF_READ_TIMEOUT_MS: '5000', PDF_READ_HEAP_MB: '256', NEO4J_URI: 'not checked here' })).toEqual({ timeoutMs: 5000, heapMb: 256 });
    expect(() => pdfReadLimits({ PDF_READ_HEAP_MB: 'lots' })).toThrow('PDF_READ_HEAP_MB="lots": expected a whole number of megabytes from 16');
  });

  it.each([
    // [variable, bad value, what the message must say]
    ['NEO4J_URI', 'foo', 'Bolt URI'],
    ['PORT', '-1', 'whole number from 1 to 65535'],
    ['PORT', 'abc', 'whole number'],
    ['NEO4J_EMBEDDED_PORT', '70000', 'whole number from 1 to 65535'],
    ['API_TOKEN', 'short', 'at least 16'],
    ['NODE_ENV', 'staging', ''],
    ['GRAPHIQL', 'yes', 'expected true or false'],
    ['PDF_READ_TIMEOUT_MS', '0', 'whole number of milliseconds from 1'],
    ['PDF_READ_HEAP_MB', '8', 'whole number of megabytes from 16'],
    ['NEO4J_EMBEDDED_DENSE_THRESHOLD', '0', 'whole number of relationships from 1'],
    ['NEO4J_EMBEDDED_DENSE_THRESHOLD', 'few', 'whole number of relationships from 1'],
    ['NEO4J_MAX_RETRY_MS', '-5', 'whole number of milliseconds, 0 for no retry'],
    ['NEO4J_MAX_RETRY_MS', '2.5', 'whole number of milliseconds, 0 for no retry'],
  ])('rejects %s=%s naming the variable', (name, value, says) => {
    let err: unknown;
    try { loadConfig({ [name]: value }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    expect(msg.startsWith(`${name}=`)).toBe(true);
    expect(msg).toContain(says);
    expect((err as ConfigError).code).toBe('DG_CONFIG_INVALID');
  });

  it('accepts neo4j:// and bolt+s:// URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).NEO4J_URI).toBe('neo4j://db.example:7687');
    expect(loadConfig({ NEO4J_URI: 'bolt+s://db.example:7687' }).NEO4J_URI).toBe('bolt+s://db.example:7687');
  });

  it.each([
    // [environment, GraphiQL served]
    [{}, true],
    [{ NODE_ENV: 'test' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', GRAPHIQL: '' }, false],
    [{ NODE_ENV: 'production', GRAPHIQL: 'true' }, true],
    [{ NODE_ENV: 'development', GRAPHIQL: 'false' }, false],
  ])('GraphiQL with %j: %s', (env, served) => {
    expect(graphiqlEnabled(loadConfig(env))).toBe(served);
  });
});
