import { DirectiveGraphError, InputError } from '../errors.js';
import type { DocumentRecord } from '../model/record.js';
import { defineCommand } from './define.js';
import { EXIT } from './types.js';

/**
 * `directive-graph parse <file|folder>... [--format json|jsonl]`
 *
 * Prints the record of every document (no database). A file that cannot be read or parsed is
 * reported on stderr as `path: message [CODE]` and the others are still printed; the exit code
 * is then 1. Output is streamed: a folder of any size is printed as it is read.
 */
type Format = 'json' | 'jsonl';

function describe(path: string, err: unknown): string {
  if (err instanceof DirectiveGraphError) {
    // Readers name the file in their messages; say "the file" instead of repeating the path.
    const message = err.message.startsWith(`${path}: `) ? err.message.slice(path.length + 2)
      : err.message.startsWith(`${path} `) ? `the file${err.message.slice(path.length)}` : err.message;
    return `${path}: ${message} [${err.code}]`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `${path}: ${message} [DG_PARSE_FAILED]`;
}

/** Read and parse one file; every failure comes back as a typed error. */
export async function parseFile(path: string): Promise<DocumentRecord> {
  // Loaded here: the top-level help lists this command without paying for the parser.
  const [{ parseDocument }, { readDocumentFile }] = await Promise.all([import('../parse/index.js'), import('../read/index.js')]);
  const file = await readDocumentFile(path);
  try {
    return parseDocument(file.text, { path, sha256: file.sha256, encoding: file.encoding, warnings: file.warnings, ocr: file.ocr });
  } catch (err) {
    if (err instanceof DirectiveGraphError) throw err;
    throw new InputError('DG_PARSE_FAILED', `the text could not be parsed: ${err instanceof Error ? err.message : String(err)}`, { location: { path }, cause: err });
  }
}

export default defineCommand({
  name: 'parse',
  summary: 'print the records of files or folders as JSON (no database)',
  args: '<file|folder>...',
  description: `Reads .txt, .md, .docx, .pdf and .html files (UTF-8 or legacy TCVN3/VNI; folders are walked), and
scanned PDFs and page images (.png .jpg .tif) by OCR with Tesseract, and prints one JSON record per
document: number, type, issuer, dates, title, citations, task assignments,
recipients, signer and warnings, each value with the character spans it was read from.`,
  options: {
    format: { type: 'string', value: 'F', description: 'json: a JSON array of records (default); jsonl: one record per line' },
  },
  notes: 'Exit codes: 0 every file parsed, 1 some failed (each reported on stderr), 2 usage.',
  async run(values, positionals) {
    const format = (values.format ?? 'json') as Format;
    if (format !== 'json' && format !== 'jsonl') throw new DirectiveGraphError('DG_USAGE', `--format expects json or jsonl, got "${values.format}"`);
    if (positionals.length === 0) throw new DirectiveGraphError('DG_USAGE', 'name at least one file or folder');
    const { walkDocuments } = await import('../read/index.js');

    let printed = 0;
    let failed = 0;
    if (format === 'json') process.stdout.write('[');
    for await (const path of walkDocuments(positionals)) {
      let record: DocumentRecord;
      try {
        record = await parseFile(path);
      } catch (err) {
        failed++;
        process.stderr.write(`${describe(path, err)}\n`);
        continue;
      }
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
      else process.stdout.write(`${printed > 0 ? ',' : ''}\n${JSON.stringify(record, null, 2).replace(/^/gm, '  ')}`);
      printed++;
    }
    if (format === 'json') process.stdout.write(printed > 0 ? '\n]\n' : ']\n');
    return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
});
