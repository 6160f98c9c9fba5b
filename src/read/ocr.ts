import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { cachedOutput } from './ocr-cache.js';

/**
 * OCR of scanned pages with the Tesseract and poppler command-line tools (Debian's tesseract-ocr,
 * tesseract-ocr-vie and poppler-utils), run as child processes with a timeout: no network, no
 * model download, nothing kept running. A PDF page is rendered to a grey PNG at 300 dpi by
 * pdftoppm, then read by `tesseract -l vie` in its TSV mode, which gives every word with its
 * confidence and its block, paragraph and line: the text is rebuilt from those (a blank line
 * between paragraphs, as in the .txt corpus) and the mean word confidence is the page's.
 */

export interface OcrOptions {
  /** Per child process (one page), default 120 s. */
  timeoutMs?: number;
  /** Tesseract language, default `vie`. */
  language?: string;
  /** Rendering resolution of PDF pages, default 300 dpi. */
  dpi?: number;
  /** Keep Tesseract's output in this folder and reuse it for the same image (ocr-cache.ts). */
  cacheDir?: string;
}

export interface OcrPage {
  /** 1-based page number (of the PDF or of a multi-page TIFF). */
  page: number;
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
  words: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** A "word" that is only a speck read as a mark (`_`, `ˆ`, `'`, `~`): never text of the document. */
const SPECK = /^[_ˆ˜~`'‘’"“”^|\\]+$/u;
/** A speck glued to the front of a word ("_- Cấp ủy"): never a letter of it. */
const SPECK_PREFIX = /^[_ˆ˜~`^]+(?=\S)/u;
const INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

interface Run {
  stdout: string;
  stderr: string;
}

function run(tool: 'tesseract' | 'pdftoppm', args: string[], path: string, timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout, stderr) => {
      if (!err) { resolve({ stdout, stderr }); return; }
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
      if (e.code === 'ENOENT') {
        const pkg = tool === 'tesseract' ? 'tesseract-ocr and tesseract-ocr-vie' : 'poppler-utils';
        reject(new InputError('DG_OCR_UNAVAILABLE', `${path} needs OCR (it has no text layer), but ${tool} is not installed: install ${pkg} (Debian/Ubuntu: ${INSTALL})`, {
          location: { path }, details: { tool }, cause: err,
        }));
        return;
      }
      if (e.killed || e.signal === 'SIGTERM') {
        reject(new InputError('DG_OCR_FAILED', `${path}: ${tool} did not finish within ${timeoutMs / 1000} s`, { location: { path }, details: { tool, timeoutMs }, cause: err }));
        return;
      }
      const why = String(stderr).trim().split('\n').filter((l) => l.trim() !== '').slice(-2).join(' ') || e.message;
      if (tool === 'tesseract' && /Failed loading language|Error opening data file/i.test(String(stderr))) {
        reject(new InputError('DG_OCR_UNAVAILABLE', `${path} needs OCR, but Tesseract has no Vietnamese model: install tesseract-ocr-vie (Debian/Ubuntu: ${INSTALL})`, {
          location: { path }, details: { tool, stderr: why }, cause: err,
        }));
        return;
      }
      reject(new InputError('DG_OCR_FAILED', `${path}: ${tool} failed: ${why}`, { location: { path }, details: { tool }, cause: err }));
    });
  });
}

/** Tesseract's version line ("tesseract 5.3.0"), for the record's provenance. */
let versionCache: Promise<string> | null = null;
export function tesseractVersion(path: string, timeoutMs = 10_000): Promise<string> {
  versionCache ??= run('tesseract', ['--version'], path, timeoutMs).then((r) => (r.stdout || r.stderr).split('\n')[0]!.trim());
  versionCache.catch(() => { versionCache = null; });
  return versionCache;
}

/**
 * What identifies the OCR engine for the cache: `--version` (Tesseract, Leptonica and the image
 * libraries) and the language model file's size and modification time, found in the folder
 * `--list-langs` names. Null when either cannot be read: then nothing is cached.
 */
const fingerprints = new Map<string, Promise<string | null>>();
function engineFingerprint(language: string, path: string, timeoutMs: number): Promise<string | null> {
  let got = fingerprints.get(language);
  if (!got) {
    got = (async () => {
      const version = await run('tesseract', ['--version'], path, timeoutMs);
      const langs = await run('tesseract', ['--list-langs'], path, timeoutMs);
      const folder = /"([^"]+)"/.exec(langs.stdout + langs.stderr)?.[1];
      if (!folder) return null;
      const model = await stat(join(folder, `${language}.traineddata`));
      return `${version.stdout}${version.stderr}\n${language}.traineddata ${model.size} ${model.mtimeMs}`;
    })().catch(() => null);
    fingerprints.set(language, got);
  }
  return got;
}

/** Tesseract's TSV for one image, from the cache when the caller gave one and it holds the image. */
async function tesseractTsv(image: string, path: string, opts: OcrOptions, timeoutMs: number): Promise<string> {
  const language = opts.language ?? 'vie';
  const args = [image, 'stdout', '-l', language, 'tsv'];
  const ocr = async () => (await run('tesseract', args, path, timeoutMs)).stdout;
  const fingerprint = opts.cacheDir === undefined ? null : await engineFingerprint(language, path, timeoutMs);
  if (opts.cacheDir === undefined || fingerprint === null) return ocr();
  return cachedOutput(opts.cacheDir, [fingerprint, ...args.slice(1)], await readFile(image), ocr);
}

/** OCR of an image file (PNG, JPEG, TIFF; a multi-page TIFF gives several pages). */
export async function ocrImage(path: string, opts: OcrOptions = {}): Promise<OcrPage[]> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return pagesFromTsv(await tesseractTsv(path, path, opts, timeoutMs));
}

/** OCR of some pages of a PDF (1-based numbers): each is rendered by pdftoppm, then read. */
export async function ocrPdfPages(path: string, pages: readonly number[], opts: OcrOptions = {}): Promise<OcrPage[]> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const dir = await mkdtemp(join(tmpdir(), 'dg-ocr-'));
  try {
    const out: OcrPage[] = [];
    for (const n of pages) {
      const prefix = join(dir, `p${n}`);
      await run('pdftoppm', ['-r', String(opts.dpi ?? 300), '-gray', '-png', '-f', String(n), '-l', String(n), '-singlefile', path, prefix], path, timeoutMs);
      const image = (await readdir(dir)).find((f) => f.startsWith(`p${n}.`));
      if (!image) throw new InputError('DG_OCR_FAILED', `${path}: pdftoppm wrote no image for page ${n}`, { location: { path } });
      const [page] = pagesFromTsv(await tesseractTsv(join(dir, image), path, opts, timeoutMs));
      out.push({ ...(page ?? { text: '', confidence: 0, words: 0 }), page: n });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Text and confidence from Tesseract's TSV (level, page, block, paragraph, line, word, box,
 * conf, text). Words of a line are joined by a space, lines by a line break, and paragraphs and
 * blocks by a blank line; lines of a block that Tesseract did not split into paragraphs still
 * read one per line, as they were printed. Specks read as marks are dropped (not counted), and
 * cut from the front of a word they stick to.
 */
export function pagesFromTsv(tsv: string): OcrPage[] {
  const pages = new Map<number, { lines: string[]; sum: number; words: number; lastPar: string; lastLine: string }>();
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols.slice(11).join('\t').trim().replace(SPECK_PREFIX, '');
    const conf = Number(cols[10]);
    if (text === '' || !(conf >= 0) || SPECK.test(text)) continue;
    const pageNo = Number(cols[1]);
    let p = pages.get(pageNo);
    if (!p) { p = { lines: [], sum: 0, words: 0, lastPar: '', lastLine: '' }; pages.set(pageNo, p); }
    const par = `${cols[2]}.${cols[3]}`;
    const line = `${par}.${cols[4]}`;
    if (line !== p.lastLine) {
      if (p.lines.length > 0 && par !== p.lastPar) p.lines.push('');
      p.lines.push(text);
    } else {
      p.lines[p.lines.length - 1] += ` ${text}`;
    }
    p.lastPar = par;
    p.lastLine = line;
    p.sum += conf;
    p.words += 1;
  }
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([page, p]) => ({
    page, text: p.lines.join('\n').normalize('NFC'), confidence: p.words === 0 ? 0 : Math.round((p.sum / p.words) * 10) / 1000, words: p.words,
  }));
}

/** Mean word confidence over pages (weighted by words), 0..1. */
export function meanConfidence(pages: readonly OcrPage[]): number {
  const words = pages.reduce((n, p) => n + p.words, 0);
  if (words === 0) return 0;
  return Math.round((pages.reduce((s, p) => s + p.confidence * p.words, 0) / words) * 1000) / 1000;
}
