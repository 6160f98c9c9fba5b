import { isDash, tokenize, type Token } from './tokens.js';
import { normOf, registerVocabulary } from './vocabulary-ids.js';

/**
 * A phrase table: vocabulary phrases as a trie over token norms, matched at a token position,
 * longest phrase first. Dashes inside a phrase are optional on both sides ("chính trị - xã
 * hội" matches "chính trị xã hội"); a phrase word in capitals ("TT", "CA") matches only a
 * word in capitals.
 *
 * The trie is keyed by the norms' numbers (vocabulary-ids.ts), which every token carries: a
 * token whose word no table knows (number 0) meets no branch, and the question the finders ask
 * at every token, whether a phrase can start there, is one index into `firsts`.
 */
interface Node<T> {
  next: Map<number, Node<T>>;
  /** Words that match only a word in capitals: kept apart so that a look-up builds no key. */
  caps: Map<number, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  values: readonly T[];
  /** Token index just after the match. */
  end: number;
}

interface Key { id: number; capsOnly: boolean }

function keysOf(phrase: string): Key[] {
  return tokenize(phrase)
    .filter((t) => !isDash(t))
    .map((t) => ({ norm: t.norm, capsOnly: t.caps && t.text.replace(/[^\p{L}]/gu, '').length >= 2 }))
    // Numbered after the tokenize above: numbering forgets the tokens made before.
    .map((k) => ({ id: registerVocabulary(k.norm), capsOnly: k.capsOnly }));
}

function newNode<T>(): Node<T> {
  return { next: new Map(), caps: new Map(), values: [] };
}

/** `firsts` bits: a phrase starts with the word, or with the word in capitals. */
const FIRST_PLAIN = 1;
const FIRST_CAPS = 2;

export class PhraseTable<T> {
  private readonly root: Node<T> = newNode();
  /** By word number: FIRST_PLAIN | FIRST_CAPS when a phrase starts with it (a number past the end: none). */
  private firsts = new Uint8Array(0);

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): this {
    let node = this.root;
    const keys = keysOf(phrase);
    for (const key of keys) {
      const children = key.capsOnly ? node.caps : node.next;
      let child = children.get(key.id);
      if (!child) { child = newNode(); children.set(key.id, child); }
      node = child;
    }
    if (node === this.root) return this;
    node.values.push(value);
    const first = keys[0]!;
    if (first.id >= this.firsts.length) {
      const grown = new Uint8Array(Math.max(first.id + 1, this.firsts.length * 2));
      grown.set(this.firsts);
      this.firsts = grown;
    }
    this.firsts[first.id]! |= first.capsOnly ? FIRST_CAPS : FIRST_PLAIN;
    return this;
  }

  /** Whether a phrase may start at token `t` (its first word alone). A dash never starts one. */
  private mayStart(t: Token): boolean {
    const id = t.vocab;
    // Checked before indexing: a read past a typed array's end is slow.
    if (id === 0 || id >= this.firsts.length) return false;
    const f = this.firsts[id]!;
    return f === FIRST_PLAIN || f === (FIRST_PLAIN | FIRST_CAPS) || (f === FIRST_CAPS && t.caps);
  }

  /** The longest phrase starting at token `i` (not crossing `limit`), or null. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const t = tokens[i];
    // Most positions start no phrase: say so before the walk (the finders ask at every token).
    if (i >= limit || t === undefined || !this.mayStart(t)) return null;
    bestEnd = -1;
    bestValues = null;
    this.walk(this.root, tokens, i, limit, 0);
    const values = bestValues as T[] | null;
    bestValues = null;
    return values ? { values, end: bestEnd } : null;
  }

  /**
   * The walk keeps the best match so far in bestEnd and bestValues rather than in an object per
   * step: the finders ask at every token, and those objects were a good part of the parse's garbage.
   * A later match replaces the best only when it ends further (the plain word's branch is walked
   * before the capitals' one, so it wins a tie).
   */
  private walk(start: Node<T>, tokens: readonly Token[], from: number, limit: number, fromDepth: number): void {
    // The plain word's branch is followed in this loop, not by a call: most phrases have no word in
    // capitals, and the finders walk at every token. Only a capitals' branch beside it recurses.
    let node = start;
    let j = from;
    let depth = fromDepth;
    for (;;) {
      if (depth > 0 && node.values.length > 0 && (bestValues === null || j > bestEnd)) { bestValues = node.values; bestEnd = j; }
      let k = j;
      // A dash between two words of a phrase is optional.
      if (depth > 0) while (k < limit && isDash(tokens[k])) k++;
      const t = tokens[k];
      if (!t || k >= limit) return;
      const plain = node.next.get(t.vocab);
      const caps = t.caps ? node.caps.get(t.vocab) : undefined;
      if (plain && caps) this.walk(plain, tokens, k + 1, limit, depth + 1);
      const next = caps ?? plain;
      if (!next) return;
      node = next;
      j = k + 1;
      depth++;
    }
  }

  /** The norms a phrase can start with (plain or in capitals). */
  firstNorms(): string[] {
    return this.firstIds().map(normOf);
  }

  /** The numbers of the words a phrase can start with (plain or in capitals). */
  firstIds(): number[] {
    return [...this.root.next.keys(), ...this.root.caps.keys()];
  }

  /** True when a phrase starts at token `i`: the walk stops at the first phrase it meets. */
  has(tokens: readonly Token[], i: number, limit = tokens.length): boolean {
    const t = tokens[i];
    if (i >= limit || t === undefined || !this.mayStart(t)) return false;
    return this.reaches(this.root, tokens, i, limit, 0);
  }

  /** Whether the walk from `node` reaches a phrase's end (match() is non-null exactly then). */
  private reaches(node: Node<T>, tokens: readonly Token[], j: number, limit: number, depth: number): boolean {
    if (depth > 0 && node.values.length > 0) return true;
    let k = j;
    if (depth > 0) while (k < limit && isDash(tokens[k])) k++;
    const t = tokens[k];
    if (!t || k >= limit) return false;
    const plain = node.next.get(t.vocab);
    if (plain && this.reaches(plain, tokens, k + 1, limit, depth + 1)) return true;
    if (t.caps) {
      const caps = node.caps.get(t.vocab);
      if (caps && this.reaches(caps, tokens, k + 1, limit, depth + 1)) return true;
    }
    return false;
  }
}

/** The best match of the walk under way (parsing is synchronous: one walk at a time). */
let bestEnd = -1;
let bestValues: readonly unknown[] | null = null;

/**
 * The words that start a phrase of any of several tables, plain or in capitals: a union rules out
 * most tokens with one index before any table is asked.
 */
export class FirstWords {
  private readonly ids: Uint8Array;

  constructor(tables: ReadonlyArray<PhraseTable<unknown>>) {
    const ids = tables.flatMap((t) => t.firstIds());
    this.ids = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.ids[id] = 1;
  }

  /** Whether the token's word starts a phrase of one of the tables (whatever its case). */
  has(t: Token): boolean {
    const id = t.vocab;
    return id < this.ids.length && this.ids[id] === 1;
  }
}

/** A phrase table whose values are the phrases themselves. */
export function phraseSet(phrases: Iterable<string>): PhraseTable<string> {
  const t = new PhraseTable<string>();
  for (const p of phrases) t.add(p, p);
  return t;
}
