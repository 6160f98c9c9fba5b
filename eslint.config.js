// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'scripts/neo4j/target/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Cypher lives in src/graph only; the driver is imported nowhere else (blocks below).
      'no-restricted-imports': 'off',
    },
  },
  // One block per folder for no-restricted-imports: in a flat config a later block that sets the
  // same rule for a file replaces the earlier one instead of adding to it (src/parse once lost its
  // purity rule that way). tests/architecture.test.ts checks that these rules still apply.
  {
    files: ['src/parse/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:net', 'net', 'node:http', 'node:child_process', 'neo4j-driver'],
            message: 'src/parse is pure: text in, record out (no files, no network, no database).',
          },
        ],
      }],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/report/**/*.ts', 'src/explorer/**/*.ts', 'src/read/**/*.ts', 'src/ingest/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'neo4j-driver', message: 'Only src/graph speaks to Neo4j.' }],
      }],
    },
  },
);
