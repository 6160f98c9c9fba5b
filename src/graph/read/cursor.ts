import { QueryError } from '../../errors.js';

/**
 * Opaque keyset cursors: the sort key of the last item seen, tagged with the list it belongs to.
 * A keyset (rather than an offset) keeps a walk through pages free of gaps and repeats even when
 * documents are ingested between two pages.
 */
export type CursorList = 'directives' | 'organizations' | 'derivedTasks' | 'nested';

export function encodeCursor(list: CursorList, key: string[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** The sort key inside a cursor; a cursor of another list or a made-up one is BAD_USER_INPUT. */
export function decodeCursor(list: CursorList, cursor: string, size: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== list || parsed.length !== size + 1 || !parsed.slice(1).every((p) => typeof p === 'string')) {
    throw new QueryError('DG_BAD_INPUT', `after: "${cursor.slice(0, 40)}" is not a cursor of ${list}; pass an endCursor or cursor that ${list} returned`, {
      details: { argument: 'after' },
    });
  }
  return parsed.slice(1) as string[];
}

/**
 * Cursor of a nested connection (`implementedByConnection` ...): the field and the offset after
 * the item. An offset, not a keyset: these lists have no single sort key to resume from, and they
 * change only when a document that cites this one is ingested between two pages.
 */
export function encodeOffsetCursor(field: string, offset: number): string {
  return encodeCursor('nested', [field, String(offset)]);
}

export function decodeOffsetCursor(field: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const [f, offset] = decodeCursor('nested', cursor, 2);
  if (f !== field || !/^\d{1,9}$/.test(offset!)) {
    throw new QueryError('DG_BAD_INPUT', `after: "${cursor.slice(0, 40)}" is not a cursor of ${field}; pass an endCursor that ${field} returned`, {
      details: { argument: 'after' },
    });
  }
  return Number(offset);
}
