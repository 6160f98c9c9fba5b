import type { DocType, Relation, Span } from '../../model/record.js';
import type { CitationBlock } from '../find/citation-blocks.js';
import type { NamedMention } from '../find/named-citations.js';
import { squash } from '../text.js';
import { wrappedRun } from '../wrapped-line.js';
import { mayStartUnit, parseUnitAt } from '../find/units.js';
import { COUNCIL_TERM } from '../find/council-term.js';
import { tokenize } from '../tokens.js';
import { aimInsideClause } from './congress-aim.js';
import { NAMED_DOCUMENT_LEADS, RELATION_TRIGGERS, RULE_TYPES } from '../vocabulary/relations.js';
import { Warnings } from '../warnings.js';
import { inContext, issuerOfMention, onlyListGlue, opensAfterSemicolon, triggerBefore, type CitationDraft } from './citations.js';
import type { DocContext, ResolvedOrg } from './orgs.js';
import { ownerAfterName } from './owner-after-name.js';

/**
 * Citations of kind `named`: a document cited by its name alone. A name is a citation only where
 * the text cites it: under a "Căn cứ:" / "Thực hiện:" heading, right after a trigger ("Căn cứ
 * Luật …", "cụ thể hóa Nghị quyết Đại hội …"), or next in a list after another citation ("…;
 * Luật sửa đổi, bổ sung …"). "Ban hành kèm theo Quyết định này Quy chế …" names the document's
 * own annex, and is none. A named citation has no number and no key: nothing links it to a node
 * by guess (docs/graph-model.md).
 */
export interface NamedDraft {
  name: string;
  docType: DocType;
  /** The body the name itself gives ("… Đảng bộ tỉnh lần thứ XIX", "Kết luận của Ban Thường vụ Tỉnh ủy …"); null when it gives none. */
  issuer: ResolvedOrg | null;
  relation: Relation;
  rule: string;
  confidence: number;
  evidence: string;
  spans: Span[];
}

/** How far (characters) a trigger may start before a name it cites (a bound for the check below). */
const NEAR = 40;
const STRENGTH: Record<Relation, number> = { implements: 3, basis: 2, cites: 1 };

/**
 * The trigger stands right before the name ("Căn cứ Luật", "Thực hiện “Quy chế"), or a few words in
 * lower case between ("tổ chức thực hiện thắng lợi Nghị quyết Đại hội …", "quán triệt sâu sắc …",
 * "theo tinh thần …"): "kèm theo Chỉ thị này Quy chế" is no citation of it.
 */
const FILLERS = /^(?:[ ]{1,2}\p{Ll}+){0,4}[\s“"«]*$/u;
/** "thực hiện nghiêm các quy định của Luật …": a manner word and the rules of the Law, one word past the fillers. */
const RULES_OF_FILLERS = /^(?:[ ]{1,2}(?:nghiêm|đúng|tốt))?[ ]{1,2}(?:các|những)[ ]{1,2}quy[ ]{1,2}định[ ]{1,2}của[ ]{1,2}$/u;
function adjacent(text: string, at: number, rule: string, start: number): boolean {
  const phrase = rule.replace(/^[a-z]+:/u, '').replace(/:[a-z]+$/u, '').replace(/ /g, String.raw`\s{1,2}`);
  const between = text.slice(at, start);
  const lead = new RegExp(String.raw`^${phrase}`, 'iu').exec(between);
  // Case matters in what follows the phrase: a capital opens another name ("kèm theo Chỉ thị này Quy chế").
  return lead !== null && (FILLERS.test(between.slice(lead[0].length)) || RULES_OF_FILLERS.test(between.slice(lead[0].length)));
}

const MARKS = /\p{Mn}/gu;

function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ISSUER_IN_NAME = NAMED_DOCUMENT_LEADS.filter((l) => l.issuerInName).map((l) => l.lead);
/** "phấn đấu đạt mục tiêu Nghị quyết Đại hội …": the rules of the target triggers (vocabulary/relations.ts). */
const TARGET_RULES = new Set(RELATION_TRIGGERS.filter((t) => t.target).map((t) => `trigger:${t.phrase}`));
const YEARLY_LEADS = NAMED_DOCUMENT_LEADS.filter((l) => l.yearly).map((l) => l.lead);
const ENACTED = NAMED_DOCUMENT_LEADS.filter((l) => l.enacted).map((l) => `${l.lead} `);

/**
 * The issuer a name holds: the first unit named in it, read in the citing document's context ("Đảng bộ
 * tỉnh" in a Hà Tĩnh document is Hà Tĩnh's). Only for names that are their issuer's by form (a congress
 * resolution, a conclusion "của" a body); a Law's name holds no issuer ("Luật Tổ chức chính quyền địa phương").
 */
function issuerInName(m: NamedMention, text: string, ctx: DocContext | undefined): ResolvedOrg | null {
  if (ctx && m.docType === 'Quy chế') return ownerAfterOf(m, text, ctx);
  if (ctx && YEARLY_LEADS.some((lead) => m.name.startsWith(`${lead} `))) return ownerAfterName(m.end, text, ctx);
  if (!ctx || !ISSUER_IN_NAME.some((lead) => m.name.startsWith(lead))) return null;
  const tokens = tokenize(text, m.start, m.end);
  for (let i = 1; i < tokens.length; i++) {
    // A committee named by its place ("Đảng bộ tỉnh", "Đảng bộ huyện Can Lộc") or one of its organs
    // ("Ban Thường vụ Tỉnh ủy"): "Đại hội Đảng toàn quốc" names no place, and no issuer is made up.
    const u = tokens[i]!.upper && mayStartUnit(tokens, i, tokens.length) ? parseUnitAt(tokens, i) : null;
    if (!u) continue;
    // A mass organisation's congress ("Đại hội đại biểu Hội Nông dân huyện Tam Đường") is the
    // organisation's, named by its place as a committee is.
    const placedBody = u.head.shape === 'body' && u.head.kind === 'mass-organization' && (u.areas.length > 0 || u.name !== null);
    const named = u.head.shape === 'committee' ? u.areas.length > 0 || u.name !== null : placedBody || (u.head.shape === 'part' && u.owner !== null);
    return named ? issuerOfMention(u, { ...ctx, warnings: new Warnings() }, null) : null;
  }
  return null;
}

/** A body's term of office after its name: "Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025". */
const TERM_OF_OFFICE = /[ ,]{1,3}nhiệm[ ]{1,2}kỳ[ ]{1,2}\d{4}[ ]{0,2}[-–][ ]{0,2}\d{4}[ ,]{0,3}$/u;

/**
 * "Quy chế quản lý, sử dụng Quỹ … của Ủy ban MTTQ phường": a rule book named with "của" and the body
 * whose it is, read in the citing document's context. The whole rest of the name must be that body.
 */
const OF_NAMED = /[ ]của[ ]{1,2}(?=\p{Lu})/u;

function ownerAfterOf(m: NamedMention, text: string, ctx: DocContext): ResolvedOrg | null {
  const of = OF_NAMED.exec(text.slice(m.start, m.end));
  if (!of) return null;
  // "… của Ban Chấp hành Đảng bộ huyện khóa XXVI": the committee's term is no part of its name.
  // "… của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025": nor is its term of office.
  const term = COUNCIL_TERM.exec(text.slice(m.start, m.end)) ?? TERM_OF_OFFICE.exec(text.slice(m.start, m.end));
  const tokens = tokenize(text, m.start + of.index + of[0].length, term && term.index > of.index ? m.start + term.index : m.end);
  const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  // A body named with its level ("Ủy ban MTTQ phường"); "Ban Chấp hành Đảng bộ" alone says not which.
  const placed = (x: typeof u) => x !== null && (x.areas.length > 0 || x.name !== null);
  return u && u.to === tokens.length && (placed(u) || placed(u.owner)) ? issuerOfMention(u, { ...ctx, warnings: new Warnings() }, null) : null;
}

/**
 * A Law ("… thuộc thẩm quyền mà Luật Đất đai năm 2024 giao cho địa phương", "giám sát tối cao thi hành
 * Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "bảo đảm đúng quy định của Luật Quảng cáo") is an
 * enacted Law wherever it stands, so it is cited with no trigger before it: the blind writers of
 * 2026-12-05 label every Law named in a text, a task's included. Other names need a trigger ("kèm theo
 * Quyết định này Quy chế …" is the document's own annex). Without its year the end of the name is a
 * guess, so it weighs less. A Law in the unbroken subject of a numbered document just before ("Nghị
 * định số … của Chính phủ quy định chi tiết một số điều của Luật Trồng trọt") is that decree's
 * business, not this document's.
 */
function lawNamed(m: NamedMention, text: string, numberedEnds: readonly number[]): { relation: Relation; rule: string; weight: number } | null {
  if (congressNamed(m) || ENACTED.some((lead) => m.name.startsWith(lead))) return inNumberedSubject(m, text, numberedEnds) ? null : { relation: 'cites', rule: 'mention', weight: 0.75 };
  if (m.docType !== 'Luật') return null;
  return inNumberedSubject(m, text, numberedEnds) ? null : { relation: 'cites', rule: 'mention', weight: /[ ]năm[ ]\d{4}$/u.test(m.name) ? 0.8 : 0.7 };
}

/**
 * A congress's resolution named with its congress ("… mà Nghị quyết Đại hội Đảng bộ xã lần thứ XII,
 * nhiệm kỳ 2020 - 2025 đã đề ra", or by its term alone: "… Đại hội Đảng bộ thị xã nhiệm kỳ 2020 - 2025 đề ra"): one enacted document, as a Law with its year is, so it is cited
 * with no trigger before it; the blind writers label it so.
 */
/** Any congress's resolution, by its ordinal, term or short name ("Nghị quyết Đại hội VII của Hội"). */
const CONGRESS_RESOLUTION = /^Nghị quyết Đại hội[ ]/u;

function congressNamed(m: NamedMention): boolean {
  return m.docType === 'Nghị quyết' && /^Nghị quyết Đại hội[ ].*[ ](?:lần thứ[ ][IVXLC]+|nhiệm kỳ[ ]\d{4}[ ]?[-–][ ]?\d{4})$/u.test(m.name);
}

function inNumberedSubject(m: NamedMention, text: string, numberedEnds: readonly number[]): boolean {
  const charter = m.name.startsWith(CHARTER_LEAD);
  return numberedEnds.some((e) => e >= m.sentenceStart && e <= m.start && (unbrokenSubject(text.slice(e, m.start)) || (charter && charterInSubject(text.slice(e, m.start)))));
}

/**
 * "Quy định số 24-QĐ/TW … của Ban Chấp hành Trung ương thi hành Điều lệ Đảng": a charter anywhere in the unbroken subject
 * of the numbered document before it is that document's business (labels35: 64 of 64 documents), whatever verb leads to
 * it; one joined by "và" is a second object.
 */
const CHARTER_LEAD = 'Điều lệ ';
function charterInSubject(between: string): boolean {
  return !/[,;:.\n]/u.test(between) && !/(?<![\p{L}])và[ ]{1,2}$/u.test(between) && !SECOND_OBJECT.test(between);
}

/**
 * "… của Ban Chấp hành Trung ương Đảng (khóa XII) về … và các quy định của Luật Thủy sản": "và" with a
 * determiner opens a second object beside the numbered document, not a part of its subject.
 */
const SECOND_OBJECT = /(?<![\p{L}])và[ ]{1,2}(?:các|những|mọi)[ ]/u;

function unbrokenSubject(between: string): boolean {
  return !/[,;:.\n]/u.test(between) && /(?<![\p{L}])của[ ]{1,2}$/u.test(between) && !SECOND_OBJECT.test(between);
}

/** A preamble's opening trigger: "Triển khai Kế hoạch số …", "Để thực hiện …", "- Căn cứ …". */
const PREAMBLE_OPENS = /^[\s\-–+•*]*(?:\d{1,2}[.)]\s*)?(?:(?:Để|Nhằm)\s{1,2})?(?:Thực hiện|Triển khai|Căn cứ|Quán triệt|Tiếp tục thực hiện|Tiếp tục triển khai)(?![\p{L}])/u;

/**
 * "Triển khai Kế hoạch số … về vận động toàn dân giao nộp vũ khí … và thực hiện Luật …, Công an tỉnh
 * đề nghị …": a trigger joined by "và" to a preamble that opened on one goes on with the preamble; what
 * the first document's subject asks of others ("vận động toàn dân") is no task of this sentence.
 */
function preambleGoesOn(text: string, sentenceFrom: number, at: number | undefined): boolean {
  return at !== undefined && /[ \t\n]và[ \t\n]{1,2}$/u.test(text.slice(Math.max(sentenceFrom, at - 8), at)) && PREAMBLE_OPENS.test(text.slice(sentenceFrom, sentenceFrom + 60));
}

/** "Căn cứ Luật A ngày 19 tháng 6 năm 2013 và Luật B …": the date a named Law's mention leaves out of its span. */
const DATE_AFTER = /^[ ,]{0,2}(?:ngày[ ]{1,2}\d{1,2}[ ]{1,2}tháng[ ]{1,2}\d{1,2}[ ]{1,2}năm[ ]{1,2}\d{4}|ngày[ ]{1,2}\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/u;
function datedAfter(text: string, end: number, before: number): number {
  const d = DATE_AFTER.exec(text.slice(end, Math.min(before, end + 40)));
  return d ? d[0].length : 0;
}

/** A subject's words up to a "và" that joins the next document: no sentence or clause break in them, a wrapped line read as a space. */
const SUBJECT_WORDS = wrappedRun('.;:');
const SUBJECT_THEN_AND = new RegExp(String.raw`^${SUBJECT_WORDS}{0,300}?[ \t\n]và[ \t\n]{1,2}$`, 'u');
/**
 * "Quán triệt Chỉ thị số … về … phòng, chống và kiểm soát ma túy, Luật Phòng, chống ma túy năm 2021 và …": a
 * Law or a congress's resolution may be listed after the subject with a comma; it never opens a clause of its own.
 */
const SUBJECT_THEN_GLUE = new RegExp(String.raw`^${SUBJECT_WORDS}{0,300}?(?:[ \t\n]và|,)[ \t\n]{1,2}$`, 'u');

/**
 * "Chương trình nhằm cụ thể hóa Nghị quyết số … về … đến năm 2045 và Nghị quyết Đại hội Đảng bộ thị xã …",
 * "Căn cứ Nghị quyết số … về … và Luật …": a name joined by "và" to the end of a numbered citation's subject
 * is the next item of that list and shares its relation, unless a trigger of its own stands between.
 */
function joinedToSubject(text: string, m: NamedMention, ends: ReadonlyArray<{ end: number; relation: Relation; rule: string }>): { relation: Relation; rule: string; weight: number } | null {
  const prev = ends.filter((e) => e.end <= m.start && e.end >= m.sentenceStart).sort((a, b) => b.end - a.end)[0];
  const glue = m.docType === 'Luật' || CONGRESS_RESOLUTION.test(m.name) ? SUBJECT_THEN_GLUE : SUBJECT_THEN_AND;
  if (!prev || !glue.test(text.slice(prev.end, m.start)) || triggerBefore(text, prev.end, m.start, m.docType)) return null;
  return { relation: prev.relation, rule: prev.rule.replace(/^[a-z]+:/u, 'list-subject:'), weight: 0.85 };
}

/**
 * "Để triển khai Hướng dẫn số … của … và các quy định mới của Luật … năm 2024, …": the rules of a Law joined
 * by "và" to a numbered citation's subject are the second object of the same verb and share its relation;
 * "quy định của" here joins, it does not measure.
 */
// "… và các quy định về phân loại rác tại nguồn của Luật …": the rules may be named by their matter first.
const RULES_THEN_AND = new RegExp(String.raw`^${SUBJECT_WORDS}{0,300}?[ \t\n]và[ \t\n]{1,2}(?:các|những)[ \t\n]{1,2}quy[ \t\n]{1,2}định(?:[ \t\n]{1,2}mới)?(?:[ \t\n]{1,2}về(?:[ \t\n]{1,2}\p{Ll}+){1,10})?[ \t\n]{1,2}của[ \t\n]{1,2}$`, 'u');

function rulesJoinedToSubject(text: string, m: NamedMention, ends: ReadonlyArray<{ end: number; relation: Relation; rule: string }>): { relation: Relation; rule: string; weight: number; at?: number } | null {
  if (m.docType !== 'Luật') return null;
  const prev = ends.filter((e) => e.end <= m.start && e.end >= m.sentenceStart).sort((a, b) => b.end - a.end)[0];
  if (!prev || !RULES_THEN_AND.test(text.slice(prev.end, m.start))) return null;
  return { relation: prev.relation, rule: prev.rule.replace(/^[a-z]+:/u, 'list-subject:'), weight: 0.85 };
}

const OWNER_ONLY = /^(\p{L}+(?:[ ]\p{L}+)?)[ ]{1,2}của[ ]{1,2}(.+)$/u;

/**
 * "triển khai thực hiện Kết luận của Bộ Chính trị về …" in the title, "Kết luận số 01-KL/TW … của Bộ Chính trị" in the
 * list: a document named only by its type and its issuer, where the text cites by number a document of that type the
 * same issuer wrote, is that document named again, no document of its own.
 */
function namesNumbered(m: NamedMention, numbered: readonly CitationDraft[]): boolean {
  const owned = OWNER_ONLY.exec(m.name);
  if (!owned) return false;
  const owner = fold(owned[2]!);
  return numbered.some((c) => c.citedBy === null && c.docType === m.docType && c.issuer !== null
    && (fold(c.issuer.name) === owner || fold(c.issuer.surface ?? '') === owner));
}

export function resolveNamedCitations(named: readonly NamedMention[], numbered: readonly CitationDraft[], text: string, blocks: readonly CitationBlock[], ctx?: DocContext): NamedDraft[] {
  const out: NamedDraft[] = [];
  const byName = new Map<string, NamedDraft>();
  // Ends of citations already read, for "…; Luật …" lists: numbered ones and named ones before.
  const ends: Array<{ end: number; relation: Relation; rule: string }> = numbered.flatMap((d) =>
    d.citedBy === null ? d.spans.map(([, e]) => ({ end: e, relation: d.relation, rule: d.rule })) : []);
  const numberedEnds = numbered.flatMap((c) => c.spans.map(([, e]) => e));
  for (const m of named) {
    if (namesNumbered(m, numbered)) continue;
    const trigger = triggerBefore(text, m.sentenceStart, m.start, m.docType);
    const near = trigger && trigger.at !== undefined && m.start - trigger.at <= NEAR && adjacent(text, trigger.at, trigger.rule, m.start) ? trigger : null;
    let d = rulesJoinedToSubject(text, m, ends)
      ?? (near && preambleGoesOn(text, m.sentenceStart, near.at) ? near : inContext(text, near, m.start, m.sentenceStart, blocks));
    if (d && !d.rule.startsWith('block:') && d.relation === 'implements' && RULE_TYPES.has(m.docType) && /:theo$/u.test(d.rule)) {
      // "theo Quy chế làm việc …": the rules it acts under, its basis. "Thực hiện Quy chế làm việc …,
      // ngày …, Ban Thường vụ họp …" carries them out, as "Thực hiện Luật …" does (the convention; the
      // blind writers of f47, f48 and c104 label it so).
      d = { ...d, relation: 'basis', rule: `${d.rule}:rules` };
    }
    if (d && d.relation === 'implements' && congressNamed(m) && TARGET_RULES.has(d.rule)) d = { ...d, relation: 'cites', rule: `${d.rule}:congress-target` };
    // "… tổ chức trang trọng, gắn với thi đua thực hiện Nghị quyết Đại hội …": the aim the work is tied to (congress-aim.ts).
    else if (d && d.relation === 'implements' && CONGRESS_RESOLUTION.test(m.name) && d.rule.startsWith('trigger:') && d.at !== undefined && aimInsideClause(text, d.at)) d = { ...d, relation: 'cites', rule: `${d.rule}:congress-aim` };
    if (!d) {
      const prev = ends.filter((e) => e.end <= m.start).sort((a, b) => b.end - a.end)[0];
      if (prev && (onlyListGlue(text, prev.end + datedAfter(text, prev.end, m.start), m.start) || (prev.end >= m.sentenceStart - 400 && opensAfterSemicolon(text, m.sentenceStart, m.start)))) {
        d = { relation: prev.relation, rule: prev.rule.replace(/^[a-z]+:/u, 'list:'), weight: 0.9 };
      }
    }
    if (!d) d = joinedToSubject(text, m, ends);
    if (!d) d = lawNamed(m, text, numberedEnds);
    if (!d) continue;
    ends.push({ end: m.end, relation: d.relation, rule: d.rule });
    // "Luật Nghĩa vụ quân sự năm 2015", later "Luật Nghĩa vụ quân sự": one Law, named with its year or without.
    const key = fold(m.docType === 'Luật' ? m.name.replace(/[ ]năm[ ]\d{4}$/u, '') : m.name);
    const same = byName.get(key);
    if (same) {
      same.spans.push([m.start, m.end]);
      if (STRENGTH[d.relation] > STRENGTH[same.relation]) { same.relation = d.relation; same.rule = d.rule; }
      continue;
    }
    const draft: NamedDraft = {
      name: m.name, docType: m.docType, issuer: issuerInName(m, text, ctx), relation: d.relation, rule: `named:${d.rule}`,
      // A name is weaker evidence than a number: no issuer, no date to check it against.
      confidence: Math.round(0.8 * d.weight * 100) / 100,
      evidence: squash(text.slice(m.sentenceStart, m.sentenceEnd)), spans: [[m.start, m.end]],
    };
    byName.set(key, draft);
    out.push(draft);
  }
  return out;
}
