import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docs/errors.md', () => {
  const documented = [...read('docs/errors.md').matchAll(/^\| `(DG_[A-Z_]+)` \|/gm)].map((m) => m[1]);

  it('has one row for every code of src/errors.ts, and no other', () => {
    expect([...documented].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });
});

describe('docs/architecture.md', () => {
  it('names every folder of src/', () => {
    const text = read('docs/architecture.md');
    for (const folder of ['src/read', 'src/parse', 'src/parse/find', 'src/ingest', 'src/graph', 'src/api', 'src/db', 'src/commands', 'src/model']) {
      expect(text).toContain(`\`${folder}\``);
    }
  });
});

describe('documents cited in src/', () => {
  const files = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
  const sources = files('src').map((path) => ({ path, text: read(path) }));
  const cites = (re: RegExp) => sources.flatMap(({ path, text }) => [...text.matchAll(re)].map((m) => ({ path, cited: m[1]!, section: m[2] })));

  it('every docs/*.md a source names is in the repository', () => {
    const cited = cites(/\b(docs\/[\w./-]+\.md)\b/g);
    expect(cited.map((c) => c.cited)).toContain('docs/domain.md');
    expect(cited.filter((c) => !existsSync(join(ROOT, c.cited))).map((c) => `${c.path}: ${c.cited}`)).toEqual([]);
  });

  it('every section of docs/domain.md a source cites is a heading of it', () => {
    const headings = new Set([...read('docs/domain.md').matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]));
    // "docs/domain.md §8.2", "docs/domain.md §3 and §2": each § after the path counts
    const cited = sources.flatMap(({ path, text }) => [...text.matchAll(/docs\/domain\.md((?:,? (?:and )?§\d+(?:\.\d+)?)+)/g)]
      .flatMap((m) => [...m[1]!.matchAll(/§(\d+(?:\.\d+)?)/g)].map((s) => ({ path, section: s[1]! }))));
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((c) => !headings.has(c.section)).map((c) => `${c.path}: §${c.section}`)).toEqual([]);
  });

  it('no source cites a guide or design document outside the repository', () => {
    const outside = sources.filter(({ text }) => /domain guide|design\.md|domain-vn-documents/i.test(text)).map((s) => s.path);
    expect(outside).toEqual([]);
  });
});
