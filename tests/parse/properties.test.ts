import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DocumentRecord, type Span } from '../../src/model/record.js';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Properties: any string in gives a valid record or a typed input error out, never a crash or
 * a hang; spans stay inside the text; the result does not depend on tone-mark placement or
 * line-end style; large and pathological inputs finish (the test timeout is the guard, there
 * is no timing assertion; speed is measured by `npm run bench`, parse section).
 */
const SEEDS = join(import.meta.dirname, '../../corpus/seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const seedLines = seeds.flatMap((t) => t.split('\n')).filter((l) => l.trim());

const PIECES = [
  'Số 12-CV/QU', 'Số: 25/CT-UBND', 'Số ....../QĐ-UBND', 'ngày 31/2/2021', 'Hà Nội, ngày   tháng   năm 2021', 'Kính gửi:', 'Nơi nhận:',
  '- ', '+ ', '1. ', '1.1. ', 'a) ', 'I. ', 'II- ', '*', '## ', '**', '“', '”', ':', ';', '(', ')', './.', 'T/L BAN THƯỜNG VỤ',
  'Quận ủy', 'UBND 11 phường', 'Chỉ thị 17', 'văn bản nêu trên', 'Chỉ thị này', 'của Quận ủy Liên Chiêu', 'chủ trì, phối hợp với',
  'Giao', 'Đề nghị', 'chỉ đạo cho', 'Thực hiện Công văn số 1-CV/TU ngày 1/1/2020 của', 'Căn cứ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nguyễn Văn A', 'phường', 'quận và các phường', 'từ Quận đến cơ sở', '\u0301', 'o\u0300a', '\uFEFF', '\r\n',
];
const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\r\n', '\t', ', ');
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const documentLike = fc.array(fc.tuple(fragment, separator), { maxLength: 60 }).map((parts) => parts.map(([f, s]) => f + s).join(''));

function spansOf(r: DocumentRecord): Span[] {
  return [
    ...Object.values(r.spans).flat(),
    ...(r.issuer?.spans ?? []),
    ...r.citations.flatMap((c) => [...c.spans, ...(c.issuer?.spans ?? [])]),
    ...r.assignments.flatMap((a) => [a.span, ...a.units.flatMap((u) => u.spans)]),
    ...r.recipients.flatMap((x) => x.spans),
    ...(r.signer ? [r.signer.span] : []),
    ...r.warnings.flatMap((w) => (w.span ? [w.span] : [])),
  ];
}

/** Parse, and check the contract: a valid record with spans inside the text, or a typed input error. */
function parseChecked(text: string): DocumentRecord | InputError {
  try {
    const r = parseDocument(text);
    expect(DocumentRecord.safeParse(r).success).toBe(true);
    for (const [s, e] of spansOf(r)) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThanOrEqual(s);
      expect(e).toBeLessThanOrEqual(text.length);
    }
    return r;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    // Only what is wrong with the input itself; DG_PARSE_FAILED would be a parser bug.
    expect(['DG_INPUT_EMPTY', 'DG_INPUT_BINARY']).toContain((err as InputError).code);
    return err as InputError;
  }
}

const toOldTones = (s: string) => s.normalize('NFD')
  .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}\p{M}])/gu, '$1$3$2')
  .replace(/(^|[^qQ\p{L}\p{M}]|[^qQ])([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}\p{M}])/gu, '$1$2$4$3')
  .normalize('NFC');

/** What must not change; keys scoped to a document's content hash are masked (the content did change). */
const identity = (r: DocumentRecord) => JSON.parse(JSON.stringify({
  key: r.key,
  issuer: r.issuer?.key,
  citations: r.citations.map((c) => [c.key, c.relation, c.citedBy]),
  tasks: r.assignments.map((a) => [a.clause, a.units.map((u) => u.key)]),
  recipients: r.recipients.map((x) => x.key),
}).replace(/(@\?doc-|unnumbered-)[0-9a-f]{16}/g, '$1<scope>')) as unknown;

describe('parseDocument on any input', () => {
  it('returns a valid record or a typed input error for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { parseChecked(s); }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });

  it('does the same for document-like mixtures of real lines and pieces of syntax', () => {
    fc.assert(fc.property(documentLike, (s) => { parseChecked(s); }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(documentLike, (s) => {
      const a = parseChecked(s);
      const b = parseChecked(s);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }), { numRuns: 50 });
  });

  it('reads the seeds the same with the old tone placement (hoà, uỷ) and with CRLF line ends', () => {
    for (const text of seeds) {
      const base = identity(parseDocument(text));
      const old = toOldTones(text);
      expect(old).not.toBe(text);
      expect(identity(parseDocument(old))).toEqual(base);
      const crlf = text.replace(/\n/g, '\r\n');
      const r = parseDocument(crlf);
      expect(identity(r)).toEqual(base);
      if (r.number) expect(crlf.slice(...r.spans.number![0]!).replace(/\s/g, '')).toBe(r.number);
    }
  });

  it('reads the seeds the same when their words are decomposed (NFD), with spans into the NFD text', () => {
    for (const text of seeds) {
      const nfd = text.normalize('NFD');
      const r = parseDocument(nfd);
      expect(identity(r)).toEqual(identity(parseDocument(text)));
      for (const c of r.citations) for (const [s, e] of c.spans) expect(nfd.slice(s, e).normalize('NFC')).toContain(c.number?.split(/[-/]/)[0] ?? c.name!.split(' ')[0]);
    }
  });
});

describe('large and pathological inputs finish', () => {
  const body = seeds[1]!.split('\n').slice(10, -12).join('\n');
  const header = seeds[1]!.split('\n').slice(0, 10).join('\n');

  it('parses a 5 MB document', () => {
    const parts = [header];
    let size = header.length;
    while (size < 5 * 1024 * 1024) { parts.push(body); size += body.length + 2; }
    const text = parts.join('\n\n');
    const r = parseChecked(text) as DocumentRecord;
    expect(r.number).toBe('308-TB/QU');
    const c17 = r.citations.find((c) => c.number === '17/CT-UBND')!;
    // Every repetition of the body mentions Chỉ thị 17 four times.
    expect(c17.spans.length).toBe(4 * (parts.length - 1) + 1);
  }, 180_000);

  it.each([
    ['one 1 MB line without spaces', 'a'.repeat(1 << 20)],
    ['one 1 MB line of words without punctuation', 'Quận ủy UBND phường chỉ đạo cho '.repeat(1 << 15)],
    ['a 1 MB run of short citations', 'Chỉ thị 17 và văn bản nêu trên, '.repeat(1 << 15)],
    ['a 1 MB run of numbers', 'Công văn số 1-CV/QU, '.repeat(1 << 15)],
    ['100,000 enumeration markers', '1. \n- \n'.repeat(100_000)],
    ['100,000 open brackets and quotes', '( “ '.repeat(100_000)],
    ['200,000 blank lines between lower-case words', 'a\n\n\n'.repeat(200_000)],
  ])('%s', (_name, text) => {
    parseChecked(text);
  }, 180_000);
});
