import type { Token } from '../tokens.js';

/** What a unit mention has of its place in the text; the table holds unit mentions (find/units.ts, which imports this). */
interface Spanned { from: number; to: number; start: number; end: number; areas?: ReadonlyArray<{ name: string | null; words: readonly string[] }> }

/**
 * The units a document names by an abbreviation it defines itself ("Phòng Cảnh sát hình sự (PC02)",
 * "Tập đoàn … (TKV)"), by the abbreviation: built once per document (find/abbreviations.ts) and
 * consulted by the unit grammar, which reads one phrase and cannot see the definition. Set only for
 * the span of one document's task finding (`withDefinedUnits`), so the parse stays a function of its text.
 */
let active: ReadonlyMap<string, Spanned> | null = null;

export function withDefinedUnits<T>(table: ReadonlyMap<string, Spanned>, run: () => T): T {
  const before = active;
  active = table.size > 0 ? table : null;
  try {
    return run();
  } finally {
    active = before;
  }
}

/**
 * The unit the document's own abbreviation at token i stands for, spanning that one token, or two when the area word
 * of the unit's own name follows ("CDC tỉnh" for "Trung tâm Kiểm soát bệnh tật tỉnh (CDC tỉnh)"); null when none.
 */
export function definedUnitAt<M extends Spanned>(tokens: readonly Token[], i: number): M | null {
  if (active === null) return null;
  const t = tokens[i];
  const m = t ? (active.get(t.text) as M | undefined) : undefined;
  if (!m || !t) return null;
  const next = tokens[i + 1];
  const own = next !== undefined && next.start === t.end + 1 && m.areas?.some((a) => !a.name && a.words.includes(next.text));
  return own ? { ...m, from: i, to: i + 2, start: t.start, end: next.end } : { ...m, from: i, to: i + 1, start: t.start, end: t.end };
}

export function isDefinedUnit(t: Token | undefined): boolean {
  return active !== null && t !== undefined && active.has(t.text);
}
