import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';
import { Expectation } from './expectation.js';
import { addTallies, EMPTY_PREDICTION, emptyTallies, scoreDocument, type DocumentScore, type Predicted, type Tallies } from './score.js';

/**
 * The evaluation corpus on disk and its run through the parser. This is the one module of the
 * evaluation that imports the project, and only its two public entry points: readDocumentFile
 * (so that a format becomes measurable as soon as it becomes readable) and parseDocument.
 */

const EXPECTATION_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface CorpusDocument {
  /** Path relative to the corpus folder, without extension: `web-copy/w03-kh-ubnd-huyen`. */
  id: string;
  path: string;
  expectationPath: string;
  expectation: Expectation;
}

export class CorpusError extends Error {}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out.sort();
}

/** Every document with an expectation beside it; an expectation that does not validate stops the run, naming the file. */
export async function loadCorpus(dir: string): Promise<CorpusDocument[]> {
  // Documents live in one folder per style; files at the top (floors.json) are not documents.
  const files = (await filesUnder(dir)).filter((f) => relative(dir, f).includes(sep));
  const byStem = new Map<string, string[]>();
  for (const f of files) {
    const stem = f.slice(0, f.length - extname(f).length);
    byStem.set(stem, [...(byStem.get(stem) ?? []), f]);
  }
  const docs: CorpusDocument[] = [];
  for (const [stem, group] of byStem) {
    const exp = group.filter((f) => EXPECTATION_EXTENSIONS.has(extname(f)));
    if (exp.length === 0) continue;
    const rel = relative(dir, stem);
    if (exp.length > 1) throw new CorpusError(`${rel}: more than one expectation (${exp.map((f) => basename(f)).join(', ')})`);
    const docsOf = group.filter((f) => !EXPECTATION_EXTENSIONS.has(extname(f)));
    if (docsOf.length !== 1) throw new CorpusError(`${rel}: expected one document beside ${basename(exp[0]!)}, found ${docsOf.length}`);
    const raw = await readFile(exp[0]!, 'utf8');
    let data: unknown;
    try {
      data = extname(exp[0]!) === '.json' ? JSON.parse(raw) : parseYaml(raw);
    } catch (e) {
      throw new CorpusError(`${exp[0]}: not valid ${extname(exp[0]!).slice(1).toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = Expectation.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CorpusError(`${exp[0]}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    docs.push({ id: rel, path: docsOf[0]!, expectationPath: exp[0]!, expectation: parsed.data });
  }
  return docs;
}

export interface DocumentResult {
  doc: CorpusDocument;
  score: DocumentScore;
  /** Why the file could not be read or parsed; its expectations then all count as misses. */
  error: string | null;
}

type ParsedRecord = ReturnType<typeof parseDocument>;

/** The fields the scorer reads; `Khác` is the parser's word for "type unknown". */
export function toPredicted(r: ParsedRecord): Predicted {
  // Field by field, tolerating absent optional ones: the record may grow (a `name` for citations
  // of kind `named`) without the yardstick changing.
  const org = (o: { name: string; surface?: string | null; body?: string | null } | null | undefined) =>
    o ? { name: o.name, surface: o.surface ?? null, body: o.body ?? null } : null;
  return {
    number: r.number ?? null,
    docType: !r.docType || r.docType === 'Khác' ? null : r.docType,
    issuedOn: r.issuedOn ?? null,
    issuer: org(r.issuer),
    // An entry nested in another cited document's subject (`citedBy`) is that document's act on it, kept for the
    // graph's edge from it (graph-model.md); the document's own mention of the number is an entry of its own
    // (resolve/nested-own.ts), which the label scores (docs/extraction-quality.md, labels38).
    citations: r.citations.filter((c) => c.citedBy === null).map((c) => ({
      number: c.number ?? null, name: (c as { name?: string | null }).name ?? null, title: c.title ?? null,
      issuer: org(c.issuer), relation: c.relation,
    })),
    // Whom X is to direct ("X chỉ đạo Y …") is not a unit this document assigns (the labelling
    // convention, docs/extraction-quality.md): the record keeps Y, marked, for the graph.
    assignments: r.assignments.map((a) => ({
      text: a.text, units: a.units.filter((u) => !u.directedBy).map((u) => ({ ...org(u)!, role: u.role })),
    })),
  };
}

/**
 * Where the scans' OCR output is kept between runs (src/read/ocr-cache.ts): the corpus's scans do
 * not change between two evals, and Tesseract was 98 of the 119 s of CPU of an eval (21 s with the
 * cache warm, the same tables). DG_EVAL_OCR_CACHE names another folder, or `off` to OCR every scan
 * again.
 */
export function evalOcrCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.DG_EVAL_OCR_CACHE;
  if (set === 'off') return undefined;
  return set !== undefined && set !== '' ? set : join(tmpdir(), 'directive-graph-eval-ocr');
}

async function evaluateOne(doc: CorpusDocument, ocrCacheDir: string | undefined): Promise<DocumentResult> {
  let predicted = EMPTY_PREDICTION;
  let error: string | null = null;
  try {
    const file = await readDocumentFile(doc.path, ocrCacheDir === undefined ? {} : { ocr: { cacheDir: ocrCacheDir } });
    predicted = toPredicted(parseDocument(file.text, { path: file.path, sha256: file.sha256, encoding: file.encoding, warnings: file.warnings }));
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { doc, score: scoreDocument(doc.expectation, predicted), error };
}

/**
 * Every document read, parsed and scored, results in corpus order. Reading a scanned page runs
 * Tesseract in its own process, so a few documents at a time keep the run short.
 */
export async function evaluate(docs: readonly CorpusDocument[], opts: { concurrency?: number; ocrCacheDir?: string } = {}): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array(docs.length);
  const ocrCacheDir = 'ocrCacheDir' in opts ? opts.ocrCacheDir : evalOcrCacheDir();
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const k = next++;
      results[k] = await evaluateOne(docs[k]!, ocrCacheDir);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  return results;
}

/** Tallies summed over the documents of each group, groups in first-seen order. */
export function groupBy(results: readonly DocumentResult[], key: (r: DocumentResult) => string): Map<string, Tallies> {
  const out = new Map<string, Tallies>();
  for (const r of results) {
    const k = key(r);
    out.set(k, addTallies(out.get(k) ?? emptyTallies(), r.score.tallies));
  }
  return out;
}

export function total(results: readonly DocumentResult[]): Tallies {
  return results.reduce((t, r) => addTallies(t, r.score.tallies), emptyTallies());
}
