import { ConfigError, DatabaseError, DirectiveGraphError, InputError, QueryError, type ErrorCode, type ErrorLocation } from '../../errors.js';
import type { DocumentRecord } from '../../model/record.js';

/**
 * The messages between the ingest and its parse workers. A structured clone keeps a record (plain
 * data) but drops an error's class and code, so errors cross as fields and are built again on this
 * side: a caller sees the same typed error, with file and line, as from an in-process parse.
 */

export interface ParseTask {
  id: number;
  /** `hash`: only the SHA-256 of each file's bytes (is it in the graph already?); `parse` (the default): read and parse. */
  kind?: 'hash' | 'parse' | undefined;
  paths: string[];
}

export interface WireError {
  kind: string;
  code: ErrorCode;
  message: string;
  location?: ErrorLocation | undefined;
  details?: Record<string, unknown> | undefined;
}

export type WireOutcome = { path: string; record: DocumentRecord } | { path: string; error: WireError };

export interface ParseDone {
  id: number;
  /** A parse task's outcomes (empty for a hash task). */
  outcomes: WireOutcome[];
  /** A hash task's: each file's SHA-256, null where it cannot be hashed (the parse then says why). */
  hashes?: (string | null)[] | undefined;
  /** The worker's V8 heap in use, highest seen after any of the task's documents (bytes). */
  heapUsed: number;
}

/** Options every worker starts with. */
export interface WorkerOptions {
  maxBytes?: number | undefined;
}

export function toWire(err: DirectiveGraphError): WireError {
  // details may hold anything a reader put there; only what survives a structured clone is kept
  let details: Record<string, unknown> | undefined;
  try {
    details = err.details === undefined ? undefined : structuredClone(err.details);
  } catch {
    details = undefined;
  }
  return { kind: err.name, code: err.code, message: err.message, location: err.location, details };
}

const CLASSES: Record<string, typeof DirectiveGraphError> = { InputError, DatabaseError, QueryError, ConfigError };

export function fromWire(w: WireError): DirectiveGraphError {
  const Class = CLASSES[w.kind] ?? DirectiveGraphError;
  return new Class(w.code, w.message, {
    ...(w.location ? { location: w.location } : {}),
    ...(w.details ? { details: w.details } : {}),
  });
}
