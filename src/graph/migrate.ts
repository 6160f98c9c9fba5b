import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { DatabaseError, isDirectiveGraphError } from '../errors.js';
import { projectRoot } from '../project-root.js';
import { autoCommit, type GraphTarget } from './executor.js';

/**
 * Applies schema/*.cypher (constraints and indexes) in file-name order, one statement per
 * transaction: Neo4j does not mix schema changes with other statements in one transaction.
 * Every CREATE must say IF NOT EXISTS, and every DROP (an index taken out of the schema, dropped
 * from graphs made before) IF EXISTS, so applying twice (each start, each test file) is a no-op;
 * a statement without it is refused before anything runs, naming its file and line.
 */

export interface SchemaStatement {
  /** The file, relative to the project root where possible. */
  file: string;
  /** 1-based line of the statement's first line. */
  line: number;
  cypher: string;
}

/**
 * Splits a .cypher file into statements: a statement ends with `;` at the end of a line;
 * lines starting with `//` are comments. (Semicolons inside a line, e.g. in a string, stay.)
 */
export function splitStatements(text: string, file: string): SchemaStatement[] {
  const statements: SchemaStatement[] = [];
  let lines: string[] = [];
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    if (lines.length === 0) start = i + 1;
    lines.push(raw.trimEnd());
    if (trimmed.endsWith(';')) {
      const cypher = lines.join('\n').replace(/;\s*$/, '').trim();
      if (cypher) statements.push({ file, line: start, cypher });
      lines = [];
    }
  });
  if (lines.length > 0) {
    throw new DatabaseError('DG_DB_QUERY_FAILED', `the statement starting here does not end with ";" at the end of a line`, {
      location: { path: file, line: start },
    });
  }
  return statements;
}

/** Reads every *.cypher file of `dir` (name order) and checks each CREATE and DROP is idempotent. */
export function readSchema(dir: string): SchemaStatement[] {
  const root = safeRoot();
  const folder = isAbsolute(dir) ? dir : join(root ?? process.cwd(), dir);
  const files = readdirSync(folder).filter((f) => f.endsWith('.cypher')).sort();
  const all: SchemaStatement[] = [];
  for (const name of files) {
    const path = join(folder, name);
    const inside = root ? relative(root, path) : undefined;
    const shown = inside && !inside.startsWith('..') ? inside : path;
    for (const s of splitStatements(readFileSync(path, 'utf8'), shown)) {
      if (/^\s*CREATE\b/i.test(s.cypher) && !/\bIF\s+NOT\s+EXISTS\b/i.test(s.cypher)) {
        throw new DatabaseError('DG_DB_QUERY_FAILED', 'a schema CREATE must say IF NOT EXISTS, so that applying the schema again changes nothing', {
          location: { path: shown, line: s.line },
        });
      }
      if (/^\s*DROP\b/i.test(s.cypher) && !/\bIF\s+EXISTS\b/i.test(s.cypher)) {
        throw new DatabaseError('DG_DB_QUERY_FAILED', 'a schema DROP must say IF EXISTS, so that applying the schema again changes nothing', {
          location: { path: shown, line: s.line },
        });
      }
      all.push(s);
    }
  }
  return all;
}

/**
 * What Neo4j says when an IF NOT EXISTS statement races another process creating the same index or
 * constraint: both checked "not there", one created it, the other is told it exists. The schema is
 * then what the statement asked for, which is all an idempotent migration needs.
 */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  // The same race for DROP … IF EXISTS: another process dropped the index first.
  'Neo.ClientError.Schema.IndexNotFound',
]);

const SCHEMA_ATTEMPTS = 8;
/** How long a start waits for new indexes to be populated (a large graph takes tens of seconds). */
const INDEX_WAIT_SECONDS = 600;

/**
 * Applies the schema of `dir` (relative to the project root unless absolute). Returns the
 * statements run. A statement Neo4j refuses stops the run with its file and line.
 */
export async function applySchema(target: GraphTarget | Driver, dir = 'schema', opts: { database?: string | undefined } = {}): Promise<SchemaStatement[]> {
  const statements = readSchema(dir);
  const base: GraphTarget = 'driver' in target ? target : { driver: target };
  const where: GraphTarget = { driver: base.driver, database: opts.database ?? base.database };
  for (const s of statements) {
    for (let attempt = 1; ; attempt++) {
      try {
        // Auto-commit: one statement per transaction, and no retry loop hiding a syntax error.
        await autoCommit(where, { cypher: s.cypher, params: {} }, {
          what: 'applying a schema statement', mode: 'WRITE', location: { path: s.file, line: s.line },
        });
        break;
      } catch (err) {
        const code = isDirectiveGraphError(err) ? String(err.details?.neo4jCode ?? '') : '';
        if (ALREADY_THERE.has(code)) break;
        // Schema changes of several processes at once can deadlock on label locks: Neo4j says
        // so with a transient error, and the statement (IF NOT EXISTS) is safe to try again.
        if (code.startsWith('Neo.TransientError.') && attempt < SCHEMA_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, 50 * attempt + Math.floor(Math.random() * 100)));
          continue;
        }
        throw err;
      }
    }
  }
  // A full-text index created just now is still being populated, and a query on it would fail or
  // miss nodes: wait until every index is online (at once on a graph whose indexes already are).
  await autoCommit(where, { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds: INDEX_WAIT_SECONDS } }, {
    what: 'waiting for the indexes to come online', mode: 'READ',
  });
  return statements;
}

function safeRoot(): string | undefined {
  try {
    return projectRoot();
  } catch {
    return undefined;
  }
}
