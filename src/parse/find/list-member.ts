import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { parseAreaRefs } from './area-refs.js';
import { PREDICATES } from './assignment-words.js';
import { isAbbreviation } from './caps-name.js';
import { lowerKindEnd } from './enterprise-name.js';
import { lowerWordsToArea } from './lower-name.js';
import { capsRun, capsTail, startsSomething } from './name-shape.js';
import type { UnitMention } from './unit-mention.js';
import { phraseSet } from '../phrases.js';
import { isAllCaps } from '../text.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { AREAS, NAME_STOPS, NONUNITS, glueAt, isCapWord, printed } from './unit-words.js';

/** "Theo Chỉ thị, Sở …", "Kế hoạch, Sở …": a document's type word opens no unit's name. */
const TYPE_WORDS = phraseSet(DOC_TYPES.flatMap((d) => d.words));

/*
 * A unit the tables do not name, read by where it stands: a member of a list of units ("Đài Phát thanh và Truyền hình
 * tỉnh, Báo Bắc Giang, Cổng Thông tin điện tử tỉnh tăng cường …", "Viettel Tiền Hải, Bưu điện huyện phối hợp …") or the
 * partner after "phối hợp với" ("phối hợp với Agribank chi nhánh huyện Thới Bình cảnh báo …"). Its name has the shape of
 * one: a capitalised word, then capitalised word groups, or lower-case words closed by an area word or a proper name; a
 * lone word only when it is no Vietnamese syllable (a brand: "Viettel", "Agribank"). Whether the place it stands in is a
 * list member's is the subject scan's to say (subject-scan.ts); here only the name's shape.
 */

/** The words of a name that no table holds, from its first capitalised word: where they end, or -1. */
function listedNameEnd(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!isCapWord(t) || /^\d/.test(t!.text) || t!.text.length < 2) return -1;
  if (startsSomething(tokens, i, limit) || PREDICATES.has(tokens, i, limit) || AREAS.has(tokens, i, limit)) return -1;
  // "… và Nhân dân", "Cán bộ, …": people, not a unit (vocabulary/units.ts NON_UNITS).
  if (NAME_STOPS.has(tokens, i, limit) || TYPE_WORDS.has(tokens, i, limit) || NONUNITS.has(tokens, i, limit)) return -1;
  // "MỤC ĐÍCH, YÊU CẦU": a heading's words in capitals, not a brand's ("VNPT", "EVN").
  if (isAllCaps(t!.text) && !isAbbreviation(t!.text)) return -1;
  let e = capsTail(tokens, i + 1, limit);
  // "Khu bảo tồn thiên nhiên Tây Yên Tử": its kind in lower case, then a proper name.
  if (e === i + 1) {
    const k = lowerKindEnd(tokens, i + 1, limit);
    if (k > i + 1) e = capsRun(tokens, k, limit, 4);
  }
  // "Cổng Thông tin điện tử tỉnh", "Agribank chi nhánh huyện": lower-case words closed at once by an area word.
  e = lowerWordsToArea(tokens, e, limit);
  // "Viettel Tây Ninh và VNPT Tây Ninh": a brand's abbreviation after "và" opens a second name, not a half of this one.
  for (let k = i + 2; k < e - 1; k++) if (tokens[k]!.norm === 'và' && isAbbreviation(tokens[k + 1]!.text)) { e = k; break; }
  if (e === i + 1 && !isAbbreviation(t!.text)) return -1;
  // A stopword or a document's type inside ("Sau Hội nghị", "Trên Cổng"): words of a clause, not a name.
  for (let k = i + 1; k < e; k++) if (NAME_STOPS.has(tokens, k, e) || TYPE_WORDS.has(tokens, k, e) || /^\d/.test(tokens[k]!.text)) return -1;
  return e;
}

/** Every word from i to e capitalised and a Vietnamese syllable: the shape of a place's name ("Yên Na", "Tam Đình"). */
function placeShaped(tokens: readonly Token[], i: number, e: number): boolean {
  for (let k = i; k < e; k++) if (!isCapWord(tokens[k]) || isAbbreviation(tokens[k]!.text)) return false;
  return true;
}

/** A unit named by its place in a list at i ("Cổng Thông tin điện tử tỉnh"), with the areas written after it; else null. */
export function listedMemberAt(tokens: readonly Token[], i: number, limit: number): UnitMention | null {
  let e = listedNameEnd(tokens, i, limit);
  if (e < 0) return null;
  let refs = parseAreaRefs(tokens, e, limit);
  // "Viettel Bắc Giang": a place's name with no type word is the name's own, as in "Báo Bắc Giang".
  if (refs && refs.refs.every((r) => r.bare)) {
    e = refs.end;
    refs = null;
  }
  // "…, Tam Quang, Yên Na": capitalised syllables alone, with no area after them, are a place's name (the unit before
  // them made over more places), not a unit's.
  if (!refs && placeShaped(tokens, i, e)) return null;
  const to = refs ? refs.end : e;
  const name = printed(tokens, i, e);
  const head: UnitHead = { canonical: name, phrases: [], kind: 'agency', shape: 'body', ownName: true };
  return {
    head, tail: null, name: null, nameSpan: null, areas: refs ? refs.refs : [], owner: null, moreOwners: [], plural: false, office: null,
    subward: null, from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end, central: false, tails: null, village: null,
  };
}

/** After a listed member ending at `to`: list glue, the clause's end, or (when `predicate` says one is there) its verb. */
export function closesMember(tokens: readonly Token[], to: number, limit: number): boolean {
  const t = tokens[to];
  return !t || to >= limit || !!glueAt(tokens, to, limit) || t.text === '.' || t.text === ';' || t.text === ':';
}
