import { PhraseTable, phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { type AreaWord, LEVEL_WORDS } from '../vocabulary/units.js';
import { headIsPlaceName } from './list-place.js';
import { dashedPlaceAt } from './place-names.js';
import { capsRun, officeOverUnit, startsSomething } from './name-shape.js';
import type { AreaRef } from './unit-mention.js';
import { AREAS, BELONGS, CENTRE, GRASSROOTS, HEADS, NONUNITS, PLURALS, PREDICATE_STOPS, REF_LEADS, glueAt, isCapWord, printed } from './unit-words.js';
import { whichPlacesEnd } from './which-places.js';

/*
 * Area refs after a head: "quận", "11 phường", "các phường Ngọc Hà, Giảng Võ", "từ Quận đến cơ sở"
 * (area-refs and area-ref of the grammar in units.ts). Apart from the grammar: they are read on their
 * own too (areaBodyAt, "các xã, thị trấn" as a subject) and are a grammar of places, not of units.
 */

const TYPES_OF_LEVEL: Record<AreaWord['level'], string[]> = {
  province: ['tinh', 'thanh-pho'], district: ['quan', 'huyen', 'thi-xa', 'thanh-pho'], ward: ['phuong', 'xa', 'thi-tran'],
};
const LEVELS = new PhraseTable<AreaWord>(LEVEL_WORDS.map(([p, level]) => [p, { phrases: [p], level, types: TYPES_OF_LEVEL[level] }] as const));
const LOCALITIES = phraseSet(['địa phương']);
const RANGE_FROM = phraseSet(['từ']);
const RANGE_TO = phraseSet(['đến', 'tới']);

/** Area refs after a head: "quận", "11 phường", "Quận và các phường", "thuộc Quận", "từ Quận đến cơ sở". */
export function parseAreaRefs(tokens: readonly Token[], i: number, limit: number): { refs: AreaRef[]; end: number } | null {
  const refs: AreaRef[] = [];
  let j = i;
  const lead = REF_LEADS.match(tokens, j, limit);
  if (lead) j = lead.end;
  const range = RANGE_FROM.match(tokens, j, limit);
  if (range) {
    const first = areaRef(tokens, range.end, limit);
    const to = first ? RANGE_TO.match(tokens, first.end, limit) : null;
    const last = to ? GRASSROOTS.match(tokens, to.end, limit) ?? areaRefMatch(tokens, to.end, limit) : null;
    if (first && last) return { refs: [{ ...first.ref, range: true }], end: last.end };
    return null;
  }
  let ref = areaRef(tokens, j, limit);
  if (!ref) return null;
  while (ref) {
    const named = ref.ref.plural && !ref.ref.name ? namedList(tokens, ref.ref, ref.end, limit) : null;
    if (named) {
      refs.push(...named.refs);
      j = named.end;
      break;
    }
    // "UBND phường Hòa Minh, Hòa Khánh Nam": more places of the same type after a named one.
    const more = ref.ref.name ? glueAt(tokens, ref.end, limit) : null;
    const moreNamed = more && (more.word === ',' || more.word === 'và') && isCapWord(tokens[more.end]) && !NONUNITS.has(tokens, more.end, limit)
      ? namedList(tokens, ref.ref, more.end, limit) : null;
    if (moreNamed) {
      refs.push(ref.ref, ...moreNamed.refs);
      j = moreNamed.end;
      break;
    }
    const last = refs[refs.length - 1];
    // "các huyện, thị xã, thành phố": one plural ref over several bare type words.
    if (last?.plural && !ref.ref.plural && !ref.ref.name) {
      last.words.push(...ref.ref.words);
      last.types = [...last.types, ...ref.ref.types];
    } else {
      refs.push(ref.ref);
    }
    j = ref.end;
    const glue = glueAt(tokens, j, limit);
    if (!glue || !['và', ',', '–'].includes(glue.word)) break;
    ref = areaRef(tokens, glue.end, limit);
  }
  const last = refs[refs.length - 1];
  // "các xã, thị trấn ven biển": which of the places, a word of the unit's name.
  const which = last?.plural && !last.name ? whichPlacesEnd(tokens, j, limit) : null;
  if (which !== null && last) {
    last.words[last.words.length - 1] += ` ${printed(tokens, j, which)}`;
    j = which;
    // "UBND các huyện ven biển và thị xã Nghi Sơn": the list of places goes on after which of them; cut there, the
    // town after "và" lost its committee.
    for (;;) {
      const glue = glueAt(tokens, j, limit);
      const next = glue && (glue.word === 'và' || glue.word === ',') ? areaRef(tokens, glue.end, limit) : null;
      if (!next) break;
      refs.push(next.ref);
      j = next.end;
    }
  }
  // "các tỉnh, thành phố trực thuộc Trung ương": the provinces, named as printed; "Trung ương" is not
  // a unit of its own after them.
  if (last?.plural && last.level === 'province' && !last.name) {
    const under = BELONGS.match(tokens, j, limit);
    const centre = under ? CENTRE.match(tokens, under.end, limit) : null;
    if (centre) {
      last.words[last.words.length - 1] += ` ${tokens.slice(j, centre.end).map((t) => t.text).join(' ')}`;
      j = centre.end;
    }
  }
  return { refs, end: j };
}

/**
 * "các phường Ngọc Hà, Giảng Võ", "các xã Thạch Hòa và Thạch Trị": a plural type word followed
 * by the places it means, one named ref per place. A capitalised area word ("các phường Quận Ba
 * Đình") or a unit head starts no name.
 */
function namedList(tokens: readonly Token[], plural: AreaRef, i: number, limit: number): { refs: AreaRef[]; end: number } | null {
  const refs: AreaRef[] = [];
  // "UBND các phường: Hòa Khánh Bắc, Hòa Hiệp Nam".
  let j = plural.plural && tokens[i]?.text === ':' ? i + 1 : i;
  let end = i;
  let kind = plural;
  for (;;) {
    // "các xã Nghĩa Hải, Nghĩa Lợi và thị trấn Rạng Đông": the list may go on with a place of another
    // type of the same level, its type word written before it.
    const other = refs.length > 0 ? AREAS.match(tokens, j, limit) : null;
    const word = other?.values[0];
    if (other && word && word.level === plural.level && !word.types.some((t) => plural.types.includes(t)) && isCapWord(tokens[other.end])) {
      kind = { ...plural, level: word.level, types: word.types, words: [tokens.slice(j, other.end).map((t) => t.text).join(' ')] };
      j = other.end;
    } else if (AREAS.has(tokens, j, limit) || (HEADS.has(tokens, j, limit) && !((refs.length > 0 || listGoesOn(tokens, j, limit)) && headIsPlaceName(tokens, j, HEADS.match(tokens, j, limit)!.end, limit, (k) => startsSomething(tokens, k, limit), (k) => PREDICATE_STOPS.has(tokens, k, limit))))
      || NONUNITS.has(tokens, j, limit) || officeOverUnit(tokens, j, limit)) break;
    const e = capsRun(tokens, j, limit);
    if (e === j) break;
    refs.push({ ...kind, words: [...kind.words], plural: false, count: null, name: tokens.slice(j, e).map((t) => t.text).join(' '), nameSpan: [tokens[j]!.start, tokens[e - 1]!.end] });
    end = e;
    const glue = glueAt(tokens, e, limit);
    if (!glue || (glue.word !== ',' && glue.word !== 'và') || !(isCapWord(tokens[glue.end]) || AREAS.has(tokens, glue.end, limit))) break;
    j = glue.end;
  }
  return refs.length > 0 ? { refs, end } : null;
}

/**
 * "các xã Trường Lâm, Tân Trường, …": the first place of a list may begin with a unit's head too ("Trường", "Hội",
 * "Đoàn") when a comma or "và" and another capitalised name follow its two syllables; alone it may be a unit ("các xã
 * Đoàn Thanh niên …" is never written, but "các xã Trường THCS" is no list either).
 */
function listGoesOn(tokens: readonly Token[], j: number, limit: number): boolean {
  const glue = tokens[j + 2];
  return j + 3 < limit && !!glue && (glue.text === ',' || glue.norm === 'và') && isCapWord(tokens[j + 3]);
}

/** "11 phường", "18 UBND": a count, not the minutes of a clock ("08:15") at the end of a dateline above. */
export function isCount(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && !!next && t.word && /^\d{1,3}$/.test(t.text) && tokens[j - 1]?.text !== ':';
}

function areaRefMatch(tokens: readonly Token[], i: number, limit: number): { end: number } | null {
  const r = areaRef(tokens, i, limit);
  return r ? { end: r.end } : null;
}

function areaRef(tokens: readonly Token[], i: number, limit: number): { ref: AreaRef; end: number } | null {
  let j = i;
  let plural = false;
  let count: number | null = null;
  const p = PLURALS.match(tokens, j, limit);
  if (p) { plural = true; j = p.end; }
  else if (isCount(tokens, j) && AREAS.has(tokens, j + 1, limit)) {
    plural = true; count = Number(tokens[j]!.text); j++;
  }
  const g = GRASSROOTS.match(tokens, j, limit);
  if (g && !plural) {
    return { ref: { level: 'ward', types: [], name: null, nameSpan: null, plural: true, count: null, grassroots: true, range: false, words: [] }, end: g.end };
  }
  // "UBND các địa phương": the areas below the writer's, printed as such; not the writer's own area.
  if (plural && LOCALITIES.has(tokens, j, limit)) {
    const end = LOCALITIES.match(tokens, j, limit)!.end;
    return { ref: { level: 'district', types: TYPES_OF_LEVEL.district, name: null, nameSpan: null, plural: true, count: null, grassroots: false, range: false, words: ['địa phương'] }, end };
  }
  const lv = LEVELS.match(tokens, j, limit);
  if (lv) {
    const w = lv.values[0]!;
    return { ref: { level: w.level, types: w.types, name: null, nameSpan: null, plural: true, count: null, grassroots: false, range: false, words: [], levelWord: w.phrases[0]! }, end: lv.end };
  }
  const a = AREAS.match(tokens, j, limit);
  // "Tỉnh ủy", "Quận ủy", "Huyện đoàn": a committee, not an area word.
  if (!a || tokens[a.end]?.norm === 'ủy' || committeeAt(tokens, j, limit)) return null;
  const word = a.values[0]!;
  const printed = tokens.slice(j, a.end).map((t) => t.text).join(' ').toLowerCase();
  j = a.end;
  let name: string | null = null;
  let nameSpan: [number, number] | null = null;
  if (!plural) {
    // "tỉnh Bà Rịa - Vũng Tàu": a name the gazetteer writes with a dash, whole and as it spells it.
    const dashed = dashedPlaceAt(tokens, j, limit);
    const e = dashed?.end ?? capsRun(tokens, j, limit);
    if (e > j) {
      nameSpan = [tokens[j]!.start, tokens[e - 1]!.end];
      name = dashed?.name ?? tokens.slice(j, e).map((t) => t.text).join(' ');
      j = e;
    }
  }
  return { ref: { level: word.level, types: word.types, name, nameSpan, plural, count, grassroots: false, range: false, words: [printed] }, end: j };
}

/** A committee named like an area ("Huyện đoàn", "Tỉnh đoàn") starts at j, not an area word. */
export function committeeAt(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  const head = h?.values[0];
  return !!head && head.shape === 'committee' && !(head.notBefore && h!.end < limit && head.notBefore.includes(tokens[h!.end]!.norm));
}
