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
      // Cypher lives in src/graph only; the driver is imported nowhere else.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/parse/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'neo4j-driver'], message: 'src/parse is pure: text in, record out.' },
        ],
      }],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/report/**/*.ts', 'src/explorer/**/*.ts', 'src/parse/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'neo4j-driver', message: 'Only src/graph speaks to Neo4j.' }],
      }],
    },
  },
  {
    // The GraphiQL page's script runs in the browser, after the UMD builds that define these globals.
    files: ['static/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly', document: 'readonly', fetch: 'readonly', URLSearchParams: 'readonly',
        React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly',
      },
    },
  },
);
