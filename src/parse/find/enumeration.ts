/**
 * Enumerations (docs/domain.md §8.3): sections `I.` / `I-`, items `1.` / `1-` / `1/` / `1)`, sub-items
 * `1.1.`, points `a)` (Vietnamese alphabet), bullets `-` and `+`. A stack keeps the path of the
 * current block: its clause. Numbers can repeat (seed 001 prints "3." twice): a repeated label
 * under the same parent gets the suffix "(2)", so that every clause names one place.
 *
 * Clause notation: labels joined by "."; an article is "Điều 3"; bullets are "-N", the N-th bullet under their parent:
 * "II.1.-2" is the second bullet under item 1 of section II; a sub-item "1.2" replaces its
 * parent's number ("II.1.2", not "II.1.1.2").
 */
export type MarkerKind = 'roman' | 'article' | 'arabic' | 'multi' | 'letter' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** The label as printed, without punctuation: "II", "3", "1.2", "a", "-". */
  label: string;
  /** Nesting rank: smaller is higher. */
  rank: number;
  /** Length of the marker text (with its spaces) at the start of the line. */
  length: number;
}

/** "Điều 3." of a Quyết định: between a chapter (Roman) and its khoản (1.). */
const ARTICLE = /^(Điều[ ]{1,2}\d{1,3})[ ]{0,2}[.:][ ]*(?=\S)/u;
const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))[ ]{0,2}[.\-–)][ ]+(?=\S)/u;
const MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ ]+(?=\p{L})/u;
// "1/ Rà soát ..." too: a slash item marker, never a number (a date "15/9" is followed by a digit). A dash before a
// number is a range ("… có khả năng xuất hiện\n3 - 4 cơn bão"), a wrapped line's first words, not an item.
const ARABIC = /^(\d{1,2})[ ]{0,2}(?:[.)/]|[-–](?![ ]*\d))(?:[ ]+(?=\S)|(?=\p{Lu}))/u;
const LETTER = /^([a-eđg-ik-y])[ ]{0,2}[).][ ]+(?=\S)/u;
const DASH = /^[-–—•][ ]*(?=\S)/u;
const PLUS = /^\+[ ]*(?=\S)/u;

/** The marker at the start of a line's content, if any. */
export function markerOf(content: string): Marker | null {
  let m = ARTICLE.exec(content);
  if (m) return { kind: 'article', label: m[1]!.replace(/\s+/g, ' '), rank: 0.5, length: m[0].length };
  m = ROMAN.exec(content);
  if (m && m[1]) return { kind: 'roman', label: m[1], rank: 0, length: m[0].length };
  m = MULTI.exec(content);
  if (m) return { kind: 'multi', label: m[1]!, rank: 1 + (m[1]!.split('.').length - 1) * 0.1, length: m[0].length };
  m = ARABIC.exec(content);
  if (m) return { kind: 'arabic', label: m[1]!, rank: 1, length: m[0].length };
  m = LETTER.exec(content);
  if (m) return { kind: 'letter', label: m[1]!, rank: 2, length: m[0].length };
  m = DASH.exec(content);
  if (m) return { kind: 'dash', label: '-', rank: 3, length: m[0].length };
  m = PLUS.exec(content);
  if (m) return { kind: 'plus', label: '+', rank: 4, length: m[0].length };
  return null;
}

interface Level<T> {
  marker: Marker;
  label: string;
  data: T;
  seen: Map<string, number>;
}

/** The stack of open enumeration levels; `T` is what a caller attaches to a level (its lead-in). */
export class EnumerationStack<T> {
  private readonly levels: Array<Level<T>> = [];
  private readonly rootSeen = new Map<string, number>();

  constructor(private readonly make: () => T, readonly root: T) {}

  push(marker: Marker): void {
    while (this.levels.length > 0 && this.levels[this.levels.length - 1]!.marker.rank >= marker.rank) this.levels.pop();
    const seen = this.levels[this.levels.length - 1]?.seen ?? this.rootSeen;
    const n = (seen.get(marker.label) ?? 0) + 1;
    seen.set(marker.label, n);
    const label = marker.kind === 'dash' || marker.kind === 'plus' ? `${marker.label}${n}` : n > 1 ? `${marker.label}(${n})` : marker.label;
    this.levels.push({ marker, label, data: this.make(), seen: new Map() });
  }

  /** Close the levels that an item of this rank would close: what is attached next belongs to the level it opens under. */
  closeTo(rank: number): void {
    while (this.levels.length > 0 && this.levels[this.levels.length - 1]!.marker.rank >= rank) this.levels.pop();
  }

  reset(): void {
    this.levels.length = 0;
    this.rootSeen.clear();
  }

  get depth(): number {
    return this.levels.length;
  }

  /** The data of the innermost level (the root when the stack is empty). */
  top(): T {
    return this.levels[this.levels.length - 1]?.data ?? this.root;
  }

  /** Data from the innermost level's parent outwards to the root. */
  ancestors(): T[] {
    return [...this.levels.slice(0, -1).map((l) => l.data).reverse(), this.root];
  }

  /** The clause of the innermost level: "II.1.-2". */
  clause(): string {
    const parts: string[] = [];
    let prev: Level<T> | null = null;
    for (const l of this.levels) {
      // "1.2" under "1" (or under a repeated "1(2)") already names its parent.
      const numericParent = prev && (prev.marker.kind === 'arabic' || prev.marker.kind === 'multi');
      if (l.marker.kind === 'multi' && numericParent && l.marker.label.startsWith(`${prev!.marker.label}.`)) parts.pop();
      parts.push(l.label);
      prev = l;
    }
    return parts.join('.');
  }
}
