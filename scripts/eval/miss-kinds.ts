/**
 * Kinds of disagreement, counted without a word of the document: what `--miss-kinds` prints for the
 * holdout, where notes must stay unread. A planner can see whether the issuer misses of fresh text
 * are a few shapes or many, and which relation is read as which, without anyone tuning on them.
 *
 * Names arrive folded (score.ts `foldName`). The place/body split is a heuristic over the folded
 * words: a level word (`tinh`, `huyen`, `xa` …) not followed by `uy` or `doan` starts the place.
 */

const LEVEL_WORDS = new Set(['tinh', 'thanh', 'huyen', 'quan', 'thi', 'xa', 'phuong']);
const BODY_AFTER_LEVEL = new Set(['uy', 'doan', 'hoi']);
/** Words after a folded `quan` that make it quản, quân or cơ quan, not quận. */
const QUAN_NOT_DISTRICT = new Set(['ly', 'su', 'doi', 'nhan', 'khu']);

/** `uy ban nhan dan huyen quynh nhai` → body `uy ban nhan dan`, place `huyen quynh nhai`. */
export function splitPlace(folded: string): { body: string; place: string } {
  const w = folded.split(' ');
  for (let i = 1; i < w.length; i++) {
    if (!LEVEL_WORDS.has(w[i]!) || BODY_AFTER_LEVEL.has(w[i + 1] ?? '')) continue;
    // `thanh pho`, `thi xa`, `thi tran` take two words; `thanh` alone is part of a name
    if ((w[i] === 'thanh' && w[i + 1] !== 'pho') || (w[i] === 'thi' && w[i + 1] !== 'xa' && w[i + 1] !== 'tran')) continue;
    if (w[i] === 'xa' && w[i - 1] === 'tac') continue; // hợp tác xã, a cooperative
    // quản lý (management), cơ quan (an office), quân sự / quân đội (the army) fold to `quan` too
    if (w[i] === 'quan' && (w[i - 1] === 'co' || QUAN_NOT_DISTRICT.has(w[i + 1] ?? ''))) continue;

    return { body: w.slice(0, i).join(' '), place: w.slice(i).join(' ') };
  }
  return { body: folded, place: '' };
}

export interface IssuerContext {
  /** The expected issuer's names, folded. */
  expected: readonly string[];
  /** The predicted issuer's names (name, surface, body), folded; empty when none was found. */
  predicted: readonly string[];
  /** Every expected cited issuer's and every expected unit's names, folded. */
  citedIssuers: readonly string[];
  units: readonly string[];
}

/** One kind for a wrong own issuer (the caller has checked that it is wrong). */
export function issuerMissKind(c: IssuerContext): string {
  if (c.predicted.length === 0) return 'issuer: none found';
  if (c.expected.length === 0) return 'issuer: found where the label has none';
  if (c.predicted.some((p) => c.citedIssuers.includes(p))) return "issuer: a cited document's issuer";
  if (c.predicted.some((p) => c.units.includes(p))) return 'issuer: a unit of a task';
  const got = c.predicted.map(splitPlace);
  const want = c.expected.map(splitPlace);
  if (got.some((g) => g.place && want.some((e) => e.place === g.place))) return 'issuer: another body of the same place';
  if (got.some((g) => want.some((e) => e.body === g.body))) return 'issuer: the same body, another place';
  if (got.some((g) => want.some((e) => e.body.includes(g.body) || g.body.includes(e.body)))) return 'issuer: a body inside or around the expected one';
  return 'issuer: other';
}

/**
 * One kind for a paired task whose units are not all right: the folded names of each missed unit
 * (its alternatives) and of each spurious one. One missed against one spurious is a name read
 * otherwise: longer (words of the context glued on), shorter (cut), or another name.
 */
export function unitsMissKind(missed: readonly (readonly string[])[], spurious: readonly string[]): string {
  if (missed.length === 0) return spurious.length === 1 ? 'task units: one unit too many' : 'task units: several units too many';
  if (spurious.length === 0) return missed.length === 1 ? 'task units: one unit missing' : 'task units: several units missing';
  if (missed.length === 1 && spurious.length === 1) {
    const got = spurious[0]!;
    if (missed[0]!.some((e) => got.includes(e))) return 'task units: one name read too long';
    if (missed[0]!.some((e) => e.includes(got))) return 'task units: one name read too short';
    const g = splitPlace(got);
    const want = missed[0]!.map(splitPlace);
    if (want.some((e) => e.body === g.body)) return 'task units: one name read as another (the same body, another place)';
    if (g.place && want.some((e) => e.place === g.place)) return 'task units: one name read as another (another body of the same place)';
    return 'task units: one name read as another (other)';
  }
  return 'task units: several missing and too many';
}
