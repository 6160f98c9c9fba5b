import { parseArgs } from 'node:util';
import { DirectiveGraphError, InputError } from '../errors.js';
import type { DocumentRecord } from '../model/record.js';
import { parseDocument } from '../parse/index.js';
import { readDocumentFile, walkDocuments } from '../read/index.js';
import { EXIT, type Command } from './types.js';

/**
 * `directive-graph parse <file|folder>... [--format json|jsonl]`
 *
 * Prints the record of every document (no database). A file that cannot be read or parsed is
 * reported on stderr as `path: message [CODE]` and the others are still printed; the exit code
 * is then 1. Output is streamed: a folder of any size is printed as it is read.
 */
const USAGE = `Usage: directive-graph parse <file|folder>... [options]

Reads .txt, .md, .docx, .pdf and .html files (UTF-8 or legacy TCVN3/VNI; folders are walked), and
scanned PDFs and page images (.png .jpg .tif) by OCR with Tesseract, and prints one JSON record per
document: number, type, issuer, dates, title, citations, task assignments,
recipients, signer and warnings, each value with the character spans it was read from.

Options:
  --format json     a JSON array of records (default)
  --format jsonl    one record per line
  -h, --help        this text

Exit codes: 0 every file parsed, 1 some failed (each reported on stderr), 2 usage.`;

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
  const file = await readDocumentFile(path);
  try {
    return parseDocument(file.text, { path, sha256: file.sha256, encoding: file.encoding, warnings: file.warnings, ocr: file.ocr });
  } catch (err) {
    if (err instanceof DirectiveGraphError) throw err;
    throw new InputError('DG_PARSE_FAILED', `the text could not be parsed: ${err instanceof Error ? err.message : String(err)}`, { location: { path }, cause: err });
  }
}

const command: Command = {
  name: 'parse',
  summary: 'print the records of files or folders as JSON (no database)',
  usage: USAGE,
  async run(argv: string[]): Promise<number> {
    let values: { format?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h', default: false } },
      }));
    } catch (err) {
      process.stderr.write(`directive-graph parse: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
      return EXIT.USAGE;
    }
    if (values.help) { process.stdout.write(`${USAGE}\n`); return EXIT.OK; }
    const format = values.format as Format;
    if (format !== 'json' && format !== 'jsonl') {
      process.stderr.write(`directive-graph parse: --format expects json or jsonl, got "${values.format}"\n\n${USAGE}\n`);
      return EXIT.USAGE;
    }
    if (positionals.length === 0) {
      process.stderr.write(`directive-graph parse: name at least one file or folder\n\n${USAGE}\n`);
      return EXIT.USAGE;
    }

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
};
export default command;
