import { lookup, type PlaceLevel } from '../gazetteer.js';
import { tokenize, type Token } from '../tokens.js';
import { parseUnitAt, type UnitMention } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * The issuer of a cited document where the plain "<number> của <issuer>" reading falls short:
 *
 * - written before the number: "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số …",
 *   "Theo đề nghị của Sở Nội vụ tại Tờ trình số …";
 * - a name with commas: "Bộ Lao động, Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch";
 * - a capitalised word of the next clause read as a place: "của UBND tỉnh Phê duyệt …" is the
 *   UBND of the province, not of a place called "Phê".
 */
export interface IssuerTokens {
  mention: UnitMention;
  tokens: Token[];
}

// "… qua kiểm tra của Chi cục Thủy lợi tỉnh (Báo cáo số …)": a bracket opened on the document does as "tại".
const BEFORE = /(?<![\p{L}])của\s{1,2}((?:(?!(?<![\p{L}])của\s)[^;:\n()]){2,160}?)\s{1,2}(?:\(?(?:tại|theo)\s{1,2}|\(\s{0,2})$/u;

/** "của <issuer> tại", "của <issuer> (" right before a citation (its type word or number). */
export function issuerWrittenBefore(text: string, sentenceStart: number, start: number): IssuerTokens | null {
  const from = Math.max(sentenceStart, start - 200);
  const m = BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const nameStart = from + m.index + m[0].indexOf(m[1]!, 3);
  const tokens = tokenize(text, nameStart, nameStart + m[1]!.length);
  const mention = parseUnitAt(tokens, 0);
  if (mention && mention.to < tokens.length) return topicBeforeLevel({ mention, tokens });
  // The whole stretch must be the issuer: "của Sở Nội vụ tại", not "của năm 2023 theo".
  return mention ? { mention, tokens } : null;
}

/**
 * "của Ban Chỉ đạo Lễ hội thành phố tại Thông báo số …": a steering committee's topic written in
 * capitals is read by the unit grammar as a place with no level word ("Lễ"), and the level after it
 * is left over. When the gazetteer knows no such place and the head takes a topic, the words up to the
 * level word are the topic and the level the committee's area. Only a reading that spans the whole
 * stretch is taken; anything else is null, as before.
 */
function topicBeforeLevel(phrase: IssuerTokens): IssuerTokens | null {
  const { mention, tokens } = phrase;
  const area = mention.areas.length === 1 ? mention.areas[0]! : null;
  if (mention.head.tail !== 'topic' || mention.tail !== null || !area?.bare || !area.nameSpan || !area.name || known(area.name)) return null;
  const first = tokens.findIndex((t) => t.start === area.nameSpan![0]);
  if (first < 1) return null;
  for (let k = first + 1; k < tokens.length && k <= first + 6; k++) {
    const joined = [...tokens.slice(0, first), ...tokens.slice(k)];
    const wider = parseUnitAt(joined, 0);
    if (!wider || wider.to !== joined.length || wider.tail !== null || wider.areas.length === 0 || wider.areas.some((a) => a.bare)) continue;
    const tail = tokens.slice(first, k).map((t) => t.text).join(' ');
    return { mention: { ...wider, tail }, tokens: joined };
  }
  return null;
}

/** ", Thương binh và Xã hội": the rest of a name written with a comma, up to its "và <Name>". */
const COMMA_NAME = /^,[ ]{1,2}\p{Lu}[\p{Ll}]*(?:[ ]{1,2}[\p{L}]+){0,3}?[ ]{1,2}và[ ]{1,2}\p{Lu}/u;
const LEVELS: readonly PlaceLevel[] = ['province', 'district', 'ward'];

/** Names already looked up: a batch meets the same few place names again and again. Bounded. */
const KNOWN = new Map<string, boolean>();
const KNOWN_MAX = 4096;

function known(name: string): boolean {
  let k = KNOWN.get(name);
  if (k === undefined) {
    k = LEVELS.some((level) => lookup(name, level).places.length > 0);
    if (KNOWN.size >= KNOWN_MAX) KNOWN.clear();
    KNOWN.set(name, k);
  }
  return k;
}

/**
 * "Sở Giáo dục và Đào tạo Hà Nội": a province named straight after a department's name, with no
 * "tỉnh" or "thành phố", is read into the name by the unit grammar ("… Đào tạo Hà Nội"); it is the
 * department's province. Taken only when a word of the department's own name is left.
 */
function provinceOutOfTail(mention: UnitMention, tokens: readonly Token[]): UnitMention {
  if (mention.head.shape !== 'body' || !mention.tail || mention.owner || mention.areas.length > 0 || mention.name) return mention;
  const end = mention.to;
  for (let k = Math.max(mention.from + 2, end - 3); k < end; k++) {
    const words = tokens.slice(k, end);
    if (!words.every((t) => OPENS_CAPITAL.test(t.text))) continue;
    const name = words.map((t) => t.text).join(' ');
    if (lookup(name, 'province').places.length !== 1) continue;
    const cut = parseUnitAt(tokens, mention.from, k);
    if (!cut || cut.to !== k) return mention;
    return {
      ...cut, to: end, end: tokens[end - 1]!.end,
      areas: [{ level: 'province', types: [], name, nameSpan: [tokens[k]!.start, tokens[end - 1]!.end], plural: false, count: null, grassroots: false, range: false, words: [], bare: true }],
    };
  }
  return mention;
}

/**
 * "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện", "Ban Pháp chế HĐND tỉnh": a committee of a council
 * is the council's organ, named with it. The unit grammar reads "Ban Kinh tế - Xã hội" and stops;
 * the council after it is made its owner, as "Đảng đoàn Hội đồng nhân dân tỉnh" is read.
 */
function councilCommittee(mention: UnitMention, tokens: readonly Token[]): UnitMention {
  if (mention.head.canonical !== 'Ban' || !mention.tail || mention.owner || mention.areas.length > 0 || mention.name) return mention;
  const council = parseUnitAt(tokens, mention.to);
  if (!council || council.head.kind !== 'people-council' || council.head.shape !== 'body') return mention;
  return {
    ...mention, head: { ...mention.head, canonical: `Ban ${mention.tail}`, shape: 'part', tail: undefined }, tail: null,
    owner: council, to: council.to, end: council.end,
  };
}

/** The issuer phrase made right: commas inside its name kept, a glued word of the next clause dropped. */
export function refineIssuer(text: string, phrase: IssuerTokens): IssuerTokens {
  let { mention, tokens } = phrase;
  mention = councilCommittee(mention, tokens);
  const end = tokens[mention.to - 1]!.end;
  if (mention.head.tail && COMMA_NAME.test(text.slice(end, end + 60))) {
    const comma = mention.to;
    const joined = [...tokens.slice(0, comma), ...tokens.slice(comma + 1)];
    const wider = parseUnitAt(joined, 0);
    if (wider && wider.to > comma) {
      // Token indices are those of `joined`; hand back tokens in which they mean the same.
      mention = wider;
      tokens = joined;
    }
  }
  mention = provinceOutOfTail(mention, tokens);
  // "UBND tỉnh Phê duyệt …", "UBND tỉnh Thanh Hóa Về việc …": capitalised words of the next clause
  // read as part of a place name. A name the gazetteer does not know loses its last words while a
  // shorter one is known; a single unknown syllable before a lower-case word goes.
  const area = mention.areas[mention.areas.length - 1];
  const span = mention.nameSpan ?? area?.nameSpan ?? null;
  const name = mention.name ?? area?.name ?? null;
  const first = span ? tokens.findIndex((t) => t.start === span[0]) : -1;
  if (span && name && first >= 0 && tokens[mention.to - 1]!.end === span[1] && !known(name)) {
    let limit = -1;
    for (let k = mention.to - 1; k > first && k >= mention.to - 2; k--) {
      if (known(tokens.slice(first, k).map((t) => t.text).join(' '))) { limit = k; break; }
    }
    const next = tokens[mention.to];
    if (limit < 0 && mention.to === first + 1 && next?.word && OPENS_SMALL.test(next.text)) limit = first;
    const cut = limit >= 0 ? parseUnitAt(tokens, 0, limit) : null;
    if (cut) mention = cut;
  }
  return { mention, tokens };
}
