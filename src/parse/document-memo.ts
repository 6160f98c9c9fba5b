/**
 * What one document's parse works out once and reads again, held by that parse and dropped with
 * it. An undated document is resolved on both administrative maps, and some of what the resolve
 * stage reads does not depend on the map (the unit mentions of the title and body, the district
 * word the text writes most): the two readings share it here. Module-level slots did this before,
 * which made the parser depend on the document parsed before; a memo per parse keeps it pure and
 * re-entrant (two parses interleaved, as a generator or a test may drive them, never see each
 * other's values).
 */
export interface MemoKey<T> {
  readonly name: string;
  /** Carries T only for the type checker. */
  readonly type?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

export class DocumentMemo {
  private readonly values = new Map<MemoKey<unknown>, unknown>();

  /** The value kept under `key`, made by `make` the first time it is asked for. */
  get<T>(key: MemoKey<T>, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = make();
    this.values.set(key, value);
    return value;
  }
}

/**
 * The value kept under `key` in the parse's memo, or, with no memo (a resolver called outside a parse,
 * as a test may call it), made afresh: what each reader of the memo would otherwise write out again.
 */
export function remembered<T>(memo: DocumentMemo | undefined, key: MemoKey<T>, make: () => T): T {
  return memo ? memo.get(key, make) : make();
}
