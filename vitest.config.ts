import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs nothing but Node; `integration` talks to a real Neo4j that
 * tests/setup/neo4j.ts provides (NEO4J_URI, else Testcontainers, else the embedded one).
 * Integration files run one at a time: they share one database and each cleans its own data.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/plain-summary.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/integration/**', 'tests/browser/**', 'node_modules/**'],
          testTimeout: 20_000,
          // One module graph for all unit files instead of one per file: re-importing the parser in
          // each of ~170 files cost 100-124 s of a 460-550 s run in CI (13.5 s with this). The unit
          // files keep no state between them (they pass in shuffled orders too).
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
