import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { AREA_QUALIFIERS, NAMED_IN_ARTICLE, PLACE_BESIDE_WORDS, PLACE_FEATURE_LEADS, PLACE_FEATURE_ROADS, PLACE_HAVING_LEADS } from '../vocabulary/units.js';
import { NAME_STOPS } from './unit-words.js';

const FIXED = phraseSet(AREA_QUALIFIERS);
const NAMED_IN = phraseSet(NAMED_IN_ARTICLE);
const BESIDE = phraseSet(PLACE_BESIDE_WORDS);
const ROADS = phraseSet(PLACE_FEATURE_ROADS);
const FEATURE_LEADS = phraseSet(PLACE_FEATURE_LEADS);
const HAVING_LEADS = phraseSet(PLACE_HAVING_LEADS);

const lower = (t: Token | undefined): boolean => !!t && t.word && /^\p{Ll}/u.test(t.text);
const capital = (t: Token | undefined): boolean => !!t && t.word && t.upper;
const named = (t: Token | undefined): boolean => !!t && t.word && (t.upper || /^\d/.test(t.text));

/**
 * Words after plural places that say which of them, part of the unit's name: a fixed phrase ("các xã,
 * thị trấn ven biển", "các xã biên giới") or "ven" and what the places lie along, with its own name
 * when it has one ("các xã ven đê", "các xã ven sông Luộc", "các xã ven quốc lộ 5"). Lost, the unit
 * became every commune of the district. The index after them, or null.
 */
export function whichPlacesEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  const e = oneWhichEnd(tokens, j, limit);
  // "các xã, phường ven biển và vùng trũng thấp": a second qualifier after "và", of the same places.
  if (e === null || tokens[e]?.norm !== 'và' || e + 1 >= limit) return e;
  return oneWhichEnd(tokens, e + 1, limit) ?? e;
}

function oneWhichEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  const fixed = FIXED.match(tokens, j, limit);
  if (fixed) return fixed.end;
  const article = namedInArticleEnd(tokens, j, limit);
  if (article !== null) return article;
  const beside = BESIDE.match(tokens, j, limit);
  if (!beside) return namedRangeEnd(tokens, j, limit) ?? featureEnd(tokens, j, limit);
  if (!lower(tokens[beside.end])) return null;
  const road = ROADS.match(tokens, beside.end, limit);
  let k = road ? road.end : beside.end + 1;
  // The feature's own name: "sông Luộc", "quốc lộ 39A"; three words at most.
  const from = k;
  while (k < limit && k - from < 3 && named(tokens[k])) k++;
  return k;
}

/**
 * "các huyện có tên tại Điều 2", "các cơ quan, đơn vị có tên tại Điều 1": which of them, by the article that
 * lists them, part of the unit's name; read apart, the list of the execution article ended there and lost
 * the units after it ("… và các ông (bà) có tên tại Điều 1"). The index after the article's number, or null.
 */
export function namedInArticleEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  const m = NAMED_IN.match(tokens, j, limit);
  const n = m && m.end < limit ? tokens[m.end]!.text : '';
  return m && /^\d{1,2}$/.test(n) ? m.end + 1 : null;
}

/**
 * "các xã có rừng (…)", "các đảng ủy xã vùng mía huy động …": which places, by the one thing they have or grow. Only one
 * syllable, and only where the clause goes on at once after it (a verb of the tables, a bracket, a comma, the end):
 * "các xã có kế hoạch di dời …" is the communes having a plan, the clause's own words.
 */
function featureEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  const feature = FEATURE_LEADS.match(tokens, j, limit);
  const having = feature ? null : HAVING_LEADS.match(tokens, j, limit);
  const k = feature?.end ?? having?.end ?? -1;
  if (k < 0 || k >= limit || !lower(tokens[k]) || NAME_STOPS.has(tokens, k, limit)) return null;
  // "vùng đồng bằng sông Cửu Long": a region's lower-case words up to its name; "vùng mía đưa …" stops at the syllable.
  if (feature) return regionEnd(tokens, k, limit) ?? k + 1;
  const next = tokens[k + 1];
  const closed = k + 1 >= limit || !next || next.text === '(' || next.text === ',' || NAME_STOPS.has(tokens, k + 1, limit);
  return closed ? k + 1 : null;
}

function regionEnd(tokens: readonly Token[], k: number, limit: number): number | null {
  let v = k;
  while (v < limit && v - k < 4 && lower(tokens[v]) && !NAME_STOPS.has(tokens, v, limit)) v++;
  const from = v;
  while (v < limit && v - from < 3 && named(tokens[v])) v++;
  return v > from && v > k + 1 ? v : null;
}

/**
 * "các tỉnh từ Thanh Hóa đến Quảng Bình", "các xã từ Cửa Tùng tới Cửa Việt": the places between two named ones, part of
 * the unit's name; read apart, the unit was every province. Where the second name ends, or null.
 */
function namedRangeEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  if (tokens[j]?.norm !== 'từ') return null;
  let k = j + 1;
  const first = k;
  while (k < limit && k - first < 3 && capital(tokens[k])) k++;
  if (k === first || (tokens[k]?.norm !== 'đến' && tokens[k]?.norm !== 'tới')) return null;
  const second = ++k;
  while (k < limit && k - second < 3 && capital(tokens[k])) k++;
  return k > second ? k : null;
}
