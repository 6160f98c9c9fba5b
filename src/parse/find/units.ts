import { fold } from '../../model/keys.js';
import { FirstWords, phraseSet, type PhraseMatch } from '../phrases.js';
import { capitalizeFirst, isAllCaps } from '../text.js';
import { type Token, isDash, tokenize } from '../tokens.js';
import { COMMITTEE_MEMBER_WORDS, COOPERATIVE_KINDS, FORCE_SECTORS, HAVING_WORDS, OFFICE_WORDS, PLURAL_WORDS, RELATED_WORDS, SCHOOL_KINDS, UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';
import { committeeAt, isCount, parseAreaRefs } from './area-refs.js';
import { bracketedHolder } from './bracketed-post.js';
import { lowerNameEnd, lowerWordsToArea, lowerWorkToOwnName, pluralWorkToArea } from './lower-name.js';
import { capsInnerSyllable } from './caps-inner.js';
import { fromCapitals } from './caps-name.js';
import { chargeIsWork } from './charge.js';
import { boardOwner, elidedCommittees } from './committees.js';
import { definedUnitAt, isDefinedUnit } from './defined-units.js';
import { ENTERPRISE, cooperativeNameEnd, enterpriseForm, enterpriseNameEnd, lowerKindEnd, startsEnterprise } from './enterprise-name.js';
import { CELL_MEMBERS, DEPUTY, MEMBER_OFFICE, fieldInChargeEnd, inChargeEnd, membersInCharge, officeAt, placesInChargeEnd, postInCharge } from './in-charge.js';
import { issuerKindEnd } from './issuer-organ.js';
import { capsGroup, capsRun, capsTail, endsBare, namesAfterColon, placeSyllable, topicTail } from './name-shape.js';
import { dashedPlaceAt, provinceNameEnd } from './place-names.js';
import { capsFieldBeforePlace } from './caps-field.js';
import { residentialListEnd } from './residential-list.js';
import { readCell } from './union-cell.js';
import { type AreaRef, type UnitMention, syntheticMention } from './unit-mention.js';
import { AREAS, BELONGS, CENTRE, GENERIC_HEADS, GRASSROOTS, HEADS, NAME_STOPS, NONUNITS, OFFICES, PLURALS, REF_LEADS, glueAt, isCapWord, printed } from './unit-words.js';
import { villageHeadPost } from './village-head.js';
import { villageBoardAt } from './village-board.js';
import { numberedTeamEnd } from './numbered-team.js';
import { namedVillagesEnd } from './named-villages.js';
import { namedSchoolsEnd } from './named-schools.js';
import { isSchoolHead, numberedPlaceEnd } from './numbered-school.js';
import { namedBodiesEnd } from './named-bodies.js';
import { unionSectorEnd } from './union-sector.js';
import { bareAssociationAt } from './bare-association.js';
import { enterpriseOfAssociation } from './enterprise-association.js';
import { policeClosedEnd } from './police-closed-name.js';
import { schoolGradesEnd } from './school-grades.js';
import { jointSchoolEnd } from './joint-school.js';
import { afterVillageNumber, numberedVillageEnd, villageNumberAt } from './numbered-village.js';
import { committeePlace, committeePlaces, moreVillageNamesEnd, villageKindAt, villageNameEnd, villageNumbersEnd, villageWordAt } from './villages.js';
import { namedInArticleEnd, whichPlacesEnd } from './which-places.js';
import { agencyWordEnd, organOfCommittee } from './organ-office.js';
import { centralPlaceEnd } from './central-place.js';
import { regionEnd } from './region-name.js';
import { allLevelsEnd } from './all-levels.js';
import { committeeKindWord } from './committee-kinds.js';
import { groupKindEnd } from './group-kind.js';

export { GLUE, glueAt } from './unit-words.js';
export { syntheticMention, type AreaRef, type UnitMention } from './unit-mention.js';

/**
 * The unit grammar: how a document writes an organisation, read over tokens.
 *
 *   mention   := office* plural? office* head tail? owner? (area-refs | committee-name)? subward?
 *   area-refs := ("thuộc" | "trực thuộc" | "của" | "ở")? area-ref ((, | và | –) area-ref)*
 *              | "từ" area-ref ("đến" | "tới") "cơ sở"
 *   area-ref  := plural? area-word place-name? | "cơ sở"
 *
 * "Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 quận và các phường" is one head with a topic
 * tail and two area refs; "Chủ tịch UBND phường" is an office over UBND with one ward ref.
 * A mention is not yet resolved: src/parse/resolve/orgs.ts gives it a name, an area and a key.
 *
 * This module holds the grammar's entry points (parseUnitAt, mayStartUnit, areaBodyAt, distribute);
 * the parts it reads live beside it: unit-words.ts (the phrase tables), name-shape.ts (a name's words
 * after its head), area-refs.ts, enterprise-name.ts, committees.ts (committees and the boards they
 * own), in-charge.ts (posts and members "phụ trách"), villages.ts, unit-mention.ts (the record).
 */

const SUBWARD_LEADS = phraseSet(['ở', 'tại', 'trong']);
const SCHOOL_KIND = phraseSet(SCHOOL_KINDS);
const PARTY_OF_BODY = new Set(['Đảng ủy', 'Đảng bộ']);
const POLICE_TEAM_HEADS = new Set(['Đội', 'Phòng']);
const MEMBER_COMMITTEES = new Map(COMMITTEE_MEMBER_WORDS.map(([w, c]) => [fold(w), UNIT_HEADS.find((h) => h.canonical === c)!] as const));
const POLICE = phraseSet(['công an']);
const RELATED = phraseSet(RELATED_WORDS);
const HAVING = phraseSet(HAVING_WORDS);
const COUNCIL = phraseSet(['HĐND', 'hội đồng nhân dân']);
const SECTORS = phraseSet(FORCE_SECTORS);
const CUC = UNIT_HEADS.find((h) => h.canonical === 'Cục')!;
const BRANCH = phraseSet(['chi nhánh']);
const DEPUTY_GROUPS = UNIT_HEADS.find((h) => h.canonical === 'Tổ đại biểu')!;
const DEPUTIES = UNIT_HEADS.find((h) => h.canonical === 'đại biểu HĐND')!;
const COUNCIL_HEAD = UNIT_HEADS.find((h) => h.canonical === 'HĐND')!;
const BOARD = UNIT_HEADS.find((h) => h.canonical === 'Ban' && h.generic)!;
const SCHOOL = UNIT_HEADS.find((h) => h.canonical === 'Trường' && h.generic)!;
const CUC_OF_PROVINCE: UnitHead = { ...CUC, shape: 'body', level: 'province' };
/** Every word a head, an office or a plural can start with: asked first, it rules out most tokens of a body at once. */
const UNIT_FIRST_WORDS = new FirstWords([HEADS, OFFICES, PLURALS]);
/**
 * First words of heads written only with a capital ("Vụ Pháp chế", "Thanh tra huyện") and of nothing
 * else: in lower case ("nhiệm vụ", "thanh tra việc …") they start no unit, and are too common to try.
 */
const CAPITAL_ONLY_FIRST: ReadonlySet<string> = (() => {
  const first = (p: string) => tokenize(p)[0]!.norm;
  const capital = (h: UnitHead) => h.qualified || h.capitalOnly;
  const others = new Set([...UNIT_HEADS.filter((h) => !capital(h)).flatMap((h) => h.phrases), ...OFFICE_WORDS, ...PLURAL_WORDS].map(first));
  return new Set(UNIT_HEADS.filter(capital).flatMap((h) => h.phrases).map(first).filter((w) => !others.has(w)));
})();
/**
 * First words of heads that are heads only made plural ("các thôn", "Trưởng các bản") and of nothing else: a
 * unit of them starts at its plural or office word, never at them, and "bản" is in every "văn bản".
 */
const PLURAL_ONLY_FIRST: ReadonlySet<string> = (() => {
  const first = (p: string) => tokenize(p)[0]!.norm;
  const others = new Set([...UNIT_HEADS.filter((h) => !h.pluralOnly).flatMap((h) => h.phrases), ...OFFICE_WORDS, ...PLURAL_WORDS].map(first));
  return new Set(UNIT_HEADS.filter((h) => h.pluralOnly).flatMap((h) => h.phrases).map(first).filter((w) => !others.has(w)));
})();

/**
 * Up to three offices from token j ("Lãnh đạo", "Chủ tịch"): the last one printed (or `office`)
 * and where they end. A module function: parseUnitAt runs at every token of a body, and a closure
 * made on each call cost more than the look-ups.
 */
function headPastOffice(tokens: readonly Token[], j: number, end: number, limit: number): boolean {
  for (let k = j; k < end; k++) if ((HEADS.match(tokens, k, limit)?.end ?? 0) > end) return true;
  return false;
}

/**
 * `stopped`: the last look-up found no office to take at j (no office there, or a head running past it), rather than
 * three offices taken. Asked again at the same j, the look-ups would stop there again: parseUnitAt's second call, after
 * no plural moved j, is then left out (201 of its 218 office walks a round of the seeds were the first call's last one).
 */
function takeOffices(tokens: readonly Token[], j: number, limit: number, office: string | null): { office: string | null; j: number; stopped: boolean } {
  for (let n = 0; n < 3; n++) {
    const o = OFFICES.match(tokens, j, limit);
    if (!o) return { office, j, stopped: true };
    // "(các) thành viên có tên tại Điều 1": a head that opens inside an office's words and goes on past them is the head.
    if (headPastOffice(tokens, j, o.end, limit)) return { office, j, stopped: true };
    office = tokens.slice(j, o.end).map((t) => t.text).join(' ');
    j = o.end;
  }
  return { office, j, stopped: false };
}

/*
 * The last head walk, kept for the next ask at the same place: the scanners ask mayStartUnit at a token and then
 * parseUnitAt at the same token, and both walk the heads from there (a round of the seeds: 563 and 718 walks, 327 of
 * the second the first's again). Keyed by the token array itself, which is never changed once made (a stretch is a
 * new array, its tokens are read-only), and by the position and the limit, which are all a walk reads: the same key
 * gives the same walk. Holding the array keeps another array from taking its place while the slot is set.
 */
let headTokens: readonly Token[] | null = null;
let headFrom = -1;
let headLimit = -1;
let headMatch: PhraseMatch<UnitHead> | null = null;

function headWalk(tokens: readonly Token[], i: number, limit: number): PhraseMatch<UnitHead> | null {
  if (tokens === headTokens && i === headFrom && limit === headLimit) return headMatch;
  headMatch = HEADS.match(tokens, i, limit);
  headTokens = tokens;
  headFrom = i;
  headLimit = limit;
  return headMatch;
}

/*
 * The callbacks parseUnitAt hands to the readers of its parts are made here, not inside it: a variable an inner
 * function captures lives in a heap context made at every call, and is read and written there on every use (j, the
 * tokens, the limit and the depth, through the whole grammar). Made here, a call that needs no callback makes none.
 */
function nestedParse(tokens: readonly Token[], limit: number, depth: number): (k: number) => UnitMention | null {
  return (k) => parseUnitAt(tokens, k, limit, depth + 1);
}

function villageKinds(tokens: readonly Token[], limit: number): (k: number) => number {
  return (k) => villageKindAt(tokens, k, limit);
}

function areaOpens(tokens: readonly Token[], limit: number): (k: number) => boolean {
  return (k) => AREAS.has(tokens, k, limit);
}

const COOPERATIVE_KIND = phraseSet(COOPERATIVE_KINDS);

/**
 * "Hợp tác xã nông nghiệp tổ chức …": the commune's cooperative named by its kind of business alone (vocabulary
 * COOPERATIVE_KINDS), no proper name after it; cut at the head, the name was a bare "Hợp tác xã". Where it ends, else j.
 */
function bareCooperativeKindEnd(tokens: readonly Token[], j: number, limit: number): number {
  const kind = COOPERATIVE_KIND.match(tokens, j, limit);
  return kind && !tokens[j]!.upper && !isCapWord(tokens[kind.end]) ? kind.end : j;
}

/** The words from j to e as printed: a space between two, none where one follows the other with no gap ("UBND,"). */
function spacedAsPrinted(tokens: readonly Token[], j: number, e: number): string {
  return tokens.slice(j, e).map((t, n) => (n > 0 && t.start === tokens[j + n - 1]!.end ? '' : ' ') + t.text).join('').trim();
}

/**
 * Parse one unit mention starting at token i, or null. `owned`: read as the owner right after a part's head
 * ("BAN CHẤP HÀNH | ĐOÀN XÃ SƠN TIẾN"), where a capitalised head is no syllable of the word before it.
 */
export function parseUnitAt(tokens: readonly Token[], i: number, limit = tokens.length, depth = 0, owned = false): UnitMention | null {
  // "TKV và Tổng công ty …", "PC06 là đầu mối …": a unit the document named in full with this abbreviation.
  const defined = depth === 0 ? definedUnitAt<UnitMention>(tokens, i) : null;
  if (defined) return defined;
  let j = i;
  let office: string | null = null;
  let plural = false;
  const first = takeOffices(tokens, j, limit, office);
  ({ office, j } = first);
  const p = PLURALS.match(tokens, j, limit);
  if (p) { plural = true; j = p.end; }
  else if (isCount(tokens, j) && HEADS.has(tokens, j + 1, limit)) { plural = true; j++; }
  if (plural || !first.stopped) ({ office, j } = takeOffices(tokens, j, limit, office));
  if (NONUNITS.has(tokens, j, limit) && !staffByField(tokens, j)) return null;
  const board = !office && !plural && depth < 2 ? villageBoardAt(tokens, j, limit, nestedParse(tokens, limit, depth)) : null;
  if (board) return board;
  // "Các đồng chí cấp ủy viên phụ trách tổ dân phố": members of the document's own committee in charge, as printed.
  const cellMember = CELL_MEMBERS.match(tokens, j, limit);
  if (cellMember) {
    const charged = inChargeEnd(tokens, cellMember.end, limit);
    if (charged > cellMember.end) return membersInCharge(tokens, i, charged);
  }
  const holder = office && depth < 2 ? bracketedHolder(tokens, j, limit, nestedParse(tokens, limit, depth)) : null;
  if (holder) return { ...holder, from: i, to: holder.to + 1 };
  const h = headWalk(tokens, j, limit);
  if (!h) {
    // "Các huyện, thị, thành đoàn": committees whose common syllable is written once, at the end.
    const elided = plural ? elidedCommittees(tokens, j, limit) : null;
    if (elided) {
      return {
        head: elided.head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural, office, subward: null,
        from: i, to: elided.end, start: tokens[i]!.start, end: tokens[elided.end - 1]!.end, central: false, tails: elided.heads, village: null,
      };
    }
    // "Các đồng chí Đảng ủy viên": the members stand for their committee, the document's own.
    const committee = office ? MEMBER_COMMITTEES.get(fold(office).replace(/^(?:cac )?(?:dong chi |d\/c )?/u, '')) : undefined;
    if (!committee) return null;
    const charged = inChargeEnd(tokens, j, limit);
    if (charged > j) return membersInCharge(tokens, i, charged);
    return { ...syntheticMention(committee), plural, office, from: i, to: j, start: tokens[i]!.start, end: tokens[j - 1]!.end };
  }
  let head = h.values[0]!;
  // "các công ty lâm nghiệp", "các hợp tác xã nông nghiệp": a name's head in lower case, made plural, is the group's.
  if (p && h.values.length > 1 && !tokens[j]!.upper) head = h.values.find((v) => v.pluralOnly) ?? head;
  // "03 hợp tác xã", "146 doanh nghiệp": a figure, no group.
  if (head.tail === 'kind' && !p) return null;
  const headAt = j;
  j = h.end;
  if (head.notBefore && j < limit && head.notBefore.includes(tokens[j]!.norm)) return null;
  // "Khu phố 5", "Thôn 3": one village by its number (find/numbered-village.ts).
  const numberedVillage = head.pluralOnly && !plural && !office ? numberedVillageEnd(head, tokens, j, limit) : j;
  if (numberedVillage > j) {
    return {
      head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural: false, office, subward: null,
      from: i, to: numberedVillage, start: tokens[i]!.start, end: tokens[numberedVillage - 1]!.end, central: false, tails: null,
      village: capitalizeFirst(printed(tokens, headAt, numberedVillage)),
    };
  }
  if (head.pluralOnly && !plural && !villageHeadPost(head, office, tokens, headAt)) return null;
  if (placeSyllable(head, tokens[headAt]!)) return null;
  // "Các xóm trưởng", "các thôn trưởng": the heads of the villages stand for them, as "Trưởng các thôn" does.
  if (head.shape === 'subward' && tokens[j]?.norm === 'trưởng' && !office) { office = tokens[j]!.text; j++; }
  const villages = plural && head.shape === 'subward' && head.collective ? residentialListEnd(tokens, j, limit, villageKinds(tokens, limit)) : null;
  // A word that is a head only written with a capital ("Vụ Pháp chế", not "nhiệm vụ"): asked first, as it is common.
  if ((head.qualified || head.capitalOnly) && (!tokens[headAt]!.upper || (capsInnerSyllable(tokens, headAt) && !(owned && headAt === i)))) return null;
  if (head.notAfter && headAt > 0 && head.notAfter.includes(tokens[headAt - 1]!.norm)) return null;
  const cell = depth < 2 ? readCell(tokens, headAt, j, limit, head, nestedParse(tokens, limit, depth)) : null;
  if (cell?.kind === 'reject') return null;
  if (cell?.kind === 'cell') {
    return {
      head: { ...head, shape: 'part', ...(cell.grassroots ? { canonical: `${head.canonical} cơ sở` } : cell.association ? { canonical: `${head.canonical} ${cell.association}`, collective: false } : {}) }, tail: null, name: null, nameSpan: null, areas: [], owner: cell.owner, moreOwners: [], plural: plural || cell.owner.plural, office, subward: null,
      from: i, to: cell.end, start: tokens[i]!.start, end: tokens[cell.end - 1]!.end, central: false, tails: null, village: null,
    };
  }

  let tail: string | null = null;
  if (villages && villages.end > j) {
    if (villages.kinds > j) head = { ...head, canonical: printed(tokens, headAt, villages.kinds) };
    if (villages.end > villages.kinds) tail = printed(tokens, villages.kinds, villages.end);
    j = villages.end;
  }
  // "Trưởng thôn Yên Lạc, Đông Tảo, Hạ Lũng", "Trưởng các thôn Yên Lạc, Đông Tảo": the villages the post is written
  // once for, by name (find/named-villages.ts).
  const named = head.shape === 'subward' && head.pluralOnly && !tail && j === h.end ? namedVillagesEnd(tokens, j, limit) : j;
  if (named > j) { tail = printed(tokens, j, named); j = named; }
  // "Trường Tiểu học và Trung học cơ sở Đông Xá": one school of two grades, named by both (find/joint-school.ts).
  const joint = jointSchoolEnd(tokens, j, limit, head, plural);
  const jointName = joint > j;
  if (jointName) {
    head = SCHOOL;
    tail = printed(tokens, headAt + 1, joint);
    j = joint;
  }
  // "các trường mầm non, tiểu học, trung học cơ sở", "các trường THCS ven biển": the other grades and which of them.
  const grades = schoolGradesEnd(tokens, j, limit, head, plural, tail);
  if (grades.grades > j) head = { ...head, canonical: `${head.canonical}${tokens[j]!.text === ',' ? '' : ' '}${printed(tokens, j, grades.grades)}` };
  if (grades.end > grades.grades) tail = printed(tokens, grades.grades, grades.end);
  j = grades.end;
  if (cell?.kind === 'association') { tail = cell.tail; office = cell.office ?? office; j = cell.end; }
  // "Chi hội trưởng các chi hội phụ nữ tổ dân phố": the heads of the cells named after them, one unit (the cells, by
  // their heads), not the head's own kind and then the cells.
  const headOf = cell?.kind === 'association' && !cell.tail ? cell.office : null;
  const cells = headOf && depth < 2 && PLURALS.has(tokens, j, limit) ? parseUnitAt(tokens, j, limit, depth + 1) : null;
  if (headOf && cells && cells.plural && !cells.office && cells.head.canonical === head.canonical) return { ...cells, office: headOf, from: i, start: tokens[i]!.start };
  // "Ban Tổ chức - Kiểm tra", "Ban Kiểm tra - Giám sát": an association's board of two fields, a board of its own
  // named by both (not the Party's Ban Tổ chức and a word after it).
  const merged = head.kind === 'party-organ' && !head.tail && head.canonical.startsWith('Ban ') && isDash(tokens[j]) ? capsGroup(tokens, j + 1, limit) : -1;
  if (merged > j + 1) {
    head = BOARD;
    tail = printed(tokens, headAt + 1, merged);
    j = merged;
  }
  // "các sở, ngành liên quan", "các phòng, ban có liên quan": the related ones of the kind, named so.
  const related = head.collective && !head.tail && !head.keyKind ? RELATED.match(tokens, j, limit) : null;
  if (related) {
    tail = 'liên quan';
    j = related.end;
  }
  const having = head.collective && !head.tail && !related ? HAVING.match(tokens, j, limit)?.end ?? namedInArticleEnd(tokens, j, limit) : null;
  if (having) {
    tail = printed(tokens, j, having);
    j = having;
  }
  if (head.tail && merged < 0 && !jointName) {
    const enterprise = ENTERPRISE.has(head.canonical);
    const from = enterprise ? enterpriseForm(tokens, j, limit) : head.lowerKind ? lowerKindEnd(tokens, j, limit) : j;
    let e = head.tail === 'caps' ? capsTail(tokens, from, limit, head.kind === 'department') : head.tail === 'kind' ? groupKindEnd(tokens, from, limit) : topicTail(tokens, from, limit);
    // "Ban Tuyên giáo Hội viết …": the issuing association's bare word, then the verb (find/bare-association.ts).
    if (head.shape === 'part' && head.tail === 'caps' && bareAssociationAt(tokens, from, limit)) e = from;
    if (enterprise && e > from) e = enterpriseNameEnd(tokens, from, e);
    // "Hợp tác xã Dịch vụ tổng hợp Kiên Thành", "Hợp tác xã Nông nghiệp dịch vụ Ea Kênh": a cooperative's kind of
    // business goes on in lower case after its capitalised start, then its own name.
    if (head.lowerKind && head.tail === 'caps' && e > from) e = cooperativeNameEnd(tokens, e, limit);
    if (e === from) e = head.lowerKind && from === j ? bareCooperativeKindEnd(tokens, j, limit) : j;
    // "Câu lạc bộ Tiếng Anh thanh niên phường": lower-case words after the capitalised name, closed at once by its area.
    else if (head.tail === 'caps' && !enterprise) {
      const lower = lowerWordsToArea(tokens, e, limit);
      const work = lower > e ? lower : pluralWorkToArea(tokens, e, limit);
      // Not a national corporation's: "Tổng Công ty … chi nhánh Huế" is its branch, which the grammar does not read as one.
      e = work > e || head.shape !== 'body' ? work : lowerWorkToOwnName(tokens, e, limit);
    }
    // "Giám đốc các Sở: Văn hóa và Thể thao, Du lịch, Tài chính": a plural head over the names of its units.
    const listed = e === j && plural && head.tail === 'caps' && GENERIC_HEADS.has(head.canonical) ? namesAfterColon(tokens, j, limit, head.kind === 'department') : null;
    if (listed) {
      return {
        head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural: false, office, subward: null,
        from: i, to: listed.end, start: tokens[i]!.start, end: tokens[listed.end - 1]!.end, central: false, tails: listed.names, village: null,
      };
    }
    if (e > j) {
      tail = spacedAsPrinted(tokens, j, e).replace(/ ,/g, ',');
      // A header in capitals ("SỞ Y TẾ"): keep the first letter only; names are compared folded
      // anyway. An abbreviation ("GD&ĐT", "LĐ-TB&XH", "NÔNG NGHIỆP VÀ PTNT") stays as printed.
      if (isAllCaps(tail) && /\s/.test(tail)) tail = fromCapitals(tail);
      j = e;
      // "Các đồn Biên phòng Y Tý, A Mú Sung, Bát Xát": more bodies of the kind by their bare names (find/named-bodies.ts).
      const bodies = plural && head.tail === 'caps' && head.shape === 'body' && head.kind !== 'department' && !GENERIC_HEADS.has(head.canonical) ? namedBodiesEnd(tokens, j, limit) : j;
      if (bodies > j) { tail = `${tail}${printed(tokens, j, bodies)}`; j = bodies; }
      const city = centralPlaceEnd(head, tokens, j, limit);
      if (city > j) { tail = `${tail} ${printed(tokens, j, city)}`; j = city; }
      // "Đội Quản lý thị trường số 6": a numbered team keeps its number, and a numbered school its place after it
      // ("Trường THPT số 2 Bảo Thắng"): cut at the number, the place was lost and the school became one of the province.
      if (tokens[j]?.norm === 'số' && isSmallNumber(tokens[j + 1]?.text ?? '')) {
        tail = `${tail} ${tokens[j]!.text} ${tokens[j + 1]!.text}`;
        j += 2;
        const place = isSchoolHead(head.canonical) ? numberedPlaceEnd(tokens, j, limit) : j;
        if (place > j) { tail = `${tail} ${printed(tokens, j, place)}`; j = place; }
      }
      const region = regionEnd(tokens, j, limit);
      if (region > j) { tail = `${tail} ${printed(tokens, j, region)}`; j = region; }
    }
    // "Giám đốc các sở, …", "các bệnh viện và …": a generic word made plural, ending there, is a
    // collective of its kind; "các trường hợp", "các phòng chức năng" go on with words of their own.
    else if (GENERIC_HEADS.has(head.canonical) && !(plural && endsBare(tokens, j, limit))) {
      // "Tổ quản lý trật tự đô thị phường": a name the vocabulary lacks, by its shape (find/lower-name.ts).
      const lower = tokens[headAt]!.upper && !plural && !NAME_STOPS.has(tokens, headAt, limit) ? lowerNameEnd(tokens, j, limit) : -1;
      if (lower < 0) return null;
      tail = printed(tokens, j, lower);
      j = lower;
    }
    // "Các đồn Biên phòng tuyến biển", "các Vườn quốc gia vùng cao": a kind made plural over which of its places, no name.
    else if (plural && head.shape === 'body' && head.tail === 'caps' && !GENERIC_HEADS.has(head.canonical)) {
      const which = whichPlacesEnd(tokens, j, limit);
      if (which !== null) { tail = printed(tokens, j, which); j = which; }
    }
  }
  // "Đội Cảnh sát giao thông - Trật tự Công an quận": a police team or department is named with the
  // police of its area, one unit (not the team and then the police).
  if (tail && POLICE_TEAM_HEADS.has(head.canonical)) {
    // "Phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh": its work first (find/police-closed-name.ts).
    const work = POLICE.has(tokens, j, limit) ? j : policeClosedEnd(tokens, j, limit);
    if (work > j) { tail = `${tail} ${printed(tokens, j, work)}`; j = work; }
    const police = POLICE.match(tokens, j, limit);
    if (police && AREAS.has(tokens, police.end, limit)) {
      tail = `${tail} ${tokens.slice(j, police.end).map((t) => t.text).join(' ')}`;
      j = police.end;
    }
  }

  // "Ban Dân tộc HĐND tỉnh": a committee of the council, one unit named with its area.
  const ofCouncil = tail && head.canonical === 'Ban' && depth < 2 && COUNCIL.has(tokens, j, limit) ? councilBoard(tokens, i, j, limit, depth, head, tail, plural, office) : null;
  if (ofCouncil) return ofCouncil;

  // "Hội Phụ nữ Quân đội": the association of a force, national.
  const ofForce = !tail && head.kind === 'mass-organization' && head.shape === 'body' && tokens[j]?.upper ? forceAssociation(tokens, i, j, limit, head, headAt, h.end, plural, office) : null;
  if (ofForce) return ofForce;

  // "Công đoàn cơ sở Công ty Cổ phần Chè …", "Công đoàn Công ty …": the union of that enterprise, one unit
  // ("cơ sở" is no ward there, nor the enterprise a unit of its own).
  if (!tail && head.canonical === 'Công đoàn' && depth < 2) {
    const base = GRASSROOTS.match(tokens, j, limit);
    const at = base ? base.end : j;
    const firm = startsEnterprise(tokens, at, limit) ? parseUnitAt(tokens, at, limit, depth + 1) : null;
    if (firm?.tail && !firm.office && !firm.plural) {
      const own: UnitHead = { ...head, canonical: base ? 'Công đoàn cơ sở' : 'Công đoàn', shape: 'part' };
      return {
        head: own, tail: null, name: null, nameSpan: null, areas: [], owner: firm, moreOwners: [], plural, office, subward: null,
        from: i, to: firm.to, start: tokens[i]!.start, end: firm.end, central: false, tails: null, village: null,
      };
    }
    // "các công đoàn cơ sở": the unions of the enterprises and agencies, not the unions of the wards.
    if (base) { tail = tokens[j]!.upper ? 'Cơ sở' : 'cơ sở'; j = base.end; }
    // "Công đoàn ngành Giáo dục Hà Nội", "Công đoàn các Khu công nghiệp Đồng Nai" (find/union-sector.ts).
    const sector = base ? j : unionSectorEnd(tokens, j, limit);
    if (sector > j) { tail = printed(tokens, j, sector); j = sector; }
  }

  // "Hội Cựu chiến binh Công ty TNHH MTV Cao su Dầu Tiếng": the association of that enterprise (find/enterprise-association.ts).
  const firm = !tail && depth < 2 ? enterpriseOfAssociation(tokens, j, limit, head, nestedParse(tokens, limit, depth)) : null;
  if (firm) {
    return {
      head: { ...head, shape: 'part' }, tail: null, name: null, nameSpan: null, areas: [], owner: firm, moreOwners: [], plural, office, subward: null,
      from: i, to: firm.to, start: tokens[i]!.start, end: firm.end, central: false, tails: null, village: null,
    };
  }

  // "Cục Thuế tỉnh Nghệ An": a province's department of a national one.
  const ofProvince = tail && head === CUC && depth < 2 ? provinceDepartment(tokens, i, j, limit, tail, plural, office) : null;
  if (ofProvince) return ofProvince;

  // "Ban Phong trào Tỉnh đoàn", "Trung tâm Truyền thông Trung ương Đoàn": a board or centre of the committee written right after it.
  const ofOwner = tail && (head.canonical === 'Ban' || head.canonical === 'Trung tâm') && depth < 2 ? boardOfOwner(tokens, i, j, limit, depth, head, tail, plural, office) : null;
  if (ofOwner) return ofOwner;

  // "các thành viên có tên tại Điều 1": the article's number is the rest of the name.
  if (head.article && isSmallNumber(tokens[j]?.text ?? '')) tail = tokens[j++]!.text;
  // "Đoàn kiểm tra số 1": one team of a kind otherwise read as all of them, by its number (find/numbered-team.ts).
  const team = numberedTeamEnd(tokens, headAt, j, limit, head, tail, plural);
  if (team > j) { head = { ...head, collective: false }; tail = printed(tokens, j, team); j = team; }

  let owner: UnitMention | null = null;
  const moreOwners: UnitMention[] = [];
  const ownsOthers = head.shape === 'part' || head.shape === 'member';
  if (ownsOthers && depth < 2) {
    let k = j;
    const lead = REF_LEADS.match(tokens, k, limit);
    if (lead && head.shape === 'member') k = lead.end;
    // "Văn phòng cơ quan Ủy ban MTTQ tỉnh": the office of the body's agency, of that body.
    let agency = !tail ? agencyWordEnd(head, tokens, k, limit) : 0;
    let o = parseUnitAt(tokens, agency || k, limit, depth + 1, !agency && k === j);
    if (agency && !(o && ['committee', 'body', 'central'].includes(o.head.shape) && !o.office && !o.plural)) {
      agency = 0;
      o = parseUnitAt(tokens, k, limit, depth + 1, k === j);
    }
    // "các đảng ủy trực thuộc Trung ương": the committees under the Central Committee.
    const fits = o && (head.shape === 'member' ? o.head.shape === 'committee' || o.head.keyKind === 'Trung ương' : ['committee', 'body', 'central'].includes(o.head.shape) || organOfCommittee(head, o));
    // "Ban Tuyên giáo các huyện ủy, thành ủy, thị ủy": an organ of each of several committees.
    if (o && fits && !o.office && (!o.plural || head.shape === 'part')) {
      owner = o;
      j = o.to;
      if (agency) tail = printed(tokens, k, agency);
      const kinds = !o.plural && committeeKindWord(tokens, o);
      while ((o.plural || kinds) && head.shape === 'part') {
        const glue = glueAt(tokens, j, limit);
        const next = glue ? parseUnitAt(tokens, glue.end, limit, depth + 1) : null;
        if (!next || next.office || (next.head.shape !== 'committee' && next.head.shape !== 'member')) break;
        if (kinds && !committeeKindWord(tokens, next)) break;
        moreOwners.push({ ...next, plural: !kinds || next.plural });
        j = next.to;
      }
    }
  }

  // "các Tổ đại biểu và đại biểu HĐND tỉnh": the groups and the deputies of one council, written once after both.
  if (!owner && head === DEPUTY_GROUPS && depth < 2) {
    const glue = glueAt(tokens, j, limit);
    const deputies = glue?.word === 'và' ? parseUnitAt(tokens, glue.end, limit, depth + 1) : null;
    if (deputies?.head === DEPUTIES && deputies.areas.length > 0) owner = { ...deputies, head: COUNCIL_HEAD, office: null, plural: false };
  }

  // "phối hợp với Ủy ban MTTQ Việt Nam cùng cấp": the body of the level of the clause's units, named so, of no area.
  const same = !owner && !office ? SAME_LEVEL.match(tokens, j, limit) : null;
  if (same) {
    tail = tail ? `${tail} cùng cấp` : 'cùng cấp';
    j = same.end;
  }
  const every = !owner && !office && !same ? allLevelsEnd(head, tokens, j, limit) : j;
  if (every > j) {
    tail = tail ? `${tail} các cấp` : 'các cấp';
    j = every;
  }

  // "Trường THPT Dân tộc nội trú Minh Hóa": a boarding school's kind after its grade, then its own name as any school's.
  const kind = head.kind === 'agency' && head.canonical.startsWith('trường ') && !owner ? SCHOOL_KIND.match(tokens, j, limit) : null;
  if (kind) {
    tail = tail ? `${tail} ${printed(tokens, j, kind.end)}` : printed(tokens, j, kind.end);
    j = kind.end;
  }

  // "Văn phòng Ban", "Thanh tra Sở": the issuer's own organ, named with the bare kind word of the issuer.
  // "Ban Tổ chức - Kiểm tra Hội": the association's board of two fields is its organ, as "Văn phòng Hội" is.
  const kindEnd = !owner && !same && depth === 0 && (head.shape === 'part' || head.canonical === 'Thanh tra' || merged > 0)
    ? issuerKindEnd(tokens, j, limit, areaOpens(tokens, limit)) : -1;
  if (kindEnd > 0) {
    return {
      head, tail, name: null, nameSpan: null, areas: [], owner: null, moreOwners, plural, office, subward: null,
      from: i, to: kindEnd, start: tokens[i]!.start, end: tokens[kindEnd - 1]!.end, central: false, tails: null, village: null,
    };
  }

  let name: string | null = null;
  let nameSpan: [number, number] | null = null;
  let areas: AreaRef[] = [];
  if (!owner && !same && head.shape !== 'central') {
    // "Ngân hàng Chính sách xã hội chi nhánh tỉnh Bình Định": a body's branch in an area is its body of that area.
    const branch = head.shape === 'body' ? BRANCH.match(tokens, j, limit) : null;
    if (branch && AREAS.has(tokens, branch.end, limit)) j = branch.end;
    const refs = parseAreaRefs(tokens, j, limit);
    if (refs) {
      areas = refs.refs;
      j = refs.end;
      // "Các đảng ủy xã vùng mía": a unit made plural over one kind of place says which places, as "các xã vùng cao" does.
      const last = plural ? areas[areas.length - 1] : undefined;
      const which = last && !last.plural && !last.name && last.words.length > 0 ? whichPlacesEnd(tokens, j, limit) : null;
      if (last && which !== null) { last.words[last.words.length - 1] += ` ${printed(tokens, j, which)}`; last.plural = true; j = which; }
    }
    // "Công đoàn Công ty …": an enterprise after the head is no place name ("Công").
    else if (head.shape === 'body' && (head.tail !== 'caps' || (head.kind === 'department' && provinceNameEnd(tokens, j, limit) > 0)) && !startsEnterprise(tokens, j, limit)) {
      // "Đài Phát thanh - Truyền hình Đà Nẵng": a place name straight after the head; after a
      // capitalised name ("Sở Y tế Hà Tĩnh"), only a province's.
      // "Trường THPT số 2 Bảo Thắng", "các trường Trung học phổ thông số 1 Phù Cát, …": a school named by its number and
      // its place, its name (read as a place, "số" stopped it).
      const numbered = isSchoolHead(head.canonical) && tokens[j]?.norm === 'số' && isSmallNumber(tokens[j + 1]?.text ?? '') ? numberedPlaceEnd(tokens, j + 2, limit) : j;
      const e = numbered > j + 2 ? numbered : head.tail === 'caps' ? provinceNameEnd(tokens, j, limit) : capsRun(tokens, j, limit, 4);
      // "Các trường THPT Sơn Tây, THPT Tùng Thiện": the first school's name, then more schools (find/named-schools.ts).
      const schools = e > j && plural && !tail && head.canonical.startsWith('trường ') ? namedSchoolsEnd(tokens, e, limit) : e;
      const field = schools === e && numbered <= j + 2 && !tail ? capsFieldBeforePlace(tokens, j, e, limit) : null;
      if (field) {
        tail = fromCapitals(printed(tokens, j, e));
        areas = field.areas;
        j = field.end;
      } else if (schools > e || numbered > j + 2) {
        tail = printed(tokens, j, schools);
        j = schools;
      } else if (e > j) {
        const placeName = tokens.slice(j, e).map((t) => t.text).join(' ');
        areas = [{ level: 'province', types: [], name: placeName, nameSpan: [tokens[j]!.start, tokens[e - 1]!.end], plural: false, count: null, grassroots: false, range: false, words: [], bare: true }];
        j = e;
      }
    }
    else if (head.shape === 'committee') {
      // "Đảng ủy Công ty cổ phần Xi măng Bỉm Sơn": the committee of an enterprise, not a ward's named "Công".
      const firm = PARTY_OF_BODY.has(head.canonical) && depth < 2 && startsEnterprise(tokens, j, limit) ? parseUnitAt(tokens, j, limit, depth + 1) : null;
      // "Tỉnh ủy Bà Rịa - Vũng Tàu": a place the gazetteer writes with a dash, whole (find/place-names.ts).
      const dashed = firm?.tail ? null : dashedPlaceAt(tokens, j, limit);
      const e = firm?.tail ? j : dashed?.end ?? capsRun(tokens, j, limit);
      if (firm?.tail && !firm.office) {
        owner = firm;
        j = firm.to;
      } else if (e > j) {
        // "Các huyện ủy Tuy Đức, Đắk Glong, Krông Nô": the committees of every place named, each of its place.
        const places = plural ? committeePlaces(head, tokens, e, limit) : null;
        if (places) {
          areas = [{ ...committeePlace(head, tokens, j, e) }, ...places.refs];
          plural = false;
          j = places.end;
        } else {
          name = dashed?.name ?? tokens.slice(j, e).map((t) => t.text).join(' ');
          nameSpan = [tokens[j]!.start, tokens[e - 1]!.end];
          j = e;
        }
      } else if (PARTY_OF_BODY.has(head.canonical) && depth < 2) {
        // "Đảng ủy Ủy ban nhân dân tỉnh": the Party committee of a State body.
        const o = parseUnitAt(tokens, j, limit, depth + 1);
        if (o && o.head.shape === 'body' && !o.office) { owner = o; j = o.to; }
      }
    }
  }

  // "Các cơ quan, đơn vị thuộc UBND huyện": a collective of the People's Committee's area, named with it.
  if (head.collective && areas.length === 0 && !owner && depth < 2) {
    const lead = BELONGS.match(tokens, j, limit);
    const o = lead ? parseUnitAt(tokens, lead.end, limit, depth + 1) : null;
    if (o && o.head.canonical === 'UBND' && !o.office && !o.plural && o.areas.length > 0 && !o.areas.some((a) => a.plural)) { areas = o.areas; j = o.to; }
  }

  // "Văn phòng - Thống kê UBND xã", "Công chức Địa chính UBND xã": a commune's post named with its People's Committee is
  // the post of that commune, one unit (not the post and then the committee).
  if (head.level === 'ward' && head.kind === 'agency' && head.shape === 'body' && areas.length === 0 && !owner && depth < 2 && tokens[j]?.text === 'UBND') {
    const o = parseUnitAt(tokens, j, limit, depth + 1);
    if (o && o.head.canonical === 'UBND' && !o.office && !o.plural && o.areas.length === 1 && o.areas[0]!.level === 'ward') { areas = o.areas; j = o.to; }
  }

  // "thanh tra việc …", "tham gia bảo hiểm xã hội": a common word, not the agency of an area.
  // "Các Vườn quốc gia tổ chức trực …": made plural and capitalised, the kind is the units of that kind, no common word.
  if (head.qualified && (!tokens[headAt]!.upper || (areas.length === 0 && !owner && !name && !tail && !(plural && !office)))) return null;
  // "cơ quan thường trực": the adjective, not the standing committee of the issuer.
  if (head.lowerNeedsOwner && !tokens[headAt]!.upper && areas.length === 0 && !owner && !name) return null;

  // "Đảng ủy Công an Trung ương", "các đoàn thể chính trị - xã hội Trung ương": the word names the
  // national body; read alone after the name it became a unit of its own, the Central Committee.
  const centre = head.shape !== 'central' && !name && areas.length === 0 ? centreAfter(tokens, j, limit) : 0;
  if (centre > 0) {
    if (owner && owner.head.shape === 'body' && owner.areas.length === 0 && !owner.name) {
      owner = { ...owner, central: true, to: centre, end: tokens[centre - 1]!.end };
      return { head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward: null, from: i, to: centre, start: tokens[i]!.start, end: tokens[centre - 1]!.end, central: false, tails: null, village: null };
    }
    if (!owner && head.shape === 'body') {
      return { head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward: null, from: i, to: centre, start: tokens[i]!.start, end: tokens[centre - 1]!.end, central: true, tails: null, village: null };
    }
  }

  let subward: string | null = null;
  // "Chi bộ nhà trường": one school's cell, named as printed as a village's is ("Chi bộ xóm 5").
  let village: string | undefined = cell?.kind === 'association' && cell.school && !plural && !office ? capitalizeFirst(printed(tokens, headAt, cell.end)) : undefined;
  const sl = SUBWARD_LEADS.match(tokens, j, limit);
  // "Ban Công tác Mặt trận các xóm": the villages qualify the unit before them, made plural or not.
  const sp = PLURALS.match(tokens, sl ? sl.end : j, limit);
  const sq = villageWordAt(tokens, sp ? sp.end : sl ? sl.end : j, limit);
  if (sq) {
    subward = tokens.slice(sp ? sp.end : sl ? sl.end : j, sq.end).map((t) => t.text).join(' ');
    j = sq.end;
    // "Chi bộ các khối 4, 5, 7": the villages made plural, then their numbers; lost, the unit was every cell.
    const numbered = sp ? villageNumbersEnd(tokens, j, limit) : j;
    if (numbered > j) { subward = `${subward} ${printed(tokens, j, numbered)}`; j = numbered; }
    // "Chi bộ các thôn Phù Vân, Phù Lưu 2, Đồng Xá": the villages made plural, then their names (find/named-villages.ts).
    const listed = sp && numbered === j ? namedVillagesEnd(tokens, j, limit) : j;
    if (listed > j) { subward = `${subward} ${printed(tokens, j, listed)}`; j = listed; }
    // "Chi bộ thôn Thành Lợi", "Chi hội Phụ nữ xóm 5": one village, named or numbered after its type word.
    const named = !sp ? villageNameEnd(tokens, j, limit) : j;
    // "Các chi bộ thôn Tân Bồi, Hải Linh, Trường Xuân": a plural unit of several villages named after the first.
    const more = named > j && plural ? moreVillageNamesEnd(tokens, named, limit) : named;
    if (more > named) {
      subward = `${subward} ${printed(tokens, j, more)}`;
      j = more;
    } else if (named > j) {
      subward = `${subward} ${printed(tokens, j, named)}`;
      village = capitalizeFirst(printed(tokens, headAt, named));
      j = named;
    }
    // "Chi hội trưởng phụ nữ các thôn, khu phố": the other kinds of village listed with the first, of the same cells.
    // "Bí thư các chi bộ thôn, làng": the unit made plural before its head goes over the kinds as well.
    const kinds = (sp || plural) && !village ? residentialListEnd(tokens, j, limit, villageKinds(tokens, limit)).kinds : j;
    if (kinds > j) { subward = `${subward}${printed(tokens, j, kinds)}`; j = kinds; }
    // "Các chi bộ thôn ven biển": which villages, as after plural places ("các xã ven biển"); lost, the unit was every cell.
    const which = village ? null : whichPlacesEnd(tokens, j, limit);
    if (which) { subward = `${subward} ${printed(tokens, j, which)}`; j = which; }
  }

  // "Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội": a deputy given a field is a post of their own,
  // not the committee (which a chair stands for).
  const field = office && !plural && DEPUTY.has(tokens, officeAt(tokens, i, limit), limit) && !chargeIsWork(tokens, j, limit) ? fieldInChargeEnd(tokens, j, limit) : j;
  if (field > j) return postInCharge(tokens, i, field, head);
  // "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách địa bàn": members of an organ in charge of places, as printed.
  const charged = office && MEMBER_OFFICE.has(tokens, officeAt(tokens, i, limit), limit) ? placesInChargeEnd(tokens, j, limit) : j;
  if (charged > j) return membersInCharge(tokens, i, charged);
  return {
    head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward,
    from: i, to: j, start: tokens[i]!.start, end: tokens[j - 1]!.end, central: false, tails: null, village: village ?? null,
  };
}

/**
 * "Ban Dân tộc HĐND tỉnh", "Ban Pháp chế Hội đồng nhân dân huyện": a committee of the council, one
 * unit named with its area (not the board and then the council).
 */
function councilBoard(tokens: readonly Token[], i: number, j: number, limit: number, depth: number, head: UnitHead, tail: string, plural: boolean, office: string | null): UnitMention | null {
  const council = parseUnitAt(tokens, j, limit, depth + 1);
  if (council && council.head.kind === 'people-council' && !council.office && !council.plural) {
    return { ...council, head, tail: `${tail} HĐND`, office, plural, from: i, start: tokens[i]!.start };
  }
  return null;
}

/**
 * "Hội Phụ nữ Quân đội", "Hội Phụ nữ Công an nhân dân": the association of a force, national, named as printed.
 */
function forceAssociation(tokens: readonly Token[], i: number, j: number, limit: number, head: UnitHead, headAt: number, headEnd: number, plural: boolean, office: string | null): UnitMention | null {
  const sector = SECTORS.match(tokens, j, limit);
  if (sector) {
    const own: UnitHead = { ...head, canonical: capitalizeFirst(printed(tokens, headAt, headEnd)), shape: 'central', level: 'central', keyKind: undefined };
    return {
      head: own, tail: printed(tokens, j, sector.end), name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural, office, subward: null,
      from: i, to: sector.end, start: tokens[i]!.start, end: tokens[sector.end - 1]!.end, central: false, tails: null, village: null,
    };
  }
  return null;
}

/**
 * "Cục Quản lý thị trường tỉnh", "Cục Thuế tỉnh Nghệ An": a province's department of a national one, of that province.
 */
function provinceDepartment(tokens: readonly Token[], i: number, j: number, limit: number, tail: string, plural: boolean, office: string | null): UnitMention | null {
  const refs = parseAreaRefs(tokens, j, limit);
  if (refs && refs.refs.length === 1 && refs.refs[0]!.level === 'province' && !refs.refs[0]!.plural) {
    return {
      head: CUC_OF_PROVINCE, tail, name: null, nameSpan: null, areas: refs.refs, owner: null, moreOwners: [], plural, office, subward: null,
      from: i, to: refs.end, start: tokens[i]!.start, end: tokens[refs.end - 1]!.end, central: false, tails: null, village: null,
    };
  }
  return null;
}

/**
 * "Ban Phong trào Tỉnh đoàn", "Ban Gia đình - Xã hội Trung ương Hội": a board of the committee written
 * right after it, one unit (not the board of the document's area and then the committee).
 * "Trung tâm Truyền thông Trung ương Đoàn": a centre of a mass organisation's central committee is its organ too.
 */
function boardOfOwner(tokens: readonly Token[], i: number, j: number, limit: number, depth: number, head: UnitHead, tail: string, plural: boolean, office: string | null): UnitMention | null {
  const board = boardOwner(tokens, j, nestedParse(tokens, limit, depth));
  if (board && (head.canonical === 'Ban' || board.owner.head.shape === 'central')) {
    return {
      head: head.canonical === 'Ban' ? board.head : { ...head, kind: board.head.kind, shape: 'part' }, tail, name: null, nameSpan: null, areas: [], owner: board.owner, moreOwners: [], plural, office, subward: null,
      from: i, to: board.owner.to, start: tokens[i]!.start, end: board.owner.end, central: false, tails: null, village: null,
    };
  }
  return null;
}

/** "Cán bộ Thú y xã": the staff of a field, a post; "cán bộ, đảng viên", "Cán bộ xã" stay people. */
function staffByField(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.norm === 'cán' && tokens[j + 1]?.norm === 'bộ' && !!tokens[j + 2]?.upper && tokens[j + 2]!.word;
}

const SAME_LEVEL = phraseSet(['cùng cấp']);

/**
 * "Trung ương" (or "Trung ương Đảng") right after a name, not opening another name ("Trung ương Đoàn",
 * "Trung ương Hội …" are bodies of their own): where it ends, or 0.
 */
function centreAfter(tokens: readonly Token[], j: number, limit: number): number {
  const c = CENTRE.match(tokens, j, limit);
  if (!c || !tokens[j]!.upper) return 0;
  const party = tokens[c.end]?.norm === 'đảng' ? c.end + 1 : c.end;
  return isCapWord(tokens[party]) ? 0 : party;
}

const PEOPLE_COMMITTEE = UNIT_HEADS.find((h) => h.canonical === 'UBND')!;
const AREA_PLURALS = phraseSet(['các', 'tất cả các']);

/**
 * "Các xã, thị trấn kiểm tra …": areas made plural with no head, as the subject of a clause, are
 * their People's Committees. Only "các" (not "cả", "toàn": "toàn tỉnh" is a place) and only where
 * the caller reads a subject: elsewhere "các xã" is where something happens.
 */
export function areaBodyAt(tokens: readonly Token[], i: number, limit: number): UnitMention | null {
  const p = AREA_PLURALS.match(tokens, i, limit);
  if (!p || !AREAS.has(tokens, p.end, limit) || committeeAt(tokens, p.end, limit)) return null;
  const refs = parseAreaRefs(tokens, i, limit);
  if (!refs || refs.refs.length === 0 || !refs.refs.every((r) => r.plural || r.name !== null)) return null;
  return { ...syntheticMention(PEOPLE_COMMITTEE), areas: refs.refs, plural: true, from: i, to: refs.end, start: tokens[i]!.start, end: tokens[refs.end - 1]!.end };
}

/** Every word parseUnitAt can open on, whatever its case and the words after it: a head's, an office's, a plural's, a committee's members'. */
const UNIT_OPENING_WORDS = new FirstWords([HEADS, OFFICES, PLURALS, CELL_MEMBERS]);

/**
 * False only where parseUnitAt finds nothing at i: the word opens no head, office, plural or committee's members, and
 * is no count and no unit the document defined. Unlike mayStartUnit, which also turns away units its scanners do not
 * want (a village word without its number, a capital-only head in lower case), it refuses none that parseUnitAt gives:
 * the test before the parse for a reader that takes every unit (find/issuer-sentence.ts).
 */
export function mayParseUnitAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (UNIT_OPENING_WORDS.has(t) || isSmallNumber(t.text) || isDefinedUnit(t));
}

/** True when a unit mention could start at i (cheap test before parseUnitAt). */
export function mayStartUnit(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (!UNIT_FIRST_WORDS.has(t) || (!t.upper && CAPITAL_ONLY_FIRST.has(t.norm))) return isSmallNumber(t.text) || isDefinedUnit(t);
  // "Xóm 3 và xóm 7 huy động …": a village word is a unit's start only with its number after it, and with a capital or
  // after another numbered one (find/numbered-village.ts); "đến năm 2025 xóm 5 đạt …" is a target's place.
  if (PLURAL_ONLY_FIRST.has(t.norm)) return isSmallNumber(t.text) || isDefinedUnit(t) || (villageNumberAt(tokens, i + 1) && (t.upper || afterVillageNumber(tokens, i)));
  return headMayStart(tokens, i, limit) || OFFICES.has(tokens, i, limit) || PLURALS.has(tokens, i, limit) || isSmallNumber(t.text);
}

/**
 * A head at i that parseUnitAt would not refuse at once: not "tổ chức" (a head's word before one it never takes) nor a
 * head written only with a capital in lower case. "tổ chức" is in most clauses: refused here, it costs no parse.
 */
function headMayStart(tokens: readonly Token[], i: number, limit: number): boolean {
  const h = headWalk(tokens, i, limit);
  if (!h) return false;
  const head = h.values[0]!;
  if (head.notBefore && h.end < limit && head.notBefore.includes(tokens[h.end]!.norm)) return false;
  return !((head.qualified || head.capitalOnly) && !tokens[i]!.upper);
}


/** True when only list glue (",", "và", "–" ...) lies between token a and token b. */
export function onlyGlue(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b) {
    const g = glueAt(tokens, k, b);
    if (!g) return false;
    k = g.end;
  }
  return true;
}

/**
 * Distribute a trailing qualifier or owner back over a list: in "Ủy ban MTTQ, các tổ chức chính
 * trị - xã hội Quận và các phường" both units are of the district and of its wards; in "Các ban
 * xây dựng Đảng và Văn phòng Quận ủy" both are organs of the Quận ủy. A unit with its own
 * qualifier, owner or name keeps it and passes it on to the units before it.
 */
export function distribute(tokens: readonly Token[], list: UnitMention[]): UnitMention[] {
  const out = list.map((m) => ({ ...m }));
  // "Các huyện ủy, thị ủy, thành ủy": the plural of the first committee is the list's.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const m = out[k]!;
    if (prev.plural && prev.head.shape === 'committee' && m.head.shape === 'committee' && !m.plural && !m.name && onlyGlue(tokens, prev.to, m.from)) {
      out[k] = { ...m, plural: true };
    }
  }
  for (let k = out.length - 2; k >= 0; k--) {
    const m = out[k]!;
    const next = out[k + 1]!;
    if (!onlyGlue(tokens, m.to, next.from)) continue;
    // A name read by its place in the list (list-member.ts) is whole as written: "Viettel Bắc Giang, Bưu điện tỉnh".
    const own = m.areas.length > 0 || m.owner !== null || m.name !== null || m.head.shape === 'central' || !!m.head.ownName;
    if (own) continue;
    if (m.head.shape === 'part' || m.head.shape === 'member') {
      if (next.owner && (next.head.shape === 'part' || next.head.shape === 'member')) out[k] = { ...m, owner: next.owner };
    } else if (next.areas.length > 0 && next.head.shape !== 'part') {
      // Not onto a head of another level: in "Phòng Kinh tế và Hạ tầng, UBND các xã" the wards are UBND's only.
      if (m.head.level && m.head.shape !== 'committee' && !next.areas.some((a) => a.level === m.head.level)) continue;
      // Nor places below its level made plural with one of its own: "Sở Tài chính, Chủ tịch UBND các huyện, thành phố Thái Bình".
      if (m.head.level && m.head.shape !== 'committee' && next.areas.some((a) => a.plural && a.level !== m.head.level)) continue;
      // Nor onto a collective from the units below: "các cơ quan, đơn vị liên quan và Chủ tịch UBND các xã".
      if (m.head.collective && next.areas.some((a) => a.plural || a.grassroots)) continue;
      out[k] = { ...m, areas: next.areas };
    }
  }
  return out;
}

/** /^\d{1,3}$/ without a regex: asked at every token of the body. */
function isSmallNumber(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
