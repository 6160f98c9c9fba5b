import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The parser is pure and re-entrant: what one document's parse works out is kept in that parse
 * (src/parse/document-memo.ts), not in module variables that the next document would find.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** `file: name` of every module-level `let` in src/parse. */
function moduleLets(): string[] {
  return sourceFiles('src/parse').flatMap((file) => {
    const src = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
    return src.statements.filter(ts.isVariableStatement)
      .filter((s) => (s.declarationList.flags & ts.NodeFlags.Let) !== 0)
      .flatMap((s) => s.declarationList.declarations.map((d) => `${relative(ROOT, join(ROOT, file))}: ${d.name.getText(src)}`));
  });
}

describe('module state of the parser', () => {
  it('keeps no per-document value in a module variable: only these, each independent of which document came before', () => {
    expect(moduleLets().sort()).toEqual([
      // The units a document defines by abbreviation, set and restored around its task finding by withDefinedUnits (synchronous).
      'src/parse/find/defined-units.ts: active',
      // The last head walk, found by its token array (the same object, never changed once made), position and limit:
      // the same key gives the same walk whatever document came before.
      'src/parse/find/units.ts: headFrom',
      'src/parse/find/units.ts: headLimit',
      'src/parse/find/units.ts: headMatch',
      'src/parse/find/units.ts: headTokens',
      // The administrative data, loaded once on first use.
      'src/parse/gazetteer/map-2025.ts: loaded',
      'src/parse/gazetteer/map-2025.ts: provinceIndex',
      'src/parse/gazetteer/map-2025.ts: wardIndex',
      // The map of one reading, set and restored around it by withMap (synchronous).
      'src/parse/gazetteer/maps.ts: active',
      // The best match of one phrase walk, reset at its start.
      'src/parse/phrases.ts: bestEnd',
      'src/parse/phrases.ts: bestValues',
      // Tokens of the last two texts, found by the text's content: the same text gives the same tokens.
      'src/parse/token-cache.ts: recent',
      // Plain words and their shapes, found by their characters: the same word gives the same shape.
      'src/parse/token-scan.ts: plainCount',
      'src/parse/token-scan.ts: plainWords',
    ]);
  });

  it('gives each seed the same record whichever documents are parsed before it', () => {
    const dir = join(ROOT, 'corpus', 'seeds');
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    expect(seeds).toHaveLength(5);
    const parse = (s: { name: string; text: string }) => JSON.stringify(parseDocument(s.text, { path: s.name }));
    const forward = seeds.map(parse);
    const backward = [...seeds].reverse().map(parse).reverse();
    // Each seed right after itself and after every other one.
    const after = seeds.map((s, k) => { parse(seeds[(k + 1) % seeds.length]!); parse(s); return parse(s); });
    expect(backward).toEqual(forward);
    expect(after).toEqual(forward);
  });
});
