import type { DocType, Relation, Span } from '../../model/record.js';
import { directiveKey, numberKey, orgKey } from '../../model/keys.js';
import type { CitationBlock } from '../find/citation-blocks.js';
import { NESTING_TITLE, type FullMention, type Mention } from '../find/citations.js';
import { parseNumber, type DocNumber } from '../find/number.js';
import { isBoundary, sentenceStart } from '../find/sentences.js';
import { ITEM_MARK } from '../item-marks.js';
import { activeMap, mapFor, withMap } from '../gazetteer/maps.js';
import { syntheticMention, type UnitMention } from '../find/units.js';
import { PhraseTable } from '../phrases.js';
import { capitalizeFirst, squash } from '../text.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { withoutWraps, wrappedRun } from '../wrapped-line.js';
import { ACTIONABLE_TYPES } from '../vocabulary/doc-types.js';
import { STATE_ISSUER_CODES } from '../vocabulary/issuer-codes.js';
import { EVENT_TRIGGERS, ISSUER_FIRST_ITEM_LEADS, ISSUER_ORGANS, MANY_PER_PLACE, OWN_SERIES_TRIGGERS, REPORT_TYPES, SUBMISSION_TYPES, RELATION_TRIGGERS, TRIGGER_WINDOW, type RelationTrigger } from '../vocabulary/relations.js';
import { Warnings } from '../warnings.js';
import { codeBody, headNamed } from './codes.js';
import { itemGivesOthers, mandatedBefore, subjectRightBefore, type IsIssuer } from './mandate.js';
import { attributionAt } from './attribution.js';
import { inPastEventSentence } from './past-event.js';
import { backReferenceOwner } from './back-reference-owner.js';
import { massCentralIssuer } from './mass-central.js';
import { activitySubjectBefore, closingObject, contentsBetween, inHeadingAbove, contributionBefore, fragmentTailBefore, inClosingSentence, meansBefore, resultSpanBefore, runsOnToListItem, theoInsideClause } from './relation-context.js';
import { withoutNameCommas } from './clause-start.js';
import { reviewedSubjectBefore } from './reviewed-subject.js';
import { resultsAfterGround } from './grounds-results.js';
import { measureObjectAfter, opensSentence } from './measure-object.js';
import { purposeBefore } from './purpose-opening.js';
import { contributionJoinsPurpose } from './purpose-contribution.js';
import { passiveAt, spiritInsideSentence } from './spirit-passive.js';
import { trailingTheo } from './trailing-theo.js';
import { continuesStatement } from './semicolon-clause.js';
import { selfPassiveBefore } from './self-passive-theo.js';
import { statedAfterTheo } from './stated-after-theo.js';
import { withOwnOfNested } from './nested-own.js';
import { resolveMention, type DocContext, type ResolvedOrg } from './orgs.js';
import { memoKey, type DocumentMemo } from '../document-memo.js';

/**
 * From mentions to citations: one per cited document and citing document. Mentions of the
 * same number (and of a compatible issuer) merge and keep every span; "Chỉ thị 17" and "văn
 * bản nêu trên" join the citation they repeat. Each mention gets a relation from the nearest
 * trigger phrase before it in its sentence; a list of citations after one trigger shares it.
 * A citation inside another's quoted title ("... của Quận ủy “thực hiện Công văn số 177-CV/TU
 * ...”") is cited by that one (`citedBy`); when the document also names it directly, that is a
 * second entry with `citedBy` null: the graph gets both links.
 */
export interface CitationDraft {
  number: string;
  docNumber: DocNumber;
  docType: DocType;
  issuedOn: string | null;
  issuer: ResolvedOrg | null;
  issuerHow: 'explicit' | 'list' | 'symbol' | null;
  title: string | null;
  relation: Relation;
  citedBy: string | null;
  evidence: string;
  confidence: number;
  rule: string;
  spans: Span[];
  key: string;
  /** Spans of dates that could not be read. */
  badDates: Array<{ text: string; span: Span }>;
}

const TRIGGERS = new PhraseTable<RelationTrigger>(RELATION_TRIGGERS.map((t) => [t.phrase, t] as const));
/** Rules of the triggers that name grounds (`trên cơ sở`), not a `Căn cứ`. */
const GROUNDS: ReadonlySet<string> = new Set(RELATION_TRIGGERS.filter((t) => t.groundsOnly).map((t) => `trigger:${t.phrase}`));
const STRENGTH: Record<Relation, number> = { implements: 3, basis: 2, cites: 1 };
const HOW_RANK = { explicit: 3, list: 2, symbol: 1 } as const;
/** A sentence that opens on a capital purpose word right before the document: "Để ", "Nhằm ". */
const PURPOSE_SUBJECT = new RegExp(String.raw`^[ \t\n]*(?:${ITEM_MARK}[ \t]*)?(?:Để|Nhằm)[ \t]{1,2}$`, 'u');
/** How far back a mention's parent or list neighbour is looked for (a title is at most 500 characters). */
const LOOKBACK = 1000;

interface Decision {
  relation: Relation;
  rule: string;
  weight: number;
  /** Offset of the trigger phrase, when one decided. */
  at?: number;
  /** What the documents listed after this one share, where it differs from its own (`subject-act`). */
  listAs?: { relation: Relation; rule: string };
}

function extentEnd(m: FullMention): number {
  return m.title ? m.title.end + (m.title.quoted ? 1 : 0) : m.end;
}

function docTypeOf(m: FullMention): DocType {
  return m.typeWord ?? m.number.docType ?? 'Khác';
}

/** "và" (or "đồng thời") right before a trigger, after a word: the trigger opens a coordinate clause. */
const AND_BEFORE_TRIGGER = /[\p{L}\d][ \t\n,]{1,3}(?:và|đồng[ \t]{1,2}thời)[ \t\n]{1,2}$/u;

/** Only a purpose word ("Để", "Nhằm") or a list marker between a clause's start and its trigger. */
const OPENS_CLAUSE = new RegExp(String.raw`(?:^|[\n,;:.])[ \t]*(?:${ITEM_MARK}[ \t]*)?(?:(?:để|nhằm)[ \t]{1,2})?$`, 'iu');

/** Where the programme a document carries out was approved or issued. */
const APPROVED_AT = new Set(['phê duyệt tại', 'được phê duyệt tại', 'ban hành tại', 'được ban hành tại']);

/** "… và Chương trình …" (no stop after): a programme joined as a second object, up to where it was approved. */
const JOINED_PROGRAMME = /[ \t\n]và[ \t\n]{1,2}(?:Chương[ \t\n]trình|Đề[ \t\n]án|Chiến[ \t\n]lược|Dự[ \t\n]án|Kế[ \t\n]hoạch)[ \t\n][^;:.]*$/u;

/** Only a plural word between a trigger that owns its measure and the rule's trigger: "cụ thể hóa các quy định của". */
// "triển khai tốt các quy định của", "thực hiện nghiêm các quy định của": a manner word may stand first.
const OWNED_MEASURE_GAP = /^[ \t\n]{1,2}(?:(?:nghiêm|đúng|tốt)[ \t\n]{1,2})?(?:(?:các|những)[ \t\n]{1,2})?$/u;
/** "…, đồng thời thực hiện …": a second carrying-out joined to the clause before. */
const JOINED_SECOND = /[\p{L}\d][ \t\n]{0,2},[ \t\n]{1,2}đồng[ \t]{1,2}thời[ \t\n]{1,2}$/u;

/** Only words and the spaces between them, up to a trailing gap: a module constant (a `\p{…}` literal in a function is compiled at each call under tsx). */
const WORDS_ONLY = /^\p{L}+(?:[ \t]\p{L}+)*[ \t]{1,2}$/u;

/**
 * Whether `rule` is the trigger rule of one of `phrases`. A module function, not a closure in triggerBefore: a closure
 * there would keep the decision `found` in a heap context, read and written there at every trigger.
 */
function keptBasisOf(phrases: readonly string[], rule: string): boolean {
  return phrases.some((p) => rule === `trigger:${p}`);
}

/** The last trigger phrase in text[from, at) for a document of type `docType`. */
export function triggerBefore(text: string, from: number, at: number, docType: DocType): Decision | null {
  const tokens = tokenize(text, Math.max(from, at - TRIGGER_WINDOW), at);
  let found: Decision | null = null;
  /** The last carrying-out trigger read: its end, and whether it was a passive's verb. */
  let carried: { end: number; passive: boolean; purpose: boolean } | null = null;
  /** The end of the last trigger read, when it takes a rule's noun as its own object (`ownsMeasure`). */
  let owner: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const hit = TRIGGERS.match(tokens, i);
    if (!hit) continue;
    const i0 = i;
    const t = hit.values[0]!;
    i = hit.end - 1;
    if (attributionAt(text, t.phrase, tokens[i]!.end)) continue;
    if (inHeadingAbove(text, tokens[i0]!.start, at)) continue;
    // "Căn cứ kết quả thực hiện Nghị quyết …": the trigger before decides; alone ("họp đánh giá kết quả
    // thực hiện Kế hoạch số …", "sau 5 năm thực hiện Nghị quyết …") the results are looked back on and
    // the document refers to the one they came under: four blind writers of 2026-12-05 label it cites.
    if (t.opensClause && !OPENS_CLAUSE.test(text.slice(Math.max(0, tokens[i0]!.start - 24), tokens[i0]!.start))) continue;
    if (t.neutral || (t.relation === 'implements' && (resultSpanBefore(text, tokens[i0]!.start) || (contributionBefore(text, tokens[i0]!.start) && !contributionJoinsPurpose(text, tokens[i0]!.start)) || reviewedSubjectBefore(text, tokens[i0]!.start) || meansBefore(text, tokens[i0]!.start) || activitySubjectBefore(text, tokens[i0]!.start)))) {
      // "trên cơ sở kết quả 5 năm thực hiện Chương trình số …": results are grounds of fact; only a "Căn cứ" makes them a basis.
      // Only when they govern the citation itself: "Dựa trên kết quả thực hiện năm 2023 và Nghị quyết số …" stands on the resolution.
      if (found && GROUNDS.has(found.rule) && /^\s*$/u.test(text.slice(tokens[hit.end - 1]!.end, at))) found = null;
      // "Căn cứ Kế hoạch này, Phòng Tài chính bố trí kinh phí theo Nghị quyết số …": a trigger a clause before governs
      // none of this one's results or means; only one in the same clause does ("Căn cứ kết quả thực hiện …").
      if (found?.at !== undefined && /[\n,;:(]/u.test(withoutWraps(text, found.at, withoutNameCommas(text, found.at, tokens[i0]!.start)))) found = null;
      found ??= { relation: 'cites', rule: `trigger:${t.phrase}`, weight: 0.85, at: tokens[i0]!.start };
      continue;
    }
    if (t.groundsOnly && REPORT_TYPES.has(docType)) { found = { relation: 'cites', rule: `trigger:${t.phrase}:report`, weight: 0.9, at: tokens[i0]!.start }; continue; }
    if (t.groundsOnly && resultsAfterGround(text, tokens[hit.end - 1]!.end, at)) { found = { relation: 'cites', rule: `trigger:${t.phrase}:results`, weight: 0.85, at: tokens[i0]!.start }; continue; }
    if (t.keepsBasis && found?.relation === 'basis') continue;
    // "Triển khai Chương trình … được phê duyệt tại Quyết định số …": the programme the opening or the purpose carries
    // out, named first, and the decision that approved it take one relation (labels40: 27 of 28 labels).
    if (APPROVED_AT.has(t.phrase) && found?.relation === 'implements' && found.at !== undefined && found.rule.startsWith('trigger:')
      && (opensSentence(text, found.at) || purposeBefore(text, found.at)) && !/[;:.]/u.test(withoutWraps(text, found.at, text.slice(found.at, tokens[i0]!.start)))) continue;
    // "cụ thể hóa các quy định của Luật …": the rules right after such a trigger are its object (`ownsMeasure`).
    if (t.keepsBasis && owner !== null && OWNED_MEASURE_GAP.test(text.slice(owner, tokens[i0]!.start))) continue;
    if (t.keepsBasisOf && found?.relation === 'basis' && keptBasisOf(t.keepsBasisOf, found.rule)) continue;
    if (t.actionableOnly) {
      // "theo" binds to the words right after it: "theo Chỉ thị", not "theo quy định ... Báo cáo".
      if (tokens.length - hit.end > 4) continue;
      // "… tiêu hủy theo hướng dẫn tại Thông tư số …": inside its clause it names the measure (cites);
      // a trigger before it in the clause ("thực hiện nghiêm … theo Chỉ thị …") still decides.
      // "Kế hoạch này được triển khai thực hiện theo Kế hoạch số …": the document itself follows the one cited.
      if (selfPassiveBefore(text, tokens[i0]!.start)) { found = { relation: 'implements', rule: `trigger:${t.phrase}:self`, weight: 0.9, at: tokens[i0]!.start }; continue; }
      if (theoInsideClause(text, from, tokens[i0]!.start)) {
        // "việc quản lý quỹ thực hiện theo Quy chế …": a trigger right before "theo" is the work done by the measure.
        // "Để triển khai … phòng, chống thiên tai … theo Chỉ thị số …": the comma of a name breaks no clause.
        // A web copy's wrapped line inside the words between is no clause break either.
        const between = found?.at === undefined ? '' : withoutWraps(text, found.at, withoutNameCommas(text, found.at, tokens[i0]!.start));
        // "Hưởng ứng ngày … là Ngày hội … theo Quyết định số …": an event's trigger; the decision set the event up.
        const event = found !== null && EVENT_TRIGGERS.has(found.rule.replace(/^trigger:/, ''));
        // "Thực hiện theo Hướng dẫn số …" opening its sentence: one opening that carries the document out.
        // "…, kịp thời kiểm tra …; thực hiện theo Quy định số …": after a semicolon that goes on with a task, no opening.
        const opening = found?.at !== undefined && found.relation === 'implements' && opensSentence(text, found.at)
          && !continuesStatement(text, found.at, (s) => opensOnTrigger(text, s, docType));
        // "Để thực hiện đợt cao điểm theo Kế hoạch số …": after a purpose word the work of any length is the document's own aim.
        const own = opening || (found?.at !== undefined && found.relation === 'implements' && purposeBefore(text, found.at));
        if (!found || found.at === undefined || event || /[\n,;:(]/u.test(between) || (WORDS_ONLY.test(between) && !own)) found = { relation: 'cites', rule: `trigger:${t.phrase}:measure`, weight: 0.85, at: tokens[i0]!.start };
        continue;
      }
      found = { relation: ACTIONABLE_TYPES.has(docType) ? t.relation : 'cites', rule: `trigger:${t.phrase}`, weight: 0.9, at: tokens[i0]!.start };
      continue;
    }
    // "Kế hoạch này được thực hiện cùng Kế hoạch số …", "…, theo tinh thần Chỉ thị số …" (spirit-passive.ts).
    const passive = t.relation === 'implements' && passiveAt(text, tokens[i0]!.start);
    const spirit = spiritInsideSentence(text, t.phrase, tokens[i0]!.start, carried);
    // "Chỉ thị được ban hành nhằm thực hiện Chỉ thị số …, đồng thời thực hiện nghiêm các quy định của Luật …": a second
    // carrying-out joined to the document's own purpose is the purpose's too; the Law's rules are its object, as after
    // `triển khai` (extraction-quality.md: `…, đồng thời thực hiện nghiêm Luật …` joined to a purpose implements).
    const prior = carried as { passive: boolean; purpose: boolean } | null;
    const purposeJoined = t.relation === 'implements' && !t.ownsMeasure && prior !== null && prior.purpose && !prior.passive
      && JOINED_SECOND.test(text.slice(Math.max(0, tokens[i0]!.start - 20), tokens[i0]!.start));
    if (t.relation === 'implements') carried = { end: tokens[hit.end - 1]!.end, passive, purpose: purposeJoined || purposeBefore(text, tokens[i0]!.start) };
    if (passive || spirit) { found = { relation: 'cites', rule: `trigger:${t.phrase}:${passive ? 'passive' : 'spirit'}`, weight: 0.85, at: tokens[i0]!.start }; continue; }
    found = { relation: t.relation, rule: `trigger:${t.phrase}`, weight: 1, at: tokens[i0]!.start };
    // "Thực hiện đúng quy trình theo Quy định số …": the trigger's object is a rule the document sets.
    const measure = t.relation === 'implements' && !t.ownsMeasure && !purposeJoined ? measureObjectAfter(text, tokens[hit.end - 1]!.end, at) : null;
    owner = t.ownsMeasure || purposeJoined ? tokens[hit.end - 1]!.end : null;
    if (measure) found = { relation: 'cites', rule: `trigger:${measure.word}:measure`, weight: 0.85, at: measure.at };
  }
  return found;
}

const STATEMENT_LEAD = new RegExp(String.raw`^\s*(?:${ITEM_MARK}[ \t]*)?`, 'u');
/** The statement at `from` (its item mark and space aside) opens on a trigger phrase. */
function opensOnTrigger(text: string, from: number, docType: DocType): boolean {
  const lead = from + STATEMENT_LEAD.exec(text.slice(from, from + 24))![0].length;
  const t = triggerBefore(text, lead, Math.min(lead + 24, text.length), docType);
  return t !== null && t.at === lead;
}

/** Only list glue between two offsets: ", ", " và ", "; " (a list of cited documents). */
export function onlyListGlue(text: string, a: number, b: number): boolean {
  return b >= a && b - a < 12 && /^[\s,;]*(?:và|cùng)?[\s,]*$/u.test(text.slice(a, b));
}

/**
 * True when text[from, at) is only space or a list marker, right after a ";" (a new item of the same
 * list). A list run inline numbers its items in brackets: "tại các văn bản: (1) Chỉ thị số …; (2) Kế
 * hoạch số …; (3) Hướng dẫn số …".
 */
export function opensAfterSemicolon(text: string, from: number, at: number): boolean {
  return from > 0 && text[from - 1] === ';' && (/^\s*(?:[-–+•*]|\d{1,2}[.)/-]|[a-zđ]\)|\((?:\d{1,2}|[a-zđ])\))?\s*$/u.test(text.slice(from, at))
    || ISSUER_LEAD_ITEM.test(text.slice(from, at)));
}

/**
 * "…, ý kiến chỉ đạo của Sở … tại Công văn số …": list glue, then an item that names its issuer before the number.
 * A web copy or a news report wraps its lines anywhere ("… của Bộ Tư lệnh BĐBP" / "và chỉ đạo của UBND tỉnh tại
 * Công văn số …"): one line break in the glue is a space; a blank line ends the list.
 */
function leadAfterGlue(text: string, a: number, b: number): boolean {
  const glue = /^[ \t]*\n?[ \t]*(?:[,;][ \t]*\n?[ \t]*(?:và[ \t]*\n?[ \t]*)?|và[ \t]*\n?[ \t]*)/u.exec(text.slice(a, Math.min(b, a + 14)));
  return glue !== null && b - a < 240 && ISSUER_LEAD_ITEM.test(text.slice(a + glue[0].length, b));
}

/** "…; ý kiến chỉ đạo của Sở … tại Công văn số …": an item that names its issuer before the number. */
const ISSUER_LEAD_ITEM = new RegExp(String.raw`^\s*(?:[-–+•*]\s*)?(?:${phraseAlternation(ISSUER_FIRST_ITEM_LEADS, { gap: '\\s{1,2}' })})\s{1,2}của\s${wrappedRun(';:')}{2,160}?\s\(?(?:tại|theo)\s{1,2}$`, 'iu');

/** An item that names its issuer before the number, at the end of a run: "… đến năm 2030 và chỉ đạo của UBND tỉnh … tại ". */
const ISSUER_LEAD_TAIL = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(ISSUER_FIRST_ITEM_LEADS, { gap: '\\s{1,2}' })})\s{1,2}của\s${wrappedRun(';:')}{2,160}?\s\(?(?:tại|theo)\s{1,2}$`, 'iu');

/**
 * Where the item before `b` starts when it names its issuer before its number ("Kế hoạch nhằm cụ thể hóa Quyết
 * định số … phê duyệt Đề án … đến năm 2030 và chỉ đạo của UBND tỉnh … tại Công văn số …"), else `b`: the run
 * from the document before then ends in the list's "và" (runsOnToListItem).
 */
function issuerLeadStart(text: string, a: number, b: number): number {
  const m = ISSUER_LEAD_TAIL.exec(text.slice(Math.max(a, b - 200), b));
  return m ? Math.max(a, b - 200) + m.index : b;
}

/** How far back (characters) a plural back-reference ("các văn bản này") reaches for the documents it names. */
const PLURAL_REACH = 600;

/** How far (characters) a trigger may stand before a short repeat it governs: "Thực hiện nghiêm túc Chỉ thị 17". */
const SHORT_REACH = 30;

/** The relation a short repeat ("Chỉ thị 17") is given by a trigger right before it, read in its clause. */
function shortTrigger(text: string, at: number, docType: DocType, blocks: readonly CitationBlock[], isIssuer: IsIssuer): Decision | null {
  const from = sentenceStart(text, at, 0);
  const t = triggerBefore(text, from, at, docType);
  const triggerEnd = t?.at === undefined ? 0 : t.at + t.rule.replace(/^trigger:/, '').length;
  if (!t || t.at === undefined || (at - triggerEnd > SHORT_REACH && !contentsBetween(text, triggerEnd, at))) return null;
  return inContext(text, t, at, from, blocks, isIssuer);
}

/** A line made only of a list marker, up to a citation: "- ", "2. ", or nothing. */
/** The item mark and the spaces that open a line. */
const LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:${ITEM_MARK}[ \t]*)?`, 'u');
const LINE_OPENER = new RegExp(String.raw`(?:^|\n)[ \t]*${ITEM_MARK}?[ \t]*$`, 'u');
/** Lines looked back over, for a list written one item per line. */
const LIST_LINES = 12;

/**
 * "Căn cứ Luật …;" then "Nghị định số … ;" on the next line: a list written one document per
 * line, whose items after the first carry no trigger of their own, shares the trigger that opens
 * its first line. Read only when the line before ends with ";" (or ",") and the citation opens its line.
 */
export function lineListTrigger(text: string, at: number, docType: DocType): Decision | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0 || !LINE_OPENER.test(text.slice(lineStart, at))) return null;
  let end = lineStart - 1;
  for (let n = 0; n < LIST_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (!/[;,]$/u.test(line)) return null;
    const lead = LINE_LEAD.exec(line)![0].length;
    const t = triggerBefore(text, start + lead, Math.min(start + lead + 24, end), docType);
    if (t && t.at === start + lead) return { relation: t.relation, rule: t.rule.replace(/^trigger:/, 'list:'), weight: 0.85 };
    end = start - 1;
  }
  return null;
}

/**
 * "Thực hiện Nghị quyết Đại hội … lần thứ X, nhiệm kỳ 2023 - 2028; Hướng dẫn số … của …, Ban Thường vụ …
 * xây dựng Kế hoạch": a citation opening the clause after a ";" whose clause before opened on a trigger and
 * named no numbered document (a document named without a number, say) is the next item of that list.
 */
function clauseListTrigger(text: string, sentenceFrom: number, at: number, docType: DocType): Decision | null {
  if (!opensAfterSemicolon(text, sentenceFrom, at)) return null;
  const clause = sentenceStart(text, sentenceFrom - 1, 0);
  const start = clause + (/^\s*/u.exec(text.slice(clause, sentenceFrom))![0].length);
  const opened = (from: number): Decision | null => {
    const lead = from + LINE_LEAD.exec(text.slice(from, sentenceFrom))![0].length;
    const t = triggerBefore(text, lead, Math.min(lead + 24, sentenceFrom - 1), docType);
    return t && t.at === lead ? { relation: t.relation, rule: t.rule.replace(/^trigger:/, 'list:'), weight: 0.85 } : null;
  };
  const first = opened(start);
  if (first) return first;
  // "KẾ HOẠCH" / "Tổ chức Tháng Thanh niên năm 2025" / "Thực hiện Chương trình … của Ban Bí thư" / "Trung ương
  // Đoàn; Kế hoạch số …": a title line, which ends on no stop, runs into the sentence under it; the clause's
  // own trigger opens a later line of it, in capitals as a paragraph opens (w325).
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < sentenceFrom; nl = text.indexOf('\n', nl + 1)) {
    if (!LINE_OPENS_CAPITAL.test(text.slice(nl + 1, nl + 8))) continue;
    const t = opened(nl + 1);
    if (t) return t;
  }
  return null;
}

/** A line that opens (after its item mark) on a capital letter. */
const LINE_OPENS_CAPITAL = new RegExp(String.raw`^[ \t]*(?:${ITEM_MARK}[ \t]*)?\p{Lu}`, 'u');

/** The full mention whose title contains offset `at` and carries it out (or quotes it). */
function parentAt(text: string, at: number, fulls: readonly FullMention[], before: number): FullMention | null {
  for (let j = before - 1; j >= 0 && fulls[j]!.start >= at - LOOKBACK; j--) {
    const p = fulls[j]!;
    if (!p.title || at < p.title.start || at >= p.title.end) continue;
    if (p.title.quoted || NESTING_TITLE.test(text.slice(p.title.start, at))) return p;
  }
  return null;
}

/**
 * The relation a trigger gives, read in its clause: under a "Căn cứ:" or "Thực hiện:" heading the
 * heading decides; an "implements" or "basis" trigger inside a task for others is a mandate (cites):
 * "UBND các xã, thị trấn căn cứ Hướng dẫn số … xây dựng kế hoạch" tells the communes what to stand
 * on, the document does not stand on it.
 */
export function inContext(text: string, d: Decision | null, at: number, sentenceFrom: number, blocks: readonly CitationBlock[], isIssuer?: IsIssuer): Decision | null {
  const block = blocks.find((b) => at >= b.start && at < b.end);
  if (block) return { relation: block.relation, rule: `block:${block.heading.toLowerCase()}`, weight: 1 };
  if (d && d.at !== undefined && (d.relation === 'implements' || (d.relation === 'basis' && subjectRightBefore(text, sentenceFrom, d.at)))
    && mandatedBefore(text, itemClauseStart(text, sentenceFrom), d.at, isIssuer)) {
    return { ...d, relation: 'cites', rule: d.rule.replace(/^(?:trigger|list):/, 'mandate:') };
  }
  if (d && d.at !== undefined && d.relation !== 'cites' && /^(?:trigger|list):/u.test(d.rule) && itemGivesOthers(text, d.at, at, isIssuer)) {
    return { ...d, relation: 'cites', rule: d.rule.replace(/^(?:trigger|list):/, 'item-task:') };
  }
  return d;
}

/** An item marker opening a line: "2. ", "- ", "a) ". */
const ITEM_OPENER = new RegExp(String.raw`^[ \t]*${ITEM_MARK}[ \t]`, 'u');

/**
 * Where the clause of a task item starts: "2. Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp …; kịp thời xử
 * lý … theo Quy định số …" is one item whose sentence a semicolon cut in two; its subject and its
 * "chủ trì" stand before the cut, so the item is read from its marker. Any other sentence from its start.
 */
export function itemClauseStart(text: string, sentenceFrom: number): number {
  let k = sentenceFrom - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] !== ';') return sentenceFrom;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  return ITEM_OPENER.test(text.slice(lineStart, lineStart + 8)) ? lineStart : sentenceFrom;
}

/** Is a unit the document's issuer (or an organ acting for it)? Unknown counts as the issuer: no task is made up. */
export function issuerTest(ctx: DocContext, issuerKey: string | null = null): IsIssuer {
  const quiet = { ...ctx, warnings: new Warnings() };
  return (m) => {
    const own = ctx.issuerBody;
    if (!own) return null;
    // An organ that issues in its own series ("Ban Tuyên giáo Tỉnh ủy") is the issuer too.
    const r = resolveMention(m, quiet)[0];
    if (!r || same(r, own) || r.key === issuerKey) return true;
    if (m.head.shape !== 'part' || !ISSUER_ORGANS.has(m.head.canonical)) return false;
    const owner = m.owner ? resolveMention(m.owner, quiet)[0] : own;
    return !owner || same(owner, own);
  };
}

/** One body under two names: "Đảng bộ xã" and "Đảng ủy xã Đông Hội" are the same commune's Party committee. */
function same(a: ResolvedOrg, b: ResolvedOrg): boolean {
  if (a.key === b.key) return true;
  const place = (o: ResolvedOrg) => o.area?.wardCode ?? o.area?.districtCode ?? o.area?.provinceCode ?? null;
  return a.kind === b.kind && !MANY_PER_PLACE.has(a.kind) && a.level === b.level && place(a) !== null && place(a) === place(b);
}

/** `same` where the place has no code (a district name several provinces share): the names of the place agree. */
function samePlaceNamed(a: ResolvedOrg, b: ResolvedOrg): boolean {
  const names = (o: ResolvedOrg) => [o.area?.province ?? null, o.area?.district ?? null, o.area?.ward ?? null];
  const [na, nb] = [names(a), names(b)];
  return a.kind === b.kind && !MANY_PER_PLACE.has(a.kind) && a.level === b.level && na.some((x) => x !== null) && na.every((x, k) => x === nb[k]);
}

/**
 * A submission ("Tờ trình") asks the citing body to decide; the decision names it, it neither stands
 * on it nor carries it out: "trên cơ sở Tờ trình số …", "căn cứ Tờ trình số …" cite it, as "Theo đề
 * nghị … tại Tờ trình số …" does.
 */
function asSubmission(d: Decision, docType: DocType): Decision {
  return d.relation !== 'cites' && SUBMISSION_TYPES.has(docType) ? { ...d, relation: 'cites', rule: d.rule.replace(/^[a-z-]+:/, 'submission:') } : d;
}

/**
 * A basis the document states in its `Căn cứ` lines: "Căn cứ Quyết định số 06/QĐ-TTg …" then "Tổ công tác
 * triển khai Đề án 06" in an article is the same document named again inside a body's name, not a
 * second act of the citing one; a later mention does not turn the ground it stands on into one it carries out.
 */
/**
 * "Để thực hiện tốt Kế hoạch số 145-KH/TU … của Ban Thường vụ Tỉnh ủy triển khai Kết luận 61, …": a trigger in
 * another numbered document's unbroken subject (no clause break after its number and issuer) is that document's
 * act on the repeat, not the citing one's.
 */
function ownTrigger(text: string, fulls: readonly FullMention[], t: Decision | null): Decision | null {
  if (!t || t.at === undefined) return t;
  const at = t.at;
  return fulls.some((f) => f.end <= at && at - f.end < 120 && !/[,;:.\n]/u.test(text.slice(f.end, at))) ? null : t;
}

/**
 * "Đề án 06" after "Quyết định số 06/QĐ-TTg" (which approved it): a project or programme named by its
 * number is the work a decision approved, not the decision; the short form repeats no decision of that serial.
 */
function projectOfDecision(shortType: DocType, targetType: DocType): boolean {
  return targetType === 'Quyết định' && (shortType === 'Đề án' || shortType === 'Chương trình');
}

/** Lower-case words only, no purpose or list word: the unbroken subject of the document before ("ban hành kế hoạch "). */
const SUBJECT_ACT_GAP = /^[ \t]{1,2}(?!(?:để|nhằm|và|đồng thời|cùng|đồng|theo)[ \t])(?:\p{Ll}+[ \t]{1,2}){0,8}$/u;

/** The trigger at `at` stands in the unbroken subject after `prev`'s number, date and issuer. */
function subjectActOf(text: string, prev: FullMention, at: number): boolean {
  return at > prev.end && at - prev.end < 80 && SUBJECT_ACT_GAP.test(text.slice(prev.end, at));
}

/** No sentence ends in text[a, b) but at a semicolon: a statement whose clauses a semicolon parts. */
function sameStatement(text: string, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) if (text[k] !== ';' && isBoundary(text, k)) return false;
  return true;
}

/** The "theo" triggers that may open a sentence stating what a document says (stated-after-theo.ts). */
const STATING_THEO: ReadonlySet<string> = new Set(['trigger:theo', 'trigger:theo tinh thần', 'trigger:trên tinh thần']);

function statedBasis(c: CitationDraft): boolean {
  return c.relation === 'basis' && /^(?:block|trigger|list):căn cứ/u.test(c.rule);
}

type Decisions = Map<FullMention, Decision & { parent: FullMention | null }>;

/** The decisions of one reading, the input they were read from, and every question the issuer test answered for them. */
interface Decided {
  text: string;
  fulls: readonly FullMention[];
  blocks: readonly CitationBlock[];
  asked: Array<readonly [UnitMention, boolean | null]>;
  decisions: Decisions;
}
const DECIDED = memoKey<{ last: Decided | null }>('citation decisions');

/**
 * `decide`, once per document where it can be. An undated document is resolved on both maps, and what
 * decide reads is the same on both (the text, the mentions, the blocks) but for the answers of the issuer
 * test, which go through the issuer and the gazetteer. The second reading takes the first's decisions when
 * the test, asked again every question it answered then, answers each the same: decide run again would ask
 * the same questions in the same order and decide the same. Otherwise it decides afresh. (A fifth of
 * resolveCitations, which was a tenth of an undated seed's second reading.)
 */
function decideOnce(memo: DocumentMemo | undefined, text: string, fulls: readonly FullMention[], blocks: readonly CitationBlock[], isIssuer: IsIssuer): Decisions {
  const slot = memo?.get(DECIDED, () => ({ last: null }));
  const kept = slot?.last;
  if (kept && kept.text === text && kept.blocks === blocks && kept.fulls.length === fulls.length && kept.fulls.every((m, k) => m === fulls[k])
    && kept.asked.every(([m, answer]) => isIssuer(m) === answer)) return kept.decisions;
  const asked: Array<readonly [UnitMention, boolean | null]> = [];
  const decisions = decide(text, fulls, blocks, (m) => {
    const answer = isIssuer(m);
    asked.push([m, answer]);
    return answer;
  });
  if (slot) slot.last = { text, fulls, blocks, asked, decisions };
  return decisions;
}

function decide(text: string, fulls: readonly FullMention[], blocks: readonly CitationBlock[], isIssuer?: IsIssuer): Decisions {
  const out: Decisions = new Map();
  for (let k = 0; k < fulls.length; k++) {
    const m = fulls[k]!;
    const parent = parentAt(text, m.start, fulls, k);
    const floor = parent ? parent.title!.start : m.sentenceStart;
    let prev: FullMention | null = null;
    for (let j = k - 1; j >= 0 && fulls[j]!.start >= m.start - LOOKBACK; j--) {
      const p = fulls[j]!;
      if (p === parent) break;
      if (extentEnd(p) <= m.start) { prev = p; break; }
    }
    // "Căn cứ Nghị định số … quy định …; Thông tư số … hướng dẫn …;": a clause after a semicolon
    // that opens with the citation goes on with the list of the clause before.
    // "Kinh phí thực hiện theo Luật …; Quyết định số … vẫn giữ hiệu lực.": only a document of the same
    // statement heads that list; one a full stop or a paragraph before is none of it.
    const prevInStatement = prev !== null && prev.start >= m.sentenceStart - LOOKBACK && opensAfterSemicolon(text, m.sentenceStart, m.start)
      && sameStatement(text, extentEnd(prev), m.sentenceStart);
    const listed = prev !== null && (onlyListGlue(text, extentEnd(prev), m.start) || leadAfterGlue(text, extentEnd(prev), m.start) || prevInStatement);
    const from = prev && extentEnd(prev) >= floor ? extentEnd(prev) : floor;
    let d = triggerBefore(text, from, m.start, docTypeOf(m));
    // "Kế hoạch số 95/… về triển khai Đề án … ban hành kèm theo Quyết định số 1312/…": the subject
    // before ran up to this number, so the words in it say what this one is to it; it is no list.
    const intoSubject = !d && !parent && prev !== null && prev.title !== null && !prev.title.quoted && extentEnd(prev) === m.start
      ? triggerBefore(text, prev.title.start, m.start, docTypeOf(m)) : null;
    // Only words that attach or replace ("kèm theo", "thay thế") speak for the next one: "Căn cứ Quyết
    // định số … về giao chỉ tiêu thực hiện Kế hoạch số …" is still a list of bases.
    // "… để triển khai Kế hoạch số … về … và Chương trình … được phê duyệt tại Quyết định số …": a programme joined by
    // "và" after the subject is the carrying-out's second object, and the decision that approved it shares its relation
    // (labels40, as when the programme is named first).
    const prevDecision = prev ? out.get(prev) : undefined;
    if (intoSubject && intoSubject.at !== undefined && APPROVED_AT.has(intoSubject.rule.replace(/^trigger:/u, '')) && prevDecision?.relation === 'implements'
      && /^(?:trigger|list|block):/u.test(prevDecision.rule) && JOINED_PROGRAMME.test(text.slice(prev!.title!.start, intoSubject.at))) {
      d = { ...intoSubject, relation: 'implements', rule: intoSubject.rule.replace(/^trigger:/, 'joined-programme:') };
    } else if (intoSubject?.relation === 'cites') d = { ...intoSubject, rule: intoSubject.rule.replace(/^trigger:/, 'subject:') };
    // "… trên cơ sở Quyết định số … về công bố tình huống khẩn cấp … và thực hiện Chỉ thị số …": a trigger right after
    // the "và" that closes the subject opens the citing one's own next clause, no word of that subject.
    else if (intoSubject && intoSubject.at !== undefined && AND_BEFORE_TRIGGER.test(text.slice(Math.max(prev!.title!.start, intoSubject.at - 16), intoSubject.at))) {
      d = { ...intoSubject, rule: intoSubject.rule.replace(/^trigger:/, 'and-trigger:') };
    }
    // "Căn cứ Quyết định số 88/QĐ-UBND … của UBND tỉnh ban hành kế hoạch thực hiện Nghị quyết số 39/NQ-CP …": a
    // subject written without "về" (no title found) runs on unbroken after the number and issuer of a document the
    // citing one stands on or carries out; its trigger is that document's act on this one, as in a title.
    if (d && d.at !== undefined && d.relation !== 'cites' && !parent && prev !== null && prev.title === null && prev.start >= m.sentenceStart
      && subjectActOf(text, prev, d.at) && /^(?:trigger|list|block):/u.test(out.get(prev)?.rule ?? '') && out.get(prev)!.relation !== 'cites') {
      // The documents listed after it ("…, Công văn số … và Hướng dẫn số …, Ban Thường vụ …") go back to the
      // citing one's own list, as they read before: nothing says they belong to the subject.
      d = { ...d, relation: 'cites', rule: d.rule.replace(/^trigger:/, 'subject-act:'), listAs: { relation: d.relation, rule: d.rule } };
    }
    // "Để Nghị quyết số … sớm đi vào cuộc sống, Ban Thường vụ … ban hành Kế hoạch": the document is the subject of the
    // citing one's own purpose, the sentence opening on the purpose word; what it is to achieve is carried out.
    if (!d && !parent && PURPOSE_SUBJECT.test(text.slice(m.sentenceStart, m.start))) d = { relation: 'implements', rule: 'purpose-subject', weight: 0.8 };
    if (!d && !parent && !prev) {
      const tail = fragmentTailBefore(text, m.start);
      if (tail) d = { relation: tail, rule: 'fragment-tail', weight: 0.8 };
    }
    if (!parent) d = inContext(text, d, m.start, m.sentenceStart, blocks, isIssuer);
    if (d && d.relation === 'implements' && !parent && !d.rule.startsWith('block:') && inClosingSentence(text, m.sentenceStart)) {
      d = { ...d, relation: 'cites', rule: d.rule.replace(/^[a-z-]+:/, 'closing:') };
    } else if (d && d.relation === 'implements' && !parent && inPastEventSentence(text, m.sentenceStart)) {
      d = { ...d, relation: 'cites', rule: d.rule.replace(/^[a-z-]+:/, 'past:') };
    }
    if (d && d.rule === 'trigger:theo' && d.relation === 'implements' && !parent && trailingTheo(text, m.sentenceStart, m.start, extentEnd(m), m.sentenceEnd)) {
      d = { ...d, relation: 'cites', rule: 'trigger:theo:trailing' };
    }
    if (d && STATING_THEO.has(d.rule) && d.relation === 'implements' && d.at !== undefined && !parent && opensSentence(text, d.at) && statedAfterTheo(text, extentEnd(m), m.sentenceEnd)) {
      d = { ...d, relation: 'cites', rule: `${d.rule}:stated` };
    }
    if (!d && !listed && !parent && prev !== null && prev.start >= m.sentenceStart && runsOnToListItem(text, extentEnd(prev), issuerLeadStart(text, extentEnd(prev), m.start))) {
      const pd = out.get(prev)!.listAs ?? out.get(prev)!;
      if (pd.rule !== 'mention') d = { relation: pd.relation, rule: pd.rule.replace(/^(?:nested:)?(?:trigger|list):/, 'list-run-on:'), weight: 0.85 };
    }
    if (!d && listed) {
      // "Thực hiện Công văn số ...; Kế hoạch số ... của ...": the list shares the trigger.
      const pd = out.get(prev!)!;
      const shared = pd.listAs ?? pd;
      d = { relation: shared.relation, rule: shared.rule.replace(/^(?:nested:)?trigger:/, 'list:'), weight: 0.9 };
      // "Dựa trên kết quả điều tra theo Quyết định số … và Nghị quyết số …": the results came under the first;
      // the next is a second ground of the trigger (grounds-results.ts).
      if (pd.rule.endsWith(':results')) d = { ...d, relation: 'basis', rule: d.rule.replace(/:results$/, '') };
      // "Trên cơ sở Nghị quyết số … và Báo cáo số … về kết quả …": a report listed after the ground records what was
      // done, cited as after the trigger itself; a document listed after a report is a ground again.
      const ground = shared.rule.replace(/:report$/, '');
      if (GROUNDS.has(ground) && REPORT_TYPES.has(docTypeOf(m))) d = { ...d, relation: 'cites', rule: `${d.rule.replace(/:report$/, '')}:report` };
      else if (GROUNDS.has(ground) && shared.rule.endsWith(':report')) d = { ...d, relation: 'basis', rule: d.rule.replace(/:report$/, '') };
    }
    if (!d && !parent) d = lineListTrigger(text, m.start, docTypeOf(m)) ?? (prev === null || !listed ? clauseListTrigger(text, m.sentenceStart, m.start, docTypeOf(m)) : null);
    if (d) d = asSubmission(d, docTypeOf(m));
    if (d && parent) d = { ...d, rule: `nested:${d.rule}`, weight: d.weight * (parent.title!.quoted ? 0.95 : 0.9) };
    out.set(m, { ...(d ?? { relation: 'cites', rule: 'mention', weight: 0.85 }), parent });
  }
  return out;
}

/**
 * The issuer of a cited document, named the way it signs ("Ban Thường vụ Thành ủy Hà Nội"),
 * keyed by the organisation whose number series the symbol names: the Thành ủy for "…/TU", the
 * Ban Tuyên giáo itself for "…/BTGTW".
 */
export function issuerOfMention(mention: UnitMention, ctx: DocContext, num: DocNumber | null): ResolvedOrg | null {
  if (mention.head.shape === 'part') {
    const organ = codeBody(num)?.part;
    if (organ && organ === mention.head.canonical + (mention.tail ? ` ${mention.tail}` : '')) {
      const r = resolveMention(mention, ctx)[0];
      return r ? { ...r, body: r.name } : null;
    }
    const owner = mention.owner ? resolveMention(mention.owner, ctx)[0] ?? null : ctx.issuerBody;
    if (!owner) return null;
    const part = capitalizeFirst(mention.tail ? `${mention.head.canonical} ${mention.tail}` : mention.head.canonical);
    return { ...owner, name: `${part} ${owner.name}`, body: owner.name, surface: squash(ctx.text.slice(mention.start, mention.end)), spans: [[mention.start, mention.end]] };
  }
  const r = resolveMention(mention, ctx)[0];
  if (r && CENTRAL_COMMITTEE_WORDS.has(mention.head.canonical)) return { ...r, name: CENTRAL_COMMITTEE, body: CENTRAL_COMMITTEE };
  return r ? { ...r, body: r.name } : null;
}

/**
 * "của Trung ương", "của Trung ương Đảng", "Hội nghị Trung ương 4": the Party's Central Committee,
 * named as it signs; the surface keeps the words printed.
 */
const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương';
const CENTRAL_COMMITTEE_WORDS: ReadonlySet<string> = new Set(['Trung ương', 'Trung ương Đảng']);

function synthetic(canonical: string, part = false): UnitMention | null {
  const head = headNamed(canonical, part);
  return head ? syntheticMention(head) : null;
}

/** Issuer from the symbol alone, read in the document's context ("180-CV/QU" in a Liên Chiểu ward). */
function issuerFromSymbol(num: DocNumber, ctx: DocContext): ResolvedOrg | null {
  const body = codeBody(num);
  if (!body) return null;
  if (num.family === 'party') {
    const m = synthetic(body.committee);
    if (!m) return null;
    const owner = resolveMention(m, ctx)[0];
    if (!owner || (owner.level !== 'central' && !owner.area)) return null;
    if (body.part) {
      const organ = synthetic(body.part, true);
      const r = organ ? resolveMention({ ...organ, owner: null }, { ...ctx, issuerBody: owner })[0] : null;
      if (r) return { ...r, body: r.name, surface: num.issuerCode ?? '', spans: [], resolvedBy: 'symbol+context' };
    }
    return { ...owner, body: owner.name, surface: num.issuerCode ?? '', spans: [], resolvedBy: 'symbol+context' };
  }
  const entry = STATE_ISSUER_CODES[(num.issuerCode ?? '').toUpperCase()];
  if (!entry || entry.level !== 'central') return null;
  return {
    key: orgKey(entry.body, null), name: entry.body, surface: num.issuerCode ?? '', kind: 'government', level: 'central', area: null,
    collective: false, resolvedBy: 'symbol', spans: [], body: entry.body, partOf: null,
  };
}

/** True when the issuer phrase can be the body the symbol names (TU with Thành ủy, QU with Quận ủy). */
function compatible(num: DocNumber, issuer: ResolvedOrg): boolean {
  const c = codeBody(num);
  if (!c) return true;
  const body = issuer.body ?? issuer.name;
  if (c.committee === 'Tỉnh ủy') return /(?:Tỉnh ủy|Thành ủy)/u.test(body);
  if (c.committee === 'Trung ương') return issuer.level === 'central';
  return body.toLowerCase().includes(c.committee.toLowerCase());
}

/**
 * A cited document's issuer is the body of its own date: a 2025 letter of the new phường Hải Vân
 * that carries out "Công văn số 512-CV/QU ngày 20/5/2025 của Ban Thường vụ Quận ủy Liên Chiểu" names a
 * district body of the map before the reform, which the map of the letter's own date no longer has.
 */
function onCitedMap<T>(citedOn: string | null, read: () => T): T {
  const map = mapFor(citedOn);
  return map && map !== activeMap() ? withMap(map, read) : read();
}

/** The State symbol after the running number and year: "UBND-TNMT" of "870/UBND-TNMT". */
const seriesOf = (n: DocNumber) => n.number.slice(n.number.lastIndexOf('/') + 1).toUpperCase();

/**
 * A cited document of the citing one's own issuer, whose name is not written: "Tiếp theo Công văn
 * số 870/UBND-TNMT ngày …" follows up a letter of the same sender, and a Công văn of the same
 * series as the document's own (issuer and drafting unit, "UBND-TNMT") comes from the same office.
 * A series without a drafting unit ("KH-UBND") is shared by every People's Committee: not read so.
 */
function ownSeries(m: FullMention, d: Decision, selfNumber: string | null): boolean {
  if (OWN_SERIES_TRIGGERS.some((phrase) => d.rule === `trigger:${phrase}`)) return true;
  const self = selfNumber ? parseNumber(selfNumber) : null;
  return self !== null && self.family === 'state' && m.number.family === 'state' && m.number.typeCode === null && self.typeCode === null
    && seriesOf(m.number).includes('-') && seriesOf(m.number) === seriesOf(self);
}

/** An issuer is written but was not read ("… của Ủy ban nhân dân tỉnh Thừa Thiên - Huế"): no name is guessed then. */
const ISSUER_UNREAD_AFTER = /^\s{0,2},?\s{0,3}(?:\p{Ll}+\s{1,2}){0,3}của\s/u;
const ISSUER_UNREAD_BEFORE = /(?<![\p{L}])của\s[^;:\n]{2,100}?\s(?:(?:tại|theo)\s{1,2}|\(\s{0,2})$/u;
/**
 * "… theo Kế hoạch số 77/KH-SGDĐT ngày 20/5/2024 của Sở." in a Sở's own letter, with no Sở named before: the
 * head word alone is the writer's own body (find/citations.ts reads it as a body named earlier when there is
 * one); its symbol must still carry the citing document's own code to be read so (below).
 */
const BARE_OWN_HEAD = /^\s{0,2},?\s{0,3}của\s{1,2}(?:Sở|Bộ|Cục|Chi\s{1,2}cục|Phòng|Ban|Trung\s{1,2}tâm|Văn\s{1,2}phòng)(?=[ \t]*(?:[,.;:)]|về\s|$))/u;

/** The code a body of this kind signs with after the type (`QĐ-UBND`, `NQ-HĐND`): for a text without its own number. */
const CODE_OF_KIND: Readonly<Record<string, string>> = { 'people-committee': 'UBND', 'people-council': 'HĐND' };

/**
 * A State document cited without its issuer, whose symbol the code table cannot place: the writer left
 * out a name the reader already has. Next in a list after a document of the same issuer code that
 * names its issuer ("Kế hoạch số 215/KH-UBND … của UBND Thành phố; Kế hoạch số 230/KH-UBND … về …"), it
 * is that issuer's; otherwise a symbol that carries the citing document's own code ("Căn cứ Quyết định
 * số 210/QĐ-UBND … về việc thành lập …" in a district People's Committee's plan) is the citing body's own.
 */
function unwrittenIssuers(text: string, fulls: readonly FullMention[], issuers: Map<FullMention, { org: ResolvedOrg; how: 'explicit' | 'list' | 'symbol' }>,
  decisions: ReadonlyMap<FullMention, Decision>, ctx: DocContext, selfNumber: string | null): void {
  const self = selfNumber ? parseNumber(selfNumber) : null;
  const ownCode = self ? (self.family === 'state' ? self.issuerCode : null) : ctx.issuerBody ? CODE_OF_KIND[ctx.issuerBody.kind] ?? null : null;
  const codeOf = (m: FullMention) => (m.number.family === 'state' ? m.number.issuerCode?.toUpperCase() ?? null : null);
  for (let k = 0; k < fulls.length; k++) {
    const m = fulls[k]!;
    const code = codeOf(m);
    const after = text.slice(m.end, m.end + 40);
    if (issuers.has(m) || code === null || (ISSUER_UNREAD_AFTER.test(after) && !BARE_OWN_HEAD.test(after))
      || ISSUER_UNREAD_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))) continue;
    const prev = k > 0 ? fulls[k - 1]! : null;
    const shared = prev ? issuers.get(prev) : undefined;
    if (prev && shared && shared.how === 'explicit' && codeOf(prev) === code
      && (decisions.get(m)!.rule.startsWith('list:') || onlyListGlue(text, extentEnd(prev), m.start))) {
      issuers.set(m, { org: { ...shared.org, spans: [], resolvedBy: 'context:list' }, how: 'list' });
    } else if (ctx.issuerBody && ownCode && code === ownCode.toUpperCase()) {
      issuers.set(m, { org: { ...ctx.issuerBody, body: ctx.issuerBody.name, spans: [], resolvedBy: 'context:own-code' }, how: 'symbol' });
    }
  }
}

/** One entry per (document, citing document): its mentions, relation and issuer. */
function draftOf(m: FullMention, d: Decision, parent: FullMention | null, issuer: { org: ResolvedOrg; how: 'explicit' | 'list' | 'symbol' } | null, text: string): CitationDraft {
  return {
    number: m.number.number, docNumber: m.number, docType: docTypeOf(m), issuedOn: m.date?.iso ?? null,
    issuer: issuer ? { ...issuer.org, spans: [...issuer.org.spans] } : null, issuerHow: issuer?.how ?? null,
    title: m.title ? capitalizeFirst(squash(text.slice(m.title.start, m.title.end))) : null,
    relation: d.relation, citedBy: parent ? parent.number.number : null, evidence: squash(text.slice(m.sentenceStart, m.sentenceEnd)),
    confidence: d.weight, rule: d.rule, spans: [[m.start, m.end]], key: '',
    badDates: m.date && !m.date.iso ? [{ text: m.date.text, span: [m.date.start, m.date.end] }] : [],
  };
}

/** Turn the mentions of one text into citations. `selfNumber` is the document's own number. */
export function resolveCitations(mentions: readonly Mention[], ctx: DocContext, selfNumber: string | null, blocks: readonly CitationBlock[] = [], issuerKey: string | null = null, ownType: DocType | null = null): CitationDraft[] {
  const text = ctx.text;
  const fulls = mentions.filter((m): m is FullMention => m.kind === 'full'
    && (selfNumber === null || numberKey(m.number.number) !== numberKey(selfNumber)));
  const isIssuer = issuerTest(ctx, issuerKey);
  const decisions = decideOnce(ctx.memo, text, fulls, blocks, isIssuer);

  // Issuers: the phrase after the mention, else the phrase of the next mention of a list that
  // shares it ("420-TB/TU, ngày 23/7/2021, Công văn số 177-CV/TU ... của Ban Thường vụ Thành ủy"),
  // else the symbol read in context.
  const issuers = new Map<FullMention, { org: ResolvedOrg; how: 'explicit' | 'list' | 'symbol' }>();
  for (const m of fulls) {
    const central = massCentralIssuer(text, m);
    if (central) { issuers.set(m, { org: central, how: 'explicit' }); continue; }
    if (!m.issuer) continue;
    const mention = m.issuer.mention;
    const org = onCitedMap(m.date?.iso ?? null, () => issuerOfMention(mention, ctx, m.number));
    if (org && (!m.passiveAgent || compatible(m.number, org))) issuers.set(m, { org, how: 'explicit' });
  }
  for (let k = fulls.length - 2; k >= 0; k--) {
    const m = fulls[k]!;
    const next = fulls[k + 1]!;
    const shared = issuers.get(next);
    if (issuers.has(m) || !shared || m.title || !onlyListGlue(text, m.end, next.start)) continue;
    if (compatible(m.number, shared.org)) issuers.set(m, { org: { ...shared.org, resolvedBy: 'context:list' }, how: 'list' });
  }
  // "UBND huyện đã ban hành Kế hoạch số 12/KH-UBND … và Quyết định số 88/QĐ-UBND …": the subject
  // that issues the first issues the ones listed after it.
  const bySubject = new Set(fulls.filter((m) => m.issuedBySubject === true));
  for (let k = 1; k < fulls.length; k++) {
    const m = fulls[k]!;
    const prev = fulls[k - 1]!;
    const shared = issuers.get(prev);
    if (issuers.has(m) || !shared || !bySubject.has(prev) || !onlyListGlue(text, extentEnd(prev), m.start)) continue;
    if (compatible(m.number, shared.org)) {
      issuers.set(m, { org: { ...shared.org, resolvedBy: 'context:list' }, how: 'list' });
      bySubject.add(m);
    }
  }
  for (const m of fulls) {
    if (issuers.has(m)) continue;
    const org = issuerFromSymbol(m.number, ctx);
    if (org) issuers.set(m, { org, how: 'symbol' });
    else if (ctx.issuerBody && ownSeries(m, decisions.get(m)!, selfNumber)) {
      issuers.set(m, { org: { ...ctx.issuerBody, body: ctx.issuerBody.name, spans: [], resolvedBy: 'context:own-series' }, how: 'symbol' });
    }
  }

  unwrittenIssuers(text, fulls, issuers, decisions, ctx, selfNumber);

  const drafts: CitationDraft[] = [];
  const byNumber = new Map<string, CitationDraft[]>();
  const entryOf = new Map<FullMention, CitationDraft>();
  // A later mention whose issuer is not written out (read from the symbol, or shared by a list)
  // is the document met before, whatever body that reading gives: only two written issuers that
  // differ make two documents of one number.
  const find = (nk: string, issuer: ResolvedOrg | null, citedBy: string | null, written = true) =>
    // "… Nghị quyết số 09-NQ/HU của Huyện ủy" in the title, "… của Ban Chấp hành Đảng bộ huyện" in the
    // body: one body under two names is one issuer (`same`).
    byNumber.get(nk)?.find((c) => c.citedBy === citedBy && (!c.issuer || !issuer || same(c.issuer, issuer) || samePlaceNamed(c.issuer, issuer)))
      ?? (written ? undefined : byNumber.get(nk)?.find((c) => c.citedBy === citedBy));
  const add = (nk: string, draft: CitationDraft) => {
    drafts.push(draft);
    byNumber.set(nk, [...(byNumber.get(nk) ?? []), draft]);
  };

  for (const m of fulls) {
    const issuer = issuers.get(m) ?? null;
    const d = decisions.get(m)!;
    const nk = numberKey(m.number.number);
    const citedBy = d.parent ? d.parent.number.number : null;
    // "… quán triệt Chỉ thị số 35-CT/TW" (issuer read from the symbol: Trung ương), then "Bộ Chính trị
    // ban hành Chỉ thị số 35-CT/TW …": the written issuer names the body the symbol stood for.
    const same = find(nk, issuer?.org ?? null, citedBy, issuer?.how === 'explicit')
      ?? (issuer?.how === 'explicit' ? byNumber.get(nk)?.find((c) => c.citedBy === citedBy && c.issuerHow === 'symbol'
        && compatible(m.number, issuer.org)) : undefined);
    if (!same) {
      const draft = draftOf(m, d, d.parent, issuer, text);
      add(nk, draft);
      entryOf.set(m, draft);
      continue;
    }
    entryOf.set(m, same);
    same.spans.push([m.start, m.end]);
    if (m.date && !m.date.iso) same.badDates.push({ text: m.date.text, span: [m.date.start, m.date.end] });
    // A written issuer beats one read from a list or from the symbol (same key, better name).
    if (issuer && (!same.issuer || HOW_RANK[issuer.how] > HOW_RANK[same.issuerHow ?? 'symbol'])) {
      same.issuer = { ...issuer.org, spans: [...(same.issuer?.spans ?? []), ...issuer.org.spans] };
      same.issuerHow = issuer.how;
    } else if (same.issuer && issuer) same.issuer.spans.push(...issuer.org.spans);
    if (!same.issuedOn && m.date?.iso) same.issuedOn = m.date.iso;
    if (!same.title && m.title) same.title = capitalizeFirst(squash(text.slice(m.title.start, m.title.end)));
    if (STRENGTH[d.relation] > STRENGTH[same.relation] && !statedBasis(same)) {
      same.relation = d.relation; same.rule = d.rule; same.confidence = d.weight;
      same.evidence = squash(text.slice(m.sentenceStart, m.sentenceEnd));
    }
  }

  // Short forms and back-references join the document they repeat: the one mentioned last
  // before them (same type and number for "Chỉ thị 17", same type for "Kế hoạch nói trên").
  // Inside another citation's subject ("Công văn số 1580 ... về triển khai văn bản nêu trên")
  // they are that citation's citation. `recent` keeps entries by latest mention, latest first.
  const recent: CitationDraft[] = [];
  // A fragment without its number still has its type ("… căn cứ Phương án, xây dựng kịch bản …" in a Phương án).
  const selfType = (selfNumber ? parseNumber(selfNumber)?.docType ?? null : null) ?? ownType;
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  let fullIndex = 0;
  for (const m of ordered) {
    if (m.kind === 'full') {
      while (fullIndex < fulls.length && fulls[fullIndex]!.start <= m.start) fullIndex++;
      const d = entryOf.get(m);
      if (!d) continue;
      const at = recent.indexOf(d);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(d);
      continue;
    }
    // A back-reference in a citation's own subject names an earlier document, not that one.
    const parent = parentAt(text, m.start, fulls, fullIndex);
    const citedBy = parent ? parent.number.number : null;
    const candidates = recent.filter((c) => c.number !== citedBy);
    const target = m.kind === 'short'
      ? candidates.find((c) => c.docNumber.serial === m.serial && c.docType === m.typeWord) ?? candidates.find((c) => c.docNumber.serial === m.serial && !projectOfDecision(m.typeWord, c.docType))
      : candidates.filter((c) => m.typeWord === null || c.docType === m.typeWord)
        .find((c, i, all) => {
          // Named by its sender, only that sender's document: no fallback to the one told last.
          const bySender = m.kind === 'back' && m.bySender === true;
          const owner = backReferenceOwner(m.end, ctx, bySender);
          return !owner ? !bySender : owner(c) || (!bySender && !all.some(owner));
        });
    if (!target) continue;
    // "Để triển khai thực hiện Chỉ thị, …": the type word alone repeats a document only where a
    // trigger governs it; elsewhere it is a word of the sentence ("Kế hoạch, …" of the document itself).
    // Of the document's own type ("Theo Chỉ thị, các chi bộ …" in a report on a Chỉ thị) it names the document itself.
    const typeOnly = m.kind === 'back' && m.typeOnly === true;
    // Named by a sender whose document of that type was told ("Kế hoạch của Ban Thường vụ Tỉnh ủy"), it is that one, whatever the own type.
    if (typeOnly && !(m.kind === 'back' && m.bySender) && selfType !== null && m.typeWord === selfType) continue;
    if (typeOnly && closingObject(text, sentenceStart(text, m.start), m.start, m.end)) continue;
    const said = parent ? null : ownTrigger(text, fulls, shortTrigger(text, m.start, target.docType, blocks, isIssuer));
    if (typeOnly && (citedBy !== target.citedBy || said === null)) continue;
    if (citedBy === target.citedBy) {
      target.spans.push([m.start, m.end]);
      // "Ngày 23/7, UBND Thành phố ban hành Chỉ thị số 17/CT-UBND … Thực hiện Chỉ thị 17, Ban
      // Thường vụ yêu cầu …": the repeat says what this document does with the one named before.
      if (said && STRENGTH[said.relation] > STRENGTH[target.relation] && !statedBasis(target)) {
        target.relation = said.relation; target.rule = `short-form:${said.rule}`; target.confidence = Math.min(target.confidence, 0.85);
      }
      // "… Kết luận số 98-KL/TU …, đồng thời UBND tỉnh ban hành Kế hoạch số 47/KH-UBND …. Thông báo … nhằm cụ thể
      // hóa các văn bản này.": the plural names every document told in its paragraph just before.
      if (said && m.kind === 'back' && m.plural === true && target.citedBy === null) {
        const floor = Math.max(text.lastIndexOf('\n\n', m.start) + 1, m.start - PLURAL_REACH);
        for (const c of candidates) {
          if (c === target || c.citedBy !== null || !c.spans.some(([s0]) => s0 >= floor && s0 < m.start)) continue;
          if (STRENGTH[said.relation] > STRENGTH[c.relation] && !statedBasis(c)) {
            c.relation = said.relation; c.rule = `plural-back:${said.rule}`; c.confidence = Math.min(c.confidence, 0.8);
          }
        }
      }
      continue;
    }
    if (citedBy === target.number) continue;
    const nk = numberKey(target.number);
    const existing = find(nk, target.issuer, citedBy, false);
    if (existing) { existing.spans.push([m.start, m.end]); continue; }
    const t = triggerBefore(text, parent ? parent.title!.start : m.start, m.start, target.docType);
    const sentence = parent ? [parent.sentenceStart, parent.sentenceEnd] : [m.start, m.end];
    add(nk, {
      ...target, issuer: target.issuer ? { ...target.issuer, spans: [] } : null, citedBy, relation: t?.relation ?? 'cites',
      rule: `${parent ? 'nested:' : ''}${m.kind === 'back' ? 'back-reference' : 'short-form'}${t ? `:${t.rule}` : ''}`,
      confidence: 0.75, spans: [[m.start, m.end]], evidence: squash(text.slice(sentence[0], sentence[1])), badDates: [],
    });
  }

  // Entries of one document share what any of them knows (a nested mention without a date).
  for (const group of byNumber.values()) {
    for (const c of group) {
      for (const o of group) {
        if (o === c || (c.issuer && o.issuer && c.issuer.key !== o.issuer.key)) continue;
        c.issuedOn ??= o.issuedOn;
        c.title ??= o.title;
        if (!c.issuer && o.issuer) { c.issuer = { ...o.issuer, spans: [] }; c.issuerHow = o.issuerHow; }
      }
    }
  }

  const issuerWeight = { explicit: 1, list: 0.95, symbol: 0.85 } as const;
  const entries = withOwnOfNested(drafts);
  for (const c of entries) {
    c.spans.sort((a, b) => a[0] - b[0]);
    const w = (c.issuerHow ? issuerWeight[c.issuerHow] : 0.7) * (c.issuedOn ? 1 : 0.95);
    c.confidence = Math.round(0.97 * c.confidence * w * 100) / 100;
    const year = c.issuedOn ? Number(c.issuedOn.slice(0, 4)) : c.docNumber.year;
    c.key = directiveKey(c.number, c.issuer?.key ?? null, year);
  }
  return entries;
}
