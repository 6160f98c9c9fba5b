import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rules of docs/architecture.md, checked on the source: each rule lists the
 * imports that break it (an empty list passes). Imports are read with the TypeScript scanner, so
 * type-only imports and dynamic `import()` count too.
 */
const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `from → to` import between files of src/, paths relative to the project root. */
const EDGES: { from: string; to: string }[] = sourceFiles('src').flatMap((from) => {
  const info = ts.preProcessFile(readFileSync(join(ROOT, from), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ from, to: relative(ROOT, resolve(ROOT, dirname(from), spec)).replace(/\.js$/, '.ts') }));
});

const under = (folder: string) => (path: string) => path === `${folder}.ts` || path.startsWith(`${folder}/`);
const breaking = (rule: (e: { from: string; to: string }) => boolean) => EDGES.filter(rule).map((e) => `${e.from} -> ${e.to}`);

describe('dependency directions', () => {
  it('sees the imports (the checks below are not vacuous)', () => {
    expect(EDGES.length).toBeGreaterThan(300);
    expect(EDGES).toContainEqual({ from: 'src/parse/index.ts', to: 'src/parse/resolve/tasks.ts' });
  });

  it('src/read does not import src/parse', () => {
    expect(breaking((e) => under('src/read')(e.from) && under('src/parse')(e.to))).toEqual([]);
  });

  it('src/parse imports only itself, src/model and src/errors (and the generated data it reads, data/)', () => {
    const allowed = (to: string) => under('src/parse')(to) || under('src/model')(to) || to === 'src/errors.ts' || under('data')(to);
    expect(breaking((e) => under('src/parse')(e.from) && !allowed(e.to))).toEqual([]);
  });

  it('src/parse/find imports neither src/parse/resolve nor the layout stage', () => {
    expect(breaking((e) => under('src/parse/find')(e.from) && (under('src/parse/resolve')(e.to) || e.to === 'src/parse/layout.ts'))).toEqual([]);
  });

  it('src/parse/find takes no resolved organisation and no resolver: it returns mentions only', () => {
    // The names of the resolve stage's products; find handing them around means it resolves.
    const RESOLVED = new Set(['ResolvedOrg', 'DocContext', 'UnitResolver']);
    const imported = (file: string) => {
      const src = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
      return src.statements.filter(ts.isImportDeclaration).flatMap((d) => {
        const named = d.importClause?.namedBindings;
        return named && ts.isNamedImports(named) ? named.elements.map((e) => (e.propertyName ?? e.name).text) : [];
      });
    };
    const find = sourceFiles('src/parse').filter(under('src/parse/find'));
    expect(find).toContain('src/parse/find/assignments.ts');
    expect(find.flatMap((f) => imported(f).filter((n) => RESOLVED.has(n)).map((n) => `${f}: ${n}`))).toEqual([]);
    // and the probe sees what it looks for: the resolve stage imports these names
    expect(imported('src/parse/resolve/tasks.ts')).toContain('ResolvedOrg');
  });

  it('only src/commands and the opener import src/db', () => {
    const allowed = (from: string) => under('src/commands')(from) || under('src/db')(from) || from === 'src/graph/open.ts';
    expect(breaking((e) => under('src/db')(e.to) && !allowed(e.from))).toEqual([]);
  });

  it('src/model and src/errors.ts import nothing above them', () => {
    expect(breaking((e) => (under('src/model')(e.from) || e.from === 'src/errors.ts') && !under('src/model')(e.to))).toEqual([]);
  });

  it('one module opens sessions, and only src/graph imports the driver', () => {
    const opening = sourceFiles('src').filter((f) => /\.session\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(opening).toEqual(['src/graph/executor.ts']);
    // Tests and scripts go through the executor too, but for two files that must not depend on it
    // (each says why in its header): the harness's guard against wiping a foreign database, the
    // bench's bare-driver baseline, which measures Neo4j without the executor's cost, and the race
    // test, which holds a transaction open across other processes' work (the executor's transactions
    // are scoped to one function and cannot stay open while the test waits).
    const ALLOWED_OUTSIDE = ['scripts/bench/baseline-writes.ts', 'tests/integration/ingest-race.test.ts', 'tests/setup/guard.ts'];
    const outside = [...sourceFiles('tests'), ...sourceFiles('scripts')].filter((f) => /\.session\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(outside.sort()).toEqual(ALLOWED_OUTSIDE);
    const driverUsers = sourceFiles('src').filter((f) => /from 'neo4j-driver'/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(driverUsers.filter((f) => !under('src/graph')(f))).toEqual([]);
  });
});

describe('the eslint rule that keeps src/parse pure', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'node:fs'],
    ["import { connect } from 'node:net';\nexport const x = connect;\n", 'node:net'],
    ["import neo4j from 'neo4j-driver';\nexport const x = neo4j;\n", 'neo4j-driver'],
  ])('refuses %j in src/parse', async (code, module) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src/parse/find/probe.ts') });
    const messages = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining(`'${module}'`)]);
  });

  it('lets src/read import node:fs', async () => {
    const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", { filePath: join(ROOT, 'src/read/probe.ts') });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
