import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkDocuments } from '../../src/read/index.js';

const root = mkdtempSync(join(tmpdir(), 'dg-walk-'));
const at = (...p: string[]) => join(root, ...p);
function touch(...p: string[]): void {
  mkdirSync(dirname(at(...p)), { recursive: true });
  writeFileSync(at(...p), 'x');
}

async function collect(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const p of walkDocuments(paths)) out.push(p);
  return out;
}

beforeAll(() => {
  for (const f of ['b.txt', 'a.md', 'A.txt', 'c.pdf', 'd.DOCX', 'e.gif', 'notes', '.hidden.txt', '.git/x.txt',
    'node_modules/m.txt', 'sub/z.txt', 'sub/deeper/y.docx', 'sub/.cache/w.txt']) touch('tree', f);
  symlinkSync(at('tree', 'sub'), at('tree', 'sub', 'deeper', 'loop')); // a cycle
  symlinkSync(at('tree', 'gone.txt'), at('tree', 'dangling.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkDocuments', () => {
  it('yields readable files of a folder tree, sorted, depth first, skipping dot entries and node_modules', async () => {
    expect(await collect([at('tree')])).toEqual([
      at('tree', 'A.txt'), // code-unit order: capitals first
      at('tree', 'a.md'),
      at('tree', 'b.txt'),
      at('tree', 'c.pdf'),
      at('tree', 'd.DOCX'), // extensions compare case-insensitively
      at('tree', 'sub', 'deeper', 'y.docx'),
      at('tree', 'sub', 'z.txt'),
    ]);
  });

  it('yields paths given explicitly whatever they are, so that the reader reports them', async () => {
    expect(await collect([at('tree', 'e.gif'), at('tree', 'missing.txt'), at('tree', 'sub')])).toEqual([
      at('tree', 'e.gif'),
      at('tree', 'missing.txt'),
      at('tree', 'sub', 'deeper', 'y.docx'),
      at('tree', 'sub', 'z.txt'),
    ]);
  });

  it('lists a folder only when it gets to it (streaming)', async () => {
    touch('lazy', 'a', '1.txt');
    mkdirSync(at('lazy', 'b'));
    const it = walkDocuments([at('lazy')])[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(at('lazy', 'a', '1.txt'));
    // lazy/b has not been opened yet: a file added now is still found
    touch('lazy', 'b', '2.txt');
    expect((await it.next()).value).toBe(at('lazy', 'b', '2.txt'));
    expect((await it.next()).done).toBe(true);
  });

  it('sorts a large folder by name', async () => {
    const names = Array.from({ length: 1500 }, (_, i) => `doc-${String((i * 7919) % 1500).padStart(4, '0')}.txt`);
    for (const n of names) touch('many', n);
    const got = await collect([at('many')]);
    expect(got.length).toBe(1500);
    expect(got[0]).toBe(at('many', 'doc-0000.txt'));
    expect(got[1499]).toBe(at('many', 'doc-1499.txt'));
    expect(got).toEqual([...got].sort());
  });
});
