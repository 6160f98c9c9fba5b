/**
 * A pattern that opens with a lookbehind, `(?<![\p{L}])(?:huyện|quận)…`, written as its lookbehind
 * and the rest, with the same matches as the whole pattern.
 *
 * Why: V8 scans a text for where a pattern may start by the characters it must open with, which a
 * pattern opening with a lookbehind does not give it: such a pattern is tried in full at every
 * position of the text. Over a seed document's text, `(?<![\p{L}\p{M}])(huyện|quận|thị xã)(?!…)`
 * took 26.7 µs and the same without its lookbehind 9.4 µs; the issuer's "Ủy ban nhân dân xã" test
 * 17.2 against 3.7 µs. Here the rest is scanned for, and a match is kept when the lookbehind holds
 * where it starts.
 *
 * Why the matches are the same: the whole pattern at position p is its lookbehind at p and then the
 * rest at p (a lookbehind consumes nothing and sets no group the rest could refer to). The scan of
 * the rest finds the first position p from where it starts where the rest matches; no position before
 * p can match the whole pattern, since the rest fails there. At p the rest's match is the whole
 * pattern's when the lookbehind holds; when it does not, the whole pattern fails at p and the scan
 * goes on from the next position, as a scan of the whole pattern would (the next code point in a
 * pattern with the `u` flag). Capturing groups keep their numbers when the lookbehind has none.
 */
export class BoundedPattern {
  /** The rest of the pattern, global: scanned for. */
  private readonly rest: RegExp;
  /** The rest again, sticky: tried at given positions only (`matchesAt`). */
  private readonly restAt: RegExp;
  /** The lookbehind alone, sticky: tried where the rest matched. */
  private readonly before: RegExp;
  private readonly unicode: boolean;

  /**
   * `lookbehind`: the opening lookbehind(s) as written, "(?<![\p{L}])"; `rest`: the pattern after it;
   * `flags`: the whole pattern's flags (g and y are the caller's business: every method scans
   * from the start of the text it is given).
   */
  constructor(readonly lookbehind: string, rest: string, flags: string) {
    const plain = flags.replace(/[gy]/g, '');
    if (/\((?!\?)/.test(lookbehind.replace(/\\./g, ''))) throw new Error('BoundedPattern: a capturing group in the lookbehind would renumber the rest');
    this.rest = new RegExp(rest, `${plain}g`);
    this.restAt = new RegExp(rest, `${plain}y`);
    this.before = new RegExp(lookbehind, `${plain}y`);
    this.unicode = plain.includes('u') || plain.includes('v');
  }

  /** The whole pattern's source, for a message or a test. */
  get source(): string {
    return `${this.lookbehind}${this.rest.source}`;
  }

  /** The match the whole pattern's exec would give from `from` (a global pattern's lastIndex). */
  execFrom(text: string, from: number): RegExpExecArray | null {
    const rest = this.rest;
    const before = this.before;
    rest.lastIndex = from;
    for (let m = rest.exec(text); m; m = rest.exec(text)) {
      before.lastIndex = m.index;
      if (before.test(text)) return m;
      rest.lastIndex = m.index + (this.unicode ? codePointLength(text, m.index) : 1);
      if (rest.lastIndex > text.length) return null;
    }
    return null;
  }

  /** The first match, as the whole pattern's exec without the g flag gives it. */
  exec(text: string): RegExpExecArray | null {
    return this.execFrom(text, 0);
  }

  /** Whether the whole pattern matches in `text` (its test without the g flag). */
  test(text: string): boolean {
    return this.execFrom(text, 0) !== null;
  }

  /**
   * The match after `m`, a match of this pattern in `text`, as `text.matchAll` goes on: after its
   * end, or one position on (a code point with the u flag) after an empty match. Keeps no state
   * between calls, so a loop may stop early and other scans may use the pattern inside it.
   */
  next(text: string, m: RegExpExecArray): RegExpExecArray | null {
    const from = m[0].length > 0 ? m.index + m[0].length : m.index + (this.unicode ? codePointLength(text, m.index) : 1);
    return from > text.length ? null : this.execFrom(text, from);
  }

  /** Every match, in order, as `text.matchAll` of the whole pattern with the g flag gives them. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.execFrom(text, 0); m; m = this.next(text, m)) out.push(m);
    return out;
  }

  /**
   * The matches `all` gives, tried at `starts` (ascending) only, when every match begins at one of
   * them: a prefilter that finds where a match may begin in one pass (`WordStarts`,
   * find/word-start.ts) lets several patterns skip the scan. Like a scan, the next match is looked
   * for after the end of the last one.
   */
  matchesAt(text: string, starts: readonly number[]): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const rest = this.restAt;
    const before = this.before;
    let after = 0;
    for (const p of starts) {
      if (p < after) continue;
      rest.lastIndex = p;
      const m = rest.exec(text);
      if (!m) continue;
      before.lastIndex = p;
      if (!before.test(text)) continue;
      out.push(m);
      after = p + m[0].length;
    }
    return out;
  }
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
