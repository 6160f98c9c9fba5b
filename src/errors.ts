/**
 * Every error code of directive-graph, in one catalogue (after fastify's lib/errors.js).
 * A code is stable: users and the GraphQL layer match on it, never on the message.
 */
export const ERROR_CODES = {
  DG_CONFIG_INVALID: 'A configuration variable has a value the program cannot use.',
  DG_USAGE: 'The command line was not understood.',
  DG_NOT_IMPLEMENTED: 'The feature is not available in this build (the ingest mutation without an ingest service).',
  DG_INPUT_EMPTY: 'The input file or text is empty.',
  DG_INPUT_BINARY: 'The input is binary, not text.',
  DG_INPUT_ENCODING: 'The input is not valid UTF-8 and no legacy Vietnamese encoding fits it.',
  DG_INPUT_TOO_LARGE: 'The input is larger than the configured limit, a PDF took more time or memory to read than allowed, or a text\'s parse would not fit in a parse worker\'s heap.',
  DG_INPUT_UNSUPPORTED: 'The file type is not one directive-graph reads.',
  DG_INPUT_UNREADABLE: 'The file could not be read or its container (docx, pdf) is corrupt.',
  DG_OCR_UNAVAILABLE: 'A scanned page needs OCR and Tesseract, its Vietnamese model or poppler is not installed.',
  DG_OCR_FAILED: 'Tesseract or pdftoppm failed or ran past its time limit on a scanned page.',
  DG_PARSE_FAILED: 'The text could not be turned into a valid record.',
  DG_DB_UNAVAILABLE: 'Neo4j cannot be reached.',
  DG_DB_START_FAILED: 'The embedded Neo4j did not start.',
  DG_DB_PORT_IN_USE: 'The port the embedded Neo4j wants is taken by another program.',
  DG_DB_QUERY_FAILED: 'Neo4j refused or failed a query.',
  DG_NOT_FOUND: 'No such directive or organisation.',
  DG_AMBIGUOUS: 'The reference matches more than one node.',
  DG_LIMIT_EXCEEDED: 'A request is over a configured limit.',
  DG_BAD_INPUT: 'An argument has a value outside what is allowed.',
  DG_UNAUTHENTICATED: 'The request lacks a valid API token.',
  DG_RATE_LIMITED: 'The client sent more requests than the rate limit allows; retry later.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in a source an error points: file and, when known, line and column (1-based). */
export interface ErrorLocation {
  path?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

/** Base class: a code from the catalogue, a human message, optional location and details. */
export class DirectiveGraphError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, opts: { location?: ErrorLocation; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.location = opts.location;
    this.details = opts.details;
  }

  /** `path:line:col: message [CODE]`, the form editors and terminals link. */
  override toString(): string {
    const loc = this.location;
    const where = loc?.path ? `${loc.path}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';
    return `${where}${this.message} [${this.code}]`;
  }
}

/** A configuration variable is missing or malformed. */
export class ConfigError extends DirectiveGraphError {}
/** A file or a text cannot be read or parsed. */
export class InputError extends DirectiveGraphError {}
/** Neo4j is down, refused a query, or the embedded server failed. */
export class DatabaseError extends DirectiveGraphError {}
/** A request names something that does not exist, is ambiguous, or breaks a limit. */
export class QueryError extends DirectiveGraphError {}

export function isDirectiveGraphError(e: unknown): e is DirectiveGraphError {
  return e instanceof DirectiveGraphError;
}
