import { isDash, tokenize, type Token } from './tokens.js';

/**
 * A phrase table: vocabulary phrases as a trie over token norms, matched at a token position,
 * longest phrase first. Dashes inside a phrase are optional on both sides ("chính trị - xã
 * hội" matches "chính trị xã hội"); a phrase word in capitals ("TT", "CA") matches only a
 * word in capitals.
 */
interface Node<T> {
  next: Map<string, Node<T>>;
  /** Words that match only a word in capitals, by norm: kept apart so that a look-up builds no key string. */
  caps: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  values: readonly T[];
  /** Token index just after the match. */
  end: number;
}

interface Key { norm: string; capsOnly: boolean }

function keysOf(phrase: string): Key[] {
  return tokenize(phrase)
    .filter((t) => !isDash(t))
    .map((t) => ({ norm: t.norm, capsOnly: t.caps && t.text.replace(/[^\p{L}]/gu, '').length >= 2 }));
}

function newNode<T>(): Node<T> {
  return { next: new Map(), caps: new Map(), values: [] };
}

export class PhraseTable<T> {
  private readonly root: Node<T> = newNode();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): this {
    let node = this.root;
    for (const key of keysOf(phrase)) {
      const children = key.capsOnly ? node.caps : node.next;
      let child = children.get(key.norm);
      if (!child) { child = newNode(); children.set(key.norm, child); }
      node = child;
    }
    if (node !== this.root) node.values.push(value);
    return this;
  }

  /** The longest phrase starting at token `i` (not crossing `limit`), or null. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const t = tokens[i];
    if (i >= limit || !t || isDash(t)) return null;
    // Most positions start no phrase: say so before the walk (the finders ask at every token).
    if (!this.root.next.has(t.norm) && !(t.caps && this.root.caps.has(t.norm))) return null;
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
      const plain = node.next.get(t.norm);
      const caps = t.caps ? node.caps.get(t.norm) : undefined;
      if (plain && caps) this.walk(plain, tokens, k + 1, limit, depth + 1);
      const next = caps ?? plain;
      if (!next) return;
      node = next;
      j = k + 1;
      depth++;
    }
  }

  /** The norms a phrase can start with (plain or in capitals): a union of several tables rules out most tokens with one look-up. */
  firstNorms(): string[] {
    return [...this.root.next.keys(), ...this.root.caps.keys()];
  }

  /** True when a phrase starts at token `i`: the walk stops at the first phrase it meets. */
  has(tokens: readonly Token[], i: number, limit = tokens.length): boolean {
    const t = tokens[i];
    if (i >= limit || !t || isDash(t)) return false;
    if (!this.root.next.has(t.norm) && !(t.caps && this.root.caps.has(t.norm))) return false;
    return this.reaches(this.root, tokens, i, limit, 0);
  }

  /** Whether the walk from `node` reaches a phrase's end (match() is non-null exactly then). */
  private reaches(node: Node<T>, tokens: readonly Token[], j: number, limit: number, depth: number): boolean {
    if (depth > 0 && node.values.length > 0) return true;
    let k = j;
    if (depth > 0) while (k < limit && isDash(tokens[k])) k++;
    const t = tokens[k];
    if (!t || k >= limit) return false;
    const plain = node.next.get(t.norm);
    if (plain && this.reaches(plain, tokens, k + 1, limit, depth + 1)) return true;
    if (t.caps) {
      const caps = node.caps.get(t.norm);
      if (caps && this.reaches(caps, tokens, k + 1, limit, depth + 1)) return true;
    }
    return false;
  }
}

/** The best match of the walk under way (parsing is synchronous: one walk at a time). */
let bestEnd = -1;
let bestValues: readonly unknown[] | null = null;

/** A phrase table whose values are the phrases themselves. */
export function phraseSet(phrases: Iterable<string>): PhraseTable<string> {
  const t = new PhraseTable<string>();
  for (const p of phrases) t.add(p, p);
  return t;
}
