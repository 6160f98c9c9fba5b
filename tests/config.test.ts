import { describe, expect, it } from 'vitest';
import { graphiqlEnabled, loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_EMBEDDED_PORT).toBe(7687);
    expect(c.dataDir.endsWith('.data')).toBe(true);
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
