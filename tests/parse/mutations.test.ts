import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DocumentRecord } from '../../src/model/record.js';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The seeds, damaged the ways real files are damaged (characters lost, numbering mangled, lines
 * out of order, decomposed accents, mixed line ends, stray control characters and BOMs), and any
 * combination of those: every one gives a valid record with spans inside the text, or a typed
 * input error. Never another exception, never a hang (the test timeout is the guard).
 */
const SEEDS = join(import.meta.dirname, '../../corpus/seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

type Mutation = (text: string) => string;

const deleteChars = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((cuts): Mutation => (t) => {
  let out = t;
  for (const c of cuts) {
    const at = c % Math.max(1, out.length);
    out = out.slice(0, at) + out.slice(at + 1 + (c % 3));
  }
  return out;
});

const mangleNumbers = fc.array(fc.constantFrom('/', '-', ' ', '', '.', '0', '9', 'Đ', 'QĐ', '//', '–'), { minLength: 1, maxLength: 8 })
  .map((junk): Mutation => (t) => {
    let i = 0;
    // Every document number, and every "số" before one, gets a piece of junk in its middle.
    return t.replace(/(\d+)([-/])([A-ZĐ]+)/g, (_m, n: string, sep: string, tail: string) => `${n}${junk[i++ % junk.length]}${sep === '-' ? '/' : '-'}${tail}`)
      .replace(/Số:?/g, () => junk[i++ % junk.length]!);
  });

const shuffleLines = fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((swaps): Mutation => (t) => {
  const lines = t.split('\n');
  for (const s of swaps) {
    const a = s % lines.length;
    const b = (s * 7 + 3) % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  }
  return lines.join('\n');
});

const nfd: fc.Arbitrary<Mutation> = fc.constant((t) => t.normalize('NFD'));

const lineEnds = fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\u2028'), { minLength: 1, maxLength: 10 })
  .map((ends): Mutation => (t) => {
    let i = 0;
    return t.replace(/\n/g, () => ends[i++ % ends.length]!);
  });

const controls = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 31 }).filter((c) => c !== 10 && c !== 13)), { minLength: 1, maxLength: 20 })
  .map((inserts): Mutation => (t) => {
    let out = t;
    for (const [at, code] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + String.fromCharCode(code) + out.slice(i);
    }
    return out;
  });

const boms = fc.array(fc.nat(), { minLength: 1, maxLength: 5 }).map((at): Mutation => (t) => {
  let out = `\uFEFF${t}`;
  for (const a of at) {
    const i = a % (out.length + 1);
    out = `${out.slice(0, i)}\uFEFF${out.slice(i)}`;
  }
  return out;
});

const mutation = fc.oneof(deleteChars, mangleNumbers, shuffleLines, nfd, lineEnds, controls, boms);
const damaged = fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, ms]) => ms.reduce((t, m) => m(t), seed));

function checked(text: string): void {
  try {
    const r = parseDocument(text);
    expect(DocumentRecord.safeParse(r).success).toBe(true);
    const spans = [
      ...Object.values(r.spans).flat(),
      ...r.citations.flatMap((c) => c.spans),
      ...r.assignments.map((a) => a.span),
    ];
    for (const [s, e] of spans) expect(0 <= s && s <= e && e <= text.length).toBe(true);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect(['DG_INPUT_EMPTY', 'DG_INPUT_BINARY', 'DG_INPUT_TOO_LARGE']).toContain((err as InputError).code);
  }
}

describe('damaged seeds', () => {
  it.each([
    ['characters deleted', deleteChars],
    ['numbering mangled', mangleNumbers],
    ['lines shuffled', shuffleLines],
    ['mixed line ends', lineEnds],
    ['control characters', controls],
    ['BOMs', boms],
  ])('%s: a valid record or a typed error', (_name, m) => {
    fc.assert(fc.property(fc.constantFrom(...seeds), m, (seed, f) => { checked(f(seed)); }), { numRuns: RUNS });
  }, 120_000);

  it('any combination of the damages: a valid record or a typed error', () => {
    fc.assert(fc.property(damaged, (t) => { checked(t); }), { numRuns: RUNS });
  }, 120_000);

  it('a document with a BOM, CRLF line ends and NFD accents reads as the clean one does', () => {
    for (const seed of seeds) {
      const dirty = `\uFEFF${seed.normalize('NFD').replace(/\n/g, '\r\n')}`;
      // Keys scoped to a document's content hash differ (the bytes did change): masked.
      const identity = (t: string) => {
        const r = parseDocument(t);
        return JSON.stringify([r.number, r.issuer?.key, r.citations.map((c) => c.key)]).replace(/(@\?doc-|unnumbered-)[0-9a-f]{16}/g, '$1<scope>');
      };
      expect(identity(dirty)).toBe(identity(seed));
    }
  });
});
