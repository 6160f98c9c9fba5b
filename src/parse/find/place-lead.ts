import type { DocType } from '../../model/record.js';
import { PLACE_LEAD_LEVELS } from '../vocabulary/identity.js';
import { tokenize } from '../tokens.js';
import { dateAt, type FoundDate } from './dates.js';
import { numberRegex, readNumber, type DocNumber } from './number.js';
import { UNIT_HEADS } from '../vocabulary/units.js';
import { parseAreaRefs } from './area-refs.js';
import { syntheticMention, type UnitMention } from './units.js';
import { unitIssuing } from './issued-by-after.js';
import { TYPE_ALT, typeOfWord } from './text-identity.js';

/**
 * A news lead may name its document's issuer by its place alone: "…, huyện Ba Tri vừa có Đề án số
 * 03-ĐA/HNDH ngày 05/3/2024 về …", "Thành phố Hội An vừa ban hành Kế hoạch số …". The number, type and
 * date are the article's document all the same; the issuer is the body that, further on, the text
 * says issued a document of that type ("Đề án do Ban Thường vụ Hội Nông dân huyện ban hành …"), its
 * place the lead's when it names none of its own, or else the body its symbol's code names in that place
 * ("88/KH-UBND": the people's committee). No unit before the verb, the lead was not read.
 */

// The level word as printed at a sentence's start too ("Thành phố Hội An vừa …"); the name in capitalised words.
const LEVELS = PLACE_LEAD_LEVELS.flatMap((l) => [l, l[0]!.toUpperCase() + l.slice(1)]);
const PLACE = String.raw`(?:${LEVELS.join('|')})[ ]{1,3}\p{Lu}\p{Ll}*(?:[ ]{1,3}\p{Lu}\p{Ll}*){0,3}`;
/** The place at the start of the lead or right after its opening clause's comma, then the announcing verb. */
const PLACE_LEAD = new RegExp(String.raw`(?:^|\n|,[ ]{1,3}|[-–][ ]{1,3})(${PLACE})[ ]{1,3}(?:vừa|mới|đã)[ ]{1,3}(?:có|ký[ ]{1,3}ban hành|ban hành)[ ]{1,3}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** How far into the article the lead is looked for. */
const LEAD_CHARS = 1500;

export interface PlaceLead {
  num: { num: DocNumber; start: number; end: number };
  type: { type: DocType; span: [number, number] };
  date: FoundDate | null;
  issuer: UnitMention | null;
}

const ISSUED = /^[ ]{1,3}(?:ký[ ]{1,3})?ban hành(?![\p{L}])/u;

/** `<type word> (này) do <unit> (ký) ban hành` anywhere in the text: the body that issued a document of that type. */
function issuedByAnywhere(text: string, word: string): UnitMention | null {
  const re = new RegExp(String.raw`(?<![\p{L}])${word}(?:[ ]{1,3}này)?[ ]{1,3}do[ ]{1,3}`, 'giu');
  for (const m of text.matchAll(re)) {
    const unit = unitIssuing(text, m.index + m[0].length, 200, ISSUED)?.mention;
    if (unit && !unit.plural) return unit;
  }
  return null;
}

/** The lead's place as the issuer's where the issuer names its level only ("Hội Nông dân huyện" under "huyện Ba Tri"). */
function placedIn(unit: UnitMention, place: { word: string; name: string; span: [number, number] }): UnitMention {
  const own = unit.owner ?? unit;
  const at = own.areas.findIndex((a) => a.name === null && a.words.some((w) => w.toLowerCase() === place.word));
  if (at < 0) return unit;
  const areas = own.areas.map((a, k) => (k === at ? { ...a, name: place.name, nameSpan: place.span } : a));
  return unit.owner ? { ...unit, owner: { ...unit.owner, areas } } : { ...unit, areas };
}

export function placeLead(text: string, from: number, to: number): PlaceLead | null {
  const stretch = text.slice(from, Math.min(to, from + LEAD_CHARS));
  const m = PLACE_LEAD.exec(stretch);
  if (!m) return null;
  const numAt = from + m.index + m[0].length;
  const re = numberRegex('gu');
  re.lastIndex = numAt;
  const n = re.exec(text);
  if (!n || n.index !== numAt) return null;
  const num = { num: readNumber(n), start: numAt, end: numAt + n[0].length };
  const type = typeOfWord(m[2]!) ?? num.num.docType;
  if (!type) return null;
  const typeStart = from + m.index + m[0].lastIndexOf(m[2]!);
  const dated = /^[ ,(]{0,3}(?=ngày[ ])/iu.exec(text.slice(num.end, num.end + 8));
  const date = dated ? dateAt(text, num.end + dated[0].length) : null;
  // The place: its level word, then its name.
  const placeStart = from + m.index + m[0].indexOf(m[1]!);
  const lvl = PLACE_LEAD_LEVELS.find((l) => m[1]!.toLowerCase().startsWith(l.toLowerCase() + ' '))!;
  const nameStart = placeStart + m[1]!.slice(lvl.length).search(/\S/u) + lvl.length;
  const place = { word: lvl.toLowerCase(), name: text.slice(nameStart, placeStart + m[1]!.length), span: [nameStart, placeStart + m[1]!.length] as [number, number] };
  const by = issuedByAnywhere(text, m[2]!);
  const issuer = by ? placedIn(by, place) : codedIn(text, num.num, placeStart, placeStart + m[1]!.length);
  return { num, type: { type, span: [typeStart, typeStart + m[2]!.length] }, date: date?.iso ? date : null, issuer };
}

/** State issuer codes naming the people's committee or council of whatever area issues under them. */
const AREA_BODY_CODES: Readonly<Record<string, string>> = { UBND: 'UBND', HĐND: 'HĐND' };

/**
 * "Thành phố Hội An vừa ban hành Kế hoạch số 88/KH-UBND …" and no sentence naming the issuer: the symbol's
 * code names the body (the people's committee), the lead its place.
 */
function codedIn(text: string, num: DocNumber, from: number, to: number): UnitMention | null {
  const canonical = num.family === 'state' ? AREA_BODY_CODES[num.issuerCode?.toUpperCase() ?? ''] : undefined;
  const head = canonical ? UNIT_HEADS.find((h) => h.canonical === canonical) : undefined;
  if (!head) return null;
  const tokens = tokenize(text, from, to);
  const areas = parseAreaRefs(tokens, 0, tokens.length);
  if (!areas || areas.end !== tokens.length || areas.refs.length !== 1 || !areas.refs[0]!.name) return null;
  return { ...syntheticMention(head), areas: areas.refs, from: 0, to: tokens.length, start: from, end: to };
}
