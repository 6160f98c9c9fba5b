import { fold } from '../../model/keys.js';
import { ALONE_WEIGHT, NOT_ISSUER_HEADS, OWN_EVIDENCE_WEIGHTS, TERRITORY_WORDS, type OwnEvidence } from '../vocabulary/own-issuer.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { AREA_WORDS } from '../vocabulary/units.js';
import type { OwnCandidate } from './own-issuer-candidates.js';
import { unitAt } from './text-identity.js';
import type { AreaRef, UnitMention } from './unit-mention.js';

/**
 * The own issuer of a document without a header, chosen among the candidates its text offers
 * (own-issuer-candidates.ts). Candidates that name one body (same kind, same level, no two names)
 * form a group; a group scores the weights of its kinds of evidence, each kind once
 * (vocabulary/own-issuer.ts). The chain's answer stands unless the evidence against it is strong:
 *
 * - it names no issuing body (a newspaper, "chính quyền …"), or there is none: the best group that
 *   two kinds of evidence agree on is taken instead;
 * - only one kind of evidence names it, and two or more (besides the symbol, which names a kind of
 *   body only) agree on another body that scores higher.
 *
 * The choice is then completed: a body written with its level word only ("Hội LHPN huyện") takes
 * its place from a member of its group that names it, else from the one place of that level the
 * document names.
 */

const NOT_ISSUERS = new Set(NOT_ISSUER_HEADS.map((h) => h.toLowerCase()));

type Level = AreaRef['level'] | NonNullable<UnitMention['head']['level']>;

function bodyOf(m: UnitMention): UnitMention {
  return m.head.shape === 'part' && m.owner ? m.owner : m;
}

function levelOf(m: UnitMention): Level | null {
  return m.areas[0]?.level ?? m.head.level ?? null;
}

function nameOf(m: UnitMention): string | null {
  const n = m.name ?? m.areas.find((a) => a.name)?.name ?? null;
  return n ? fold(n) : null;
}

/** The kind of body a head names: "Đảng ủy xã", "Đảng bộ xã" and "Ban Chấp hành Đảng bộ xã" are one Party committee. */
function kindOf(m: UnitMention): string {
  return m.head.kind === 'party-committee' ? m.head.kind : fold(m.head.canonical);
}

/** An organ named by its head alone ("Ban Thường vụ" read from "Ban Thường vụ đề nghị …"): no body of its own. */
function bareOrgan(m: UnitMention): boolean {
  return m.head.shape === 'part' && !m.owner && !m.name && m.areas.length === 0;
}

function sameBody(a: UnitMention, b: UnitMention): boolean {
  const x = bodyOf(a);
  const y = bodyOf(b);
  if (kindOf(x) !== kindOf(y)) return false;
  const lx = levelOf(x);
  const ly = levelOf(y);
  if (lx && ly && lx !== ly) return false;
  const nx = nameOf(x);
  const ny = nameOf(y);
  return !nx || !ny || nx === ny;
}

/** A body that can issue a document: not a newspaper, not "chính quyền", not several bodies. */
export function issuesDocuments(m: UnitMention): boolean {
  const b = bodyOf(m);
  return !NOT_ISSUERS.has(b.head.canonical.toLowerCase()) && !m.plural && !b.plural && !m.head.collective;
}

interface Group {
  members: OwnCandidate[];
  kinds: Set<OwnEvidence>;
  score: number;
}

function groupsOf(candidates: readonly OwnCandidate[], symbol: UnitMention | null): Group[] {
  const groups: Group[] = [];
  for (const c of candidates) {
    if (!issuesDocuments(c.mention) && c.evidence !== 'chain') continue;
    const g = groups.find((x) => x.members.every((y) => sameBody(y.mention, c.mention)));
    if (g) g.members.push(c);
    else groups.push({ members: [c], kinds: new Set(), score: 0 });
  }
  for (const g of groups) {
    for (const c of g.members) g.kinds.add(c.evidence);
    if (symbol && kindOf(bodyOf(g.members[0]!.mention)) === kindOf(symbol)) g.kinds.add('symbol');
    g.score = [...g.kinds].reduce((s, k) => s + OWN_EVIDENCE_WEIGHTS[k], 0);
  }
  return groups;
}

/** The member that says most: the heaviest evidence, then the first in the text. */
function spokesman(g: Group): UnitMention {
  return [...g.members].sort((a, b) => OWN_EVIDENCE_WEIGHTS[b.evidence] - OWN_EVIDENCE_WEIGHTS[a.evidence] || a.mention.start - b.mention.start)[0]!.mention;
}

/** A place the text names, and the word it is named with ("xã"). */
interface Place {
  name: string;
  word: string | null;
}

/**
 * `m` with its body's place named `name` at `level`; an area of no type word (a capacity's level told by its
 * superior, bare-capacity.ts) takes the word the text names the place with.
 */
function withPlace(m: UnitMention, { name, word }: Place, level: Level): UnitMention {
  const b = bodyOf(m);
  const k = b.areas.findIndex((a) => a.level === level && !a.name && !a.plural);
  const typed = (a: AreaRef): AreaRef => {
    const w = a.words.length === 0 && word ? AREA_WORDS.find((x) => x.phrases.includes(word)) : undefined;
    return w ? { ...a, name, types: w.types, words: [word!] } : { ...a, name };
  };
  let named: UnitMention | null = null;
  if (k >= 0) named = { ...b, areas: b.areas.map((a, i) => (i === k ? typed(a) : a)) };
  else if (b.areas.length === 0 && b.head.level === level && !b.name) {
    // "Đảng ủy" names a xã, a phường or a thị trấn: the place keeps the word the text names it with, or it resolves
    // as the head's first kind ("Đảng ủy phường Kỳ Tân" for "xã Kỳ Tân"). "Huyện ủy" names one kind: the name alone.
    const w = word && (b.head.areaTypes?.length ?? 0) > 1 ? AREA_WORDS.find((x) => x.phrases.includes(word) && x.level === level) : undefined;
    named = w
      ? { ...b, areas: [{ level: w.level, types: w.types, name, nameSpan: null, plural: false, count: null, grassroots: false, range: false, words: [word!] }] }
      : { ...b, name };
  }
  if (!named) return m;
  return b === m ? named : { ...m, owner: named };
}

// No lookbehind or optional group at their start: V8 then looks for where they may begin by their first
// letters (bounded-pattern.ts tells why); the letter before a match and a plural "các" are checked by hand.
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/(tỉnh)[ ]+((?:\p{Lu}[\p{L}\p{M}']*[ ]?){1,3})/gu, 'province'],
  [/(huyện|quận|thị xã)[ ]+((?:\p{Lu}[\p{L}\p{M}']*[ ]?){1,3})/gu, 'district'],
  [/(xã|phường|thị trấn)[ ]+((?:\p{Lu}[\p{L}\p{M}']*[ ]?){1,3})/gu, 'ward'],
];
const LETTER = /\p{L}/u;
const PLURAL_BEFORE = /(?:các|những|hai)[ ]+$/u;
/**
 * "Hợp tác xã Nông nghiệp Thạch Liên": a cooperative, not a commune named "Nông"; "thị xã Sông Cầu": a town, of
 * the district's level, not a commune.
 */
const NOT_LEVEL_BEFORE = /(?:hợp[ ]+tác|(?<![\p{L}])thị)[ ]+$/iu;

/** A news lead's place tag: "Tuyên Quang - Ban Thường trực …", "(TTXVN) Hà Nội - …". */
const LEAD_TAG = /(?:^|\n)[ ]*(?:\([^)\n]{1,20}\)[ ]*)?(\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,3})[ ]?[-–][ ]/u;

/**
 * The place of `level` the document names ("thuộc huyện Minh Hóa"): the only one, or of several the one
 * its lead's place tag agrees on.
 */
export function documentPlace(text: string, level: Level): Place | null {
  const entry = LEVEL_WORDS.find(([, l]) => l === level);
  if (!entry) return null;
  const names = new Map<string, Place>();
  const re = entry[0];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue;
    if (PLURAL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || NOT_LEVEL_BEFORE.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    const name = m[2]!.trim();
    names.set(fold(name), { name, word: m[1]! });
  }
  // A province is taken only as the lead's tag names it: a report names other provinces than its own.
  if (names.size <= 1 && level !== 'province') return names.values().next().value ?? null;
  const tag = LEAD_TAG.exec(text);
  if (tag) return names.get(fold(tag[1]!)) ?? null;
  return level === 'province' ? governedProvince(text, names) : null;
}

/**
 * "Các sở, ngành, UBND các huyện, thành, thị trên địa bàn tỉnh Phú Thọ báo cáo …": the one province the text names as
 * the ground its units work on (TERRITORY_WORDS) is the document's own, whatever other provinces it names.
 */
const GOVERNED = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(TERRITORY_WORDS)})[ \n]+(tỉnh)[ \n]+((?:\p{Lu}[\p{L}\p{M}']*[ ]?){1,3})`, 'gu');

function governedProvince(text: string, names: ReadonlyMap<string, Place>): Place | null {
  const governed = new Set<string>();
  for (const m of text.matchAll(GOVERNED)) governed.add(fold(m[2]!.trim()));
  const [only] = governed;
  return governed.size === 1 && only ? names.get(only) ?? null : null;
}

/** The choice completed with its place, when it writes only its level word. */
function placed(m: UnitMention, group: Group | null, text: string): UnitMention {
  const b = bodyOf(m);
  const level = levelOf(b);
  if (nameOf(b) || !level) return m;
  const namer = group?.members.map((c) => bodyOf(c.mention)).find((x) => nameOf(x) && levelOf(x) === level);
  const place = namer ? { name: namer.name ?? namer.areas.find((a) => a.name)!.name!, word: null } : documentPlace(text, level);
  return place ? withPlace(m, place, level) : m;
}

/** "… thông báo ý kiến kết luận của X", "… thông báo để … biết": the office's notice, and the body it concludes for. */
const OFFICE_NOTICE = /^[ ]{1,2}(?:(?:xin|trân trọng)[ ]{1,2})?thông[ ]báo(?![\p{L}])(?:[ ]{1,2}(?:ý[ ]kiến[ ]{1,2})?(?:chỉ[ ]đạo[ ]{1,2})?kết[ ]luận[ ]{1,2}(?:của[ ]{1,2})?)?/u;

/**
 * A Party committee's office that speaks the notice ("Văn phòng Huyện ủy Thạch Hà thông báo để các tổ chức cơ sở
 * đảng biết, thực hiện", signed T/L BAN THƯỜNG VỤ, CHÁNH VĂN PHÒNG) gives its committee's conclusion, not a
 * document of its own: the organ that concluded, as the notice or a candidate names it (the Ban Thường vụ that met),
 * else the committee. A State office's notice (Văn phòng Chính phủ, Văn phòng UBND tỉnh) is its own document.
 */
function officeConcluding(text: string, current: UnitMention | null, candidates: readonly OwnCandidate[]): UnitMention | null {
  const owner = current && current.head.canonical === 'Văn phòng' && !current.plural ? current.owner : null;
  if (!owner || owner.plural || owner.head.kind !== 'party-committee') return null;
  const notice = OFFICE_NOTICE.exec(text.slice(current!.end, current!.end + 80).replace(/\n/gu, ' '));
  if (!notice) return null;
  const organOf = (m: UnitMention | null) => (m && m !== current && m.head.shape === 'part' && m.head.canonical !== 'Văn phòng' && m.owner && sameBody(m.owner, owner) ? m : null);
  const concluded = /kết[ ]luận/u.test(notice[0]) ? organOf(unitAt(text, current!.end + notice[0].length, text.length)) : null;
  const organ = concluded ?? candidates.map((c) => organOf(c.mention)).find((m) => m !== null) ?? null;
  const level = levelOf(owner);
  const place = nameOf(owner) && level ? { name: owner.name ?? owner.areas.find((a) => a.name)!.name!, word: owner.areas.find((a) => a.name)?.words[0] ?? null } : null;
  if (!organ) return owner;
  return place && !nameOf(bodyOf(organ)) ? withPlace(organ, place, level!) : organ;
}

export interface OwnChoice {
  mention: UnitMention | null;
  /** Another body than the chain's was chosen (a place completed is no override). */
  overridden: boolean;
}

/**
 * The own issuer: `current` (the chain's answer, counted among `candidates` as its own evidence)
 * unless the candidates outweigh it as described above. `symbol` is the body the document's own
 * symbol names by its kind only ("UBND" for "…/KH-UBND"), or null.
 */
export function chooseOwnIssuer(text: string, current: UnitMention | null, candidates: readonly OwnCandidate[], symbol: UnitMention | null): OwnChoice {
  const office = officeConcluding(text, current, candidates);
  if (office) return { mention: office, overridden: true };
  const groups = groupsOf(candidates, symbol);
  const own = current ? groups.find((g) => g.members.some((c) => c.mention === current)) ?? null : null;
  const others = groups.filter((g) => g !== own && issuesDocuments(g.members[0]!.mention)).sort((a, b) => b.score - a.score);
  const agreed = others.find((g) => g.kinds.size >= 2);
  // The symbol names a kind of body only: against a valid answer, two witnesses besides it are asked for.
  const witnesses = (g: Group) => [...g.kinds].filter((k) => k !== 'symbol').length;
  // Where nothing names a body, one strong witness may answer alone (the closing's "… của X").
  const alone = others.find((g) => [...g.kinds].some((k) => OWN_EVIDENCE_WEIGHTS[k] >= ALONE_WEIGHT));
  let chosen: UnitMention | null = current;
  let group = own;
  const unnamed = !current || !issuesDocuments(current) || bareOrgan(current);
  if (agreed && (unnamed || (own && witnesses(own) <= 1 && witnesses(agreed) >= 2 && agreed.score > own.score))) {
    chosen = spokesman(agreed);
    group = agreed;
  } else if (alone && unnamed) {
    chosen = spokesman(alone);
    group = alone;
  } else {
    // The signer's capacity names the own body's kind and level: a body sentence naming that kind at another
    // level or by another name ("Công an xã Thái Mỹ yêu cầu …" under "TRƯỞNG CÔNG AN HUYỆN") is another unit.
    const signer = own && witnesses(own) <= 1 && !own.kinds.has('signature') ? others.find((g) => g.kinds.has('signature') && kindOf(bodyOf(g.members[0]!.mention)) === kindOf(bodyOf(current!))) : undefined;
    if (signer) {
      chosen = spokesman(signer);
      group = signer;
    }
  }
  if (!chosen) return { mention: null, overridden: false };
  return { mention: placed(chosen, group, text), overridden: chosen !== current };
}
