import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { BARE_UNION_NEXT, CELL_ASSOCIATIONS, CELL_HEADS, CELL_SCHOOLS, INSTITUTION_KINDS, type UnitHead } from '../vocabulary/units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** What of a unit mention the cell reads (find/units.ts's `UnitMention`, which imports this module). */
export interface CellUnit {
  head: Pick<UnitHead, 'kind' | 'collective'>;
  plural: boolean;
  office: string | null;
  owner: unknown;
  to: number;
}

const ASSOCIATION = phraseSet(CELL_ASSOCIATIONS);
const SCHOOL = phraseSet(CELL_SCHOOLS);
const KINDS = phraseSet(INSTITUTION_KINDS);
const CELLS = new Set(CELL_HEADS);
const UNION_NEXT = new Set(BARE_UNION_NEXT);
/** The head of the bare word "Đoàn" (the Youth Union). */
const UNION = 'Đoàn';

/** What the words right after a cell's head make of it: none of these, the unit as parse goes on. */
export type CellRead<M extends CellUnit> =
  | { kind: 'none' }
  /** "Đoàn" alone followed by no area: a delegation, a team, no unit. */
  | { kind: 'reject' }
  /** "Đoàn Trường THPT Tam Dương", "Chi đoàn các cơ quan, doanh nghiệp": the cell of that institution (or of each). */
  | { kind: 'cell'; owner: M; end: number; grassroots?: boolean; association?: string }
  /** "Chi hội [trưởng] phụ nữ các ấp": the association named in lower case, then its areas. */
  | { kind: 'association'; tail: string | null; office: string | null; end: number; school?: boolean };

const NONE = { kind: 'none' } as const;
const REJECT = { kind: 'reject' } as const;

/** An institution a cell of the Party or of a mass organisation is set up in: a school, a hospital, a centre; agencies and firms listed together. */
function institution(o: CellUnit): boolean {
  if (o.office || o.owner) return false;
  if (o.head.kind === 'agency') return o.plural || !o.head.collective;
  return o.plural && o.head.collective === true && o.head.kind === 'collective';
}

const GRASSROOTS_CELL = phraseSet(['cơ sở']);
const FORCE_KINDS: ReadonlySet<string> = new Set(['police', 'military']);

/**
 * A Youth Union's cell in a police or military unit ("Đoàn cơ sở Công an huyện", "Đoàn Thanh niên Ban Chỉ huy Quân sự
 * xã"), or after "cơ sở" in an institution ("Đoàn cơ sở Bệnh viện Đa khoa huyện"): one unit, the Union set up there, named
 * with "cơ sở" when printed; before, the cell was read alone (of the wards, for "cơ sở") and the force as a unit of its
 * own. One unit, named with a capital right after.
 */
function forceCellAt<M extends CellUnit>(tokens: readonly Token[], headAt: number, j: number, limit: number, bare: boolean, parseAt: (k: number) => M | null): CellRead<M> | null {
  const base = bare ? GRASSROOTS_CELL.match(tokens, j, limit) : null;
  if (!base || !tokens[base.end]?.upper || base.end >= limit) return null;
  const o = parseAt(base.end);
  return o && !o.plural && (forceOf(o, tokens, headAt) || institution(o)) ? { kind: 'cell', owner: o, end: o.to, grassroots: true } : null;
}

/**
 * One police or military unit after the Youth Union's own word ("Đoàn", "Đoàn Thanh niên") or its branch's ("Chi đoàn
 * Công an phường": read apart, the branch was every branch of the ward and the police a unit of its own), with no post
 * or owner.
 */
function forceOf(o: CellUnit, tokens: readonly Token[], headAt: number): boolean {
  const t = tokens[headAt]!;
  const union = t.norm === 'đoàn' || (t.norm === 'chi' && tokens[headAt + 1]?.norm === 'đoàn');
  return union && !o.plural && !o.office && !o.owner && FORCE_KINDS.has(o.head.kind ?? '');
}

/** "các cơ quan, doanh nghiệp": more kinds of institution listed after the first, where the list ends. */
function kindsEnd(tokens: readonly Token[], k: number, limit: number): number {
  for (;;) {
    const glue = tokens[k]?.text === ',' || tokens[k]?.norm === 'và' ? k + 1 : -1;
    const kind = glue > 0 ? KINDS.match(tokens, glue, limit) : null;
    if (!kind) return k;
    k = kind.end;
  }
}

/**
 * The words after a cell's head (a Youth Union, a Party cell, a trade union, an association's branch), read before
 * parse goes on to areas: "Đoàn Trường THPT Tam Dương" is one unit, the Union of that school (not the school); "Chi
 * đoàn các cơ quan, doanh nghiệp" the Union cells of the agencies and firms; "Chi hội trưởng phụ nữ các ấp" the Women's
 * branches of the hamlets, by their heads. The bare word "Đoàn", with a capital, is the Youth Union only with an
 * area or an institution after it ("Đoàn các xã, thị trấn"): "Đoàn công tác", "Đoàn Giám sát" are teams.
 * `parseAt` reads a unit at a token (parse one level down).
 */
export function readCell<M extends CellUnit>(
  tokens: readonly Token[], headAt: number, j: number, limit: number, head: UnitHead, parseAt: (k: number) => M | null,
): CellRead<M> {
  const bare = head.canonical === UNION && j - headAt === 1;
  if (!bare && !CELLS.has(head.canonical)) return NONE;
  const next = tokens[j];
  if (next === undefined || j >= limit) return bare ? REJECT : NONE;
  // "Đoàn cơ sở Công an huyện": the Union set up in a police unit or an institution, after "cơ sở".
  const forceCell = forceCellAt(tokens, headAt, j, limit, bare, parseAt);
  if (forceCell) return forceCell;
  // "Đoàn trường THPT Dân tộc nội trú": the school written in lower case after the cell, as a school's Union is named.
  if (next.upper || next.norm === 'các' || next.norm === 'trường') {
    const o = parseAt(j);
    if (o && (institution(o) || forceOf(o, tokens, headAt))) return { kind: 'cell', owner: o, end: o.plural ? kindsEnd(tokens, o.to, limit) : o.to };
  }
  if (bare) return UNION_NEXT.has(next.norm) ? NONE : REJECT;
  // "Chi hội Cựu chiến binh Công ty Cổ phần Xi măng …": the association's branch in an enterprise or an institution, its
  // association written with a capital; read apart, the branch was every branch of the area and the firm a unit of its own.
  const named = next.upper ? ASSOCIATION.match(tokens, j, limit) : null;
  const firm = named && tokens[named.end]?.upper && named.end < limit ? parseAt(named.end) : null;
  if (named && firm && !firm.plural && institution(firm)) return { kind: 'cell', owner: firm, end: firm.to, association: tokens.slice(j, named.end).map((t) => t.text).join(' ') };
  let k = j;
  let office: string | null = null;
  if (next.norm === 'trưởng' && !next.upper) { office = `${tokens.slice(headAt, j + 1).map((t) => t.text).join(' ')}`; k++; }
  const school = tokens[k]?.upper || office ? null : SCHOOL.match(tokens, k, limit);
  if (school) return { kind: 'association', tail: tokens.slice(k, school.end).map((t) => t.text).join(' '), office, end: school.end, school: true };
  const a = tokens[k]?.upper ? null : ASSOCIATION.match(tokens, k, limit);
  if (!a) return office ? { kind: 'association', tail: null, office, end: k } : NONE;
  return { kind: 'association', tail: tokens.slice(k, a.end).map((t) => t.text).join(' '), office, end: a.end };
}

/**
 * "Bộ Nông nghiệp và PTNT đề nghị …": the half of a name joined by "và" and written as an abbreviation takes no
 * lower-case words after it (they are the clause's verb); a name's own lower-case words follow its full words.
 */
export function abbreviatedHalf(tokens: readonly Token[], k: number, glue: string | null): boolean {
  const t = tokens[k];
  return glue === 'và' && t !== undefined && t.text.length >= 2 && t.text === t.text.toUpperCase() && OPENS_CAPITAL.test(t.text);
}
