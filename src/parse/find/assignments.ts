import { fold } from '../../model/keys.js';
import { phraseSet } from '../phrases.js';
import { FoldedText } from '../folded-text.js';
import type { Line } from '../types.js';
import { type Token, isDash, tokenize } from '../tokens.js';
import { ANNOUNCING, ATTRIBUTED_SPEECH, BARE_SPEAKER_WORDS, CONDITIONAL_LIABILITY, EACH_TARGET, EVENT_DEADLINE, MEMBER_LINE, PLACE_DATELINE, WHOLE_TARGET, REPORTED_CONTENT_OPENERS, REPORTED_SPEECH, SCHEDULE_ONLY, SITUATION_HEADING, TARGET_OPENING, TIMED_TARGET_OPENING, WORK_RULE } from '../vocabulary/assignment.js';
import { definedUnits } from './abbreviations.js';
import { ADVERBIAL, ASSIGN, BI, DIRECT, NON_TASK, OBJECT, PASSIVE_ASSIGN, PREDICATES, SITUATION, SUPPORT_WITH, assignAt } from './assignment-words.js';
import { APPOSITION, Groups, type RoledGroup, rolesAt, withRoles } from './clause-roles.js';
import { SHARE_OPENING, countAfterFigures, countedOnly, isDigitAt } from './counted.js';
import { documentSpeaksBefore } from './speaking-document.js';
import { dateAt } from './dates.js';
import { withDefinedUnits } from './defined-units.js';
import { eachAfterSemicolon, eachOfLeadIn } from './distributive.js';
import { EnumerationStack } from './enumeration.js';
import { headcountOnly } from './headcount.js';
import { headingAsideStart } from './heading-aside.js';
import { makerAfterOpener } from './news-opener.js';
import { namedOfficialBefore, quotedRequestStart } from './news-quote.js';
import { LEAD_VERB, type SubjectScan, pastParenthesis, scanSubject } from './subject-scan.js';
import { type Block, blocksOf, clausesOf, isClosing, isClosingFold, opensWithUnit } from './task-blocks.js';
import { type TableTask, findTableTasks } from './task-table.js';
import { reportedByType, sameSentenceAfter, topicRequest } from './topic-request.js';
import { type UnitMention, mayStartUnit, parseUnitAt } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;
const OPENS_CAPITAL_AFTER_SPACE = /^\s*\p{Lu}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

export type { RoledGroup } from './clause-roles.js';

/**
 * Task assignments (docs/domain.md §8.2). A task is a clause of an enumerated item (or a sentence
 * or semicolon clause inside it) that asks units to act:
 *
 * - its units are the subject written before the predicate ("Công an quận tăng cường ...",
 *   "Đối với X: ..."), or the object of an assigning verb ("Giao X", "Đề nghị X", "Yêu cầu X");
 * - "X chỉ đạo (cho) Y <verb>" reads the directed units Y too ("UBND phường chỉ đạo cho Trạm y tế
 *   phường ... khẩn trương ..."): resolve keeps X, or Y when X is the issuer speaking;
 * - "X chủ trì, phối hợp với Y": X leads, Y supports; otherwise every unit is `assigned`;
 * - a clause with no subject continues the task before it in the same item, or, opening an
 *   item, falls to the nearest lead-in above ("1. Giao UBND quận chỉ đạo các nội dung:" for its
 *   bullets; "Ban Thường vụ Quận ủy đề nghị ... nhiệm vụ sau:" for the items);
 * - a predicate that reports ("đã", "đang", "ghi nhận") makes no task; outside the items only a
 *   clause that opens with an assigning verb does, and closing formulas never do.
 *
 * This module reads a clause (readClause) and walks the blocks (findAssignments); the parts it asks
 * live beside it: assignment-words.ts (the phrase tables), subject-scan.ts (a clause's subject),
 * clause-roles.ts (who leads, who supports) and task-blocks.ts (blocks and clauses of a body).
 */

/**
 * The units of one task: the parts, merged by organisation in order (spans joined), and the
 * directed units ("X chỉ đạo cho Y ..."), which stand in for the parts only when those are the
 * issuer itself (src/parse/resolve/tasks.ts).
 */
export interface TaskUnitsPlan {
  parts: RoledGroup[];
  /** The part the directed units are checked against (the clause's own subject), if any. */
  subject: RoledGroup | null;
  directed: RoledGroup[];
}

export interface TaskMention {
  clause: string;
  units: TaskUnitsPlan;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  deadline: string | null;
}

/**
 * What find gives the resolve stage: every group of unit mentions it read, in the order it read
 * them (resolve resolves them in that order, so its warnings come in reading order), and the
 * tasks, which point into the groups.
 */
export interface FoundTasks {
  groups: UnitMention[][];
  tasks: TaskMention[];
}

interface ClauseRead {
  /** The subject (or the units an assigning verb names), with their roles. */
  subject: RoledGroup;
  /** How many unit mentions the subject has (none: the clause has no subject of its own). */
  subjectCount: number;
  /** Units directed by the subject ("chỉ đạo cho Y ..."), with their roles. */
  directed: RoledGroup[];
  /** "Chủ trì, phối hợp với X" / "Phối hợp với X" opening a clause with no subject: the lead-in's units lead. */
  opening: { lead: boolean; support: number | null } | null;
  stop: SubjectScan['stop'];
  predicateWord: string | null;
  assignVerb: string | null;
  /**
   * "Y phối hợp với <partner> mở lớp …": the predicate names whom the subject works with, even where the partner is
   * no unit the vocabulary reads ("cơ quan quân sự huyện"): Y has a task of its own, not a part in the one before.
   */
  withPartner: boolean;
  /** "Đoàn kiểm tra làm việc theo chế độ kiêm nhiệm": how the subject works (`WORK_RULE`), no task. */
  rule: boolean;
}

const REPORTED = phraseSet(REPORTED_CONTENT_OPENERS);
const CHO = phraseSet(['cho']);

/**
 * The assigning verb of a prose sentence around its subject: right before the first unit ("giao
 * (cho) Sở …"), or between the last unit and the predicate ("…, kế hoạch yêu cầu kiện toàn",
 * "… được giao tổ chức"). Null when there is none.
 */
function assignVerbAround(tokens: readonly Token[], s: SubjectScan): string | null {
  const first = s.units[0]!.from;
  for (let k = Math.max(0, first - 3); k < first; k++) {
    const v = ASSIGN.match(tokens, k);
    if (v && (v.end === first || (CHO.match(tokens, v.end)?.end === first))) return v.values[0]!;
  }
  if (s.stop !== 'predicate') return null;
  const last = s.units[s.units.length - 1]!.to;
  for (let k = last; k < s.predicate; k++) {
    const p = PASSIVE_ASSIGN.match(tokens, k);
    if (p) return 'giao';
    const v = ASSIGN.match(tokens, k);
    if (v && s.predicate - v.end <= 1) return v.values[0]!;
  }
  return null;
}

/** The subject is handed its work in the passive ("… được giao …") before the word the scan stopped at. */
function handedBefore(tokens: readonly Token[], s: SubjectScan): boolean {
  if (s.units.length === 0) return false;
  for (let k = s.units[s.units.length - 1]!.to; k < s.predicate; k++) if (PASSIVE_ASSIGN.has(tokens, k)) return true;
  return false;
}

/** True when a directed mention names the subject's own body again: the same head, of the same kind of area (none, or one type in common). */
function restates(directed: UnitMention, subject: UnitMention): boolean {
  if (directed.head.canonical !== subject.head.canonical || directed.owner || subject.owner || directed.tail !== subject.tail) return false;
  if (directed.areas.length === 0 || subject.areas.length === 0) return directed.areas.length === subject.areas.length;
  return directed.areas.some((a) => subject.areas.some((b) => a.types.some((t) => b.types.includes(t)) && (a.name ?? b.name) === (b.name ?? a.name)));
}

const ADVERB_BEFORE_VERB = phraseSet(['cũng', 'đồng thời', 'tiếp tục']);

/** "Thường trực HĐND tỉnh cũng đề nghị Y …": the verb after an adverb that only links the sentence to the one before. */
function afterAdverb(tokens: readonly Token[], k: number): number {
  return ADVERB_BEFORE_VERB.match(tokens, k)?.end ?? k;
}

/**
 * "Theo Đài Khí tượng Thủy văn tỉnh, từ đầu mùa khô đến nay lượng mưa …": a unit right after "Theo" and closed by a
 * comma is whose figures or words the sentence gives, not who is asked to act.
 */
function sourceOpening(tokens: readonly Token[]): boolean {
  if (!mayStartUnit(tokens, 1, tokens.length)) return false;
  const m = parseUnitAt(tokens, 1, tokens.length);
  return m !== null && tokens[m.to]?.text === ',';
}

/** Whether a quotation is still open after a clause, given whether it was before: `"` turns it over, `“` opens, `”` closes. */
function quoteOpenAfter(text: string, cs: number, ce: number, open: boolean): boolean {
  for (let k = cs; k < ce; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) open = !open;
    else if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
  }
  return open;
}

/**
 * "UBND huyện giao chỉ tiêu tuyển quân cho các xã …": a bare "giao" before a thing, no unit, is what the subject does
 * (hands quotas, land, recruits over), not the document asking someone else to act.
 */
function handsOver(tokens: readonly Token[], k: number): boolean {
  const v = ASSIGN.match(tokens, k);
  if (!v || v.values[0] !== 'giao') return false;
  const t = tokens[v.end];
  return t !== undefined && t.word && OPENS_SMALL.test(t.text) && !(mayStartUnit(tokens, v.end, tokens.length) && parseUnitAt(tokens, v.end, tokens.length));
}

/** The first words of `WORK_RULE`, checked before the pattern is. */
const WORK_OPENING = new Set(['làm', 'hoạt', 'theo', 'tự']);

const TOPIC = phraseSet(['đối với']);

/**
 * The units of a clause's topic ("Đối với X, …") when the one unit after its comma is who speaks, right before the
 * verb that asks: the units before that comma; null otherwise.
 */
function topicBeforeSpeaker(tokens: readonly Token[], units: readonly UnitMention[]): UnitMention[] | null {
  const opened = TOPIC.match(tokens, 0);
  if (!opened || units.length < 2 || units[0]!.from !== opened.end) return null;
  const speaker = units[units.length - 1]!;
  return tokens[speaker.from - 1]?.text === ',' ? units.slice(0, -1) : null;
}

/** Read one clause: its subject (or assigned units), roles, and directed units. */
/** "sẽ bị" in the first words of a predicate, before any comma ("không đưa gia cầm đi tiêm sẽ bị lập biên bản"). */
function willBe(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 12) && tokens[k]!.text !== ','; k++) if (tokens[k]!.norm === 'sẽ' && BI.has(tokens, k + 1)) return true;
  return false;
}

const REPORT_MARK = phraseSet(['đã', 'đang']);
/** The first word of a member's line (`MEMBER_LINE`), checked before the pattern is. */
const MEMBER_OPENING = new Set(['ông', 'bà', 'đồng', 'đ']);
const KINH_GUI = phraseSet(['kính gửi']);

/** "đã" or "đang" within the three words after k, before any comma. */
function reportMarkSoon(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 4) && tokens[j]!.text !== ','; j++) if (REPORT_MARK.has(tokens, j)) return true;
  return false;
}

/** The most words a body named by its kind alone may take between the adverbial's comma and its asking verb. */
const BARE_SPEAKER_MAX = 3;
const BARE_SPEAKER = phraseSet(BARE_SPEAKER_WORDS);

/**
 * "Thực hiện Công điện số …, Chi cục đề nghị Phòng …", "Bên cạnh đó, đơn vị đề nghị …": between the adverbial's comma and
 * the asking verb at k, a few words that name no unit (the issuer by its kind alone, "Sở", "Chi cục", "Hội cũng"): the
 * issuer speaks, and the units after the verb are asked.
 */
function bareSpeakerBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.text !== ',' && k - j <= BARE_SPEAKER_MAX) j--;
  if (j < 0 || j >= k - 1 || tokens[j]!.text !== ',' || !tokens.slice(j + 1, k).every((t) => /^\p{L}+$/u.test(t.text))) return false;
  return tokens[j + 1]!.upper || BARE_SPEAKER.has(tokens, j + 1);
}

/**
 * The units of `found` that restate none of `subject`'s. A module function, not a closure in readClause: a closure
 * there would keep readClause's subject scan `s` in a heap context made at every call, read there at every use.
 */
function notRestating(found: readonly UnitMention[], subject: readonly UnitMention[]): UnitMention[] {
  return found.filter((m) => !subject.some((x) => restates(m, x)));
}

function readClause(tokens: readonly Token[], groups: Groups): ClauseRead {
  let assignVerb: string | null = null;
  const assign = ASSIGN.match(tokens, 0);
  if (assign) assignVerb = assign.values[0]!;
  let s = scanSubject(tokens, assign ? assign.end : 0, tokens.length);
  if (s.units.length === 0 && !assign) {
    // "Thực hiện Kế hoạch số 112-KH/HU ..., giao Văn phòng Đảng ủy tham mưu ...".
    for (let k = 1; k < tokens.length; k++) {
      // The asking verb first: a look-up in its trie, where the speaker tests before it walk back over the clause.
      const verb = ASSIGN.match(tokens, k);
      if (!verb || !(tokens[k - 1]!.text === ',' || documentSpeaksBefore(tokens, k) || bareSpeakerBefore(tokens, k) || namedOfficialBefore(tokens, k))) continue;
      const later = scanSubject(tokens, verb.end, tokens.length);
      if (later.units.length > 0 && later.stop !== 'end') { s = later; assignVerb = verb.values[0]!; break; }
    }
  }
  if (s.units.length === 0 && !assign && assignVerb === null && ADVERBIAL.has(tokens, 0)) {
    // "Thực hiện Công điện số ..., các cơ quan, đơn vị khẩn trương báo cáo ...": the subject opens
    // right after a comma and a predicate follows it; a sentence announcing the document is none.
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k - 1]!.text !== ',' || !mayStartUnit(tokens, k, tokens.length)) continue;
      const later = scanSubject(tokens, k, tokens.length);
      if (later.units.length === 0 || later.units[0]!.from !== k || later.stop !== 'predicate') continue;
      // "Để thực hiện Đề án, Ban Thường vụ Huyện ủy giao UBND huyện xây dựng kế hoạch …": the plan is the assigned
      // unit's work, not the document announcing itself.
      if (!ASSIGN.has(tokens, later.predicate) && ANNOUNCING.test(fold(tokens.slice(later.predicate).map((t) => t.text).join(' ')))) break;
      s = later;
      break;
    }
  }
  // "(Để ..., ) UBND phường đề nghị Trạm Y tế phường bố trí ...": the issuer speaks, the units after the verb act.
  const midVerb = !assign && assignVerb === null && s.units.length > 0 && s.stop === 'predicate' ? ASSIGN.match(tokens, afterAdverb(tokens, s.predicate)) : null;
  if (midVerb) {
    const object = scanSubject(tokens, midVerb.end, tokens.length);
    if (object.units.length > 0 && object.stop !== 'end') { s = object; assignVerb = midVerb.values[0]!; }
  }
  // An assigning verb written between the words of a prose sentence and its units: "Kế hoạch giao
  // Sở … chủ trì …", "Đối với UBND các huyện, kế hoạch yêu cầu kiện toàn …", "Chi cục Kiểm lâm
  // được giao tổ chức …". The issuer speaks through its document: the units are the assigned ones.
  let unassigned = false;
  const topical = !assign && assignVerb === null && s.units.length > 0 ? topicRequest(tokens, s, assignAt) : null;
  if (topical) {
    s = { ...s, units: topical.units, predicate: topical.predicate, predicateWord: tokens[topical.predicate]?.norm ?? null, stop: topical.predicate < tokens.length ? 'predicate' : 'end' };
    assignVerb = topical.verb;
  }
  if (!assign && assignVerb === null && s.units.length > 0) {
    const verb = assignVerbAround(tokens, s);
    if (verb) assignVerb = verb;
    else if (s.stop === 'predicate' && ASSIGN.has(tokens, s.predicate) && !handsOver(tokens, s.predicate)) {
      // "Đối với UBND các huyện A, B, Chủ tịch UBND tỉnh yêu cầu chỉ đạo …": the topic is whom it asks, the speaker none.
      const topic = topicBeforeSpeaker(tokens, s.units);
      if (topic) { s = { ...s, units: topic }; assignVerb = ASSIGN.match(tokens, s.predicate)!.values[0]!; }
      // "Phó Chủ tịch UBND tỉnh đề nghị các chủ rừng …": whom it asks names no unit; the speaker is none.
      else unassigned = true;
    }
  }
  if (countedOnly(tokens, s)) s = { ...s, units: [] };
  const subjectCount = unassigned ? 0 : s.units.length;
  const main = groups.add(unassigned ? [] : s.units);
  const roles = subjectCount > 0 ? rolesAt(tokens, s.predicate, groups) : null;
  const subject = withRoles(main, roles);
  // "Chủ trì, phối hợp với Y …", "Là cơ quan thường trực, chủ trì, phối hợp với Y …" opening a clause with no subject.
  const opening = subjectCount === 0 && (s.predicate === 0 || APPOSITION.has(tokens, 0)) ? rolesAt(tokens, 0, groups) : null;
  // "X chỉ đạo (cho) Y <verb>": Y is part of the task, with its own roles ("Y chủ trì, phối hợp với Z").
  const directed: RoledGroup[] = [];
  for (let k = s.predicate >= 0 ? s.predicate : tokens.length; k < tokens.length; k++) {
    const d = DIRECT.match(tokens, k) ?? (k === s.predicate ? LEAD_VERB.match(tokens, k) : null);
    if (!d) continue;
    const scan = scanSubject(tokens, d.end, tokens.length);
    if (scan.units.length > 0 && scan.stop !== 'end' && scan.predicate === scan.units[scan.units.length - 1]!.to) {
      // "Trưởng Công an các xã chỉ đạo lực lượng công an xã …": a body directing its own force directs no one else.
      const others = notRestating(scan.units, s.units);
      if (others.length === 0) { k = d.end - 1; continue; }
      const group = groups.add(others);
      directed.push(withRoles(group, rolesAt(tokens, scan.predicate, groups)));
    }
    k = d.end - 1;
  }
  // "Đưa việc tự soi, tự sửa vào nội dung kiểm điểm, đánh giá, xếp loại …" has no subject: a reporting word
  // after a comma is one of a list of nouns, not the predicate that would make the clause a report.
  const listedNoun = subjectCount === 0 && s.predicate > 0 && tokens[s.predicate - 1]!.text === ',' && NON_TASK.has(s.predicateWord ?? '');
  // "Các hộ không chấp hành sẽ bị xử lý theo …": whom a sanction falls on, not whom the document asks.
  const sanctioned = s.stop === 'predicate' && s.predicate > 0 && (BI.has(tokens, s.predicate - 1) || willBe(tokens, s.predicate));
  // "Các cấp bộ Đoàn trong tỉnh đã giới thiệu …": the scan stopped at a word that still qualifies the subject, and the
  // mark of a report comes a few words on.
  // Not after the passive that hands the subject its work: "X được giao vận hành … đúng quy trình đã được … phê duyệt".
  const handed = s.stop === 'predicate' && handedBefore(tokens, s);
  const reported = s.stop === 'predicate' && !PREDICATES.has(tokens, s.predicate) && reportMarkSoon(tokens, s.predicate) && !handed;
  const withPartner = s.stop === 'predicate' && SUPPORT_WITH.has(tokens, s.predicate);
  // "Sở Giao thông vận tải được giao bổ sung biển cảnh báo … trước ngày 30/9.": no word the scan knows as a predicate,
  // but what the subject is handed is the rest of the clause; the document assigns it.
  if (assignVerb === null && subjectCount > 0 && s.stop === 'end' && PASSIVE_ASSIGN.has(tokens, pastParenthesis(tokens, s.units[s.units.length - 1]!.to, tokens.length))) assignVerb = 'giao';
  const rule = s.stop === 'predicate' && WORK_OPENING.has(tokens[s.predicate]!.norm) && WORK_RULE.test(fold(tokens.slice(s.predicate, s.predicate + 6).map((t) => t.text).join(' ')));
  return { subject, subjectCount, directed, opening, stop: s.stop, predicateWord: sanctioned ? 'bị' : reported ? 'đã' : listedNoun || handed ? null : s.predicateWord, assignVerb, withPartner, rule };
}

const DEADLINE = /(?:trước|chậm nhất)[ ]{1,2}(?:ngày[ ]{1,2})?/giu;

function deadlineIn(text: string, start: number, end: number): string | null {
  DEADLINE.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = DEADLINE.exec(slice); m; m = DEADLINE.exec(slice)) {
    const d = dateAt(text, start + m.index + m[0].length) ?? dateAt(text, start + m.index + m[0].length - 5);
    if (d?.iso) return d.iso;
  }
  return null;
}

interface LeadIn {
  /** The group of units a lead-in or a heading names, for the clauses under it. */
  units: number | null;
  /** A section that tells how things stand ("I. TÌNH HÌNH"): nothing under it is a task. */
  situation: boolean;
}

/** Find the tasks of the body lines: clauses that ask units to act, their units still mentions. */
/** The group of a task's supporting units when its text ends with them and a semicolon ("phối hợp với Công an phường;"), else null. */
function supportListBefore(text: string, task: TaskMention, groups: Groups): number | null {
  if (text[task.end - 1] !== ';') return null;
  for (let p = task.units.parts.length - 1; p >= 0; p--) {
    const support = task.units.parts[p]!.support;
    if (support === null) continue;
    const last = groups.list[support]!.at(-1);
    return last && /^[\s,;]*$/.test(text.slice(last.end, task.end)) ? support : null;
  }
  return null;
}

/**
 * The units a lead-in hands its items to: after its assigning verb, or, in an item with none, its
 * subject. The lead-in is its last sentence, whose units may run over semicolons ("… yêu cầu Thủ
 * trưởng các phòng, ban, ngành; Chủ tịch UBND các xã, thị trấn thực hiện các nội dung sau:").
 * Null when a paragraph names no verb.
 */
function leadInUnits(text: string, clauses: ReadonlyArray<[number, number]>, inItem: boolean): UnitMention[] | null {
  let first = clauses.length - 1;
  while (first > 0 && text[clauses[first - 1]![1] - 1] === ';') first--;
  let units: UnitMention[] | null = null;
  for (let c = first; c < clauses.length; c++) {
    const [cs, ce] = clauses[c]!;
    const tokens = tokenize(text, cs, ce);
    let verbAt = -1;
    // A capital inside the clause is a word of a name ("2. Sở Giao thông vận tải:"), not the verb "giao".
    for (let k = 0; k < tokens.length; k++) { const v = k === 0 || !tokens[k]!.upper ? ASSIGN.match(tokens, k) : null; if (v) verbAt = v.end; }
    // A clause after the verb's, past a semicolon, goes on with its list of units.
    if (verbAt >= 0) units = scanSubject(tokens, verbAt, tokens.length).units;
    else if (units !== null) units = [...units, ...scanSubject(tokens, 0, tokens.length).units];
  }
  if (units !== null) return units;
  if (!inItem) return null;
  const [ls, le] = clauses[clauses.length - 1]!;
  const tokens = tokenize(text, ls, le);
  const last = scanSubject(tokens, 0, tokens.length).units;
  // "3. Đối với Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch:": names whose own commas forbid a
  // comma list are listed with semicolons; the clauses before the last that are units and nothing else are the list's.
  let before: UnitMention[] = [];
  for (let c = clauses.length - 2; c >= 0 && last.length > 0 && text[clauses[c]![1] - 1] === ';'; c--) {
    const [cs, ce] = clauses[c]!;
    const ts = tokenize(text, cs, ce - 1);
    const scan = scanSubject(ts, 0, ts.length);
    if (scan.stop !== 'end' || scan.units.length === 0 || scan.units[scan.units.length - 1]!.to !== ts.length) break;
    before = [...scan.units, ...before];
  }
  return before.length > 0 ? [...before, ...last] : last;
}

/**
 * The units of a lead-in written on the last line of a list item, as a sentence of its own after the item's words
 * (a capital opens it, an assigning verb names them): null when the item has one line or its last is no such lead-in.
 */
function lastLineLeadIn(text: string, block: Block): UnitMention[] | null {
  const from = text.lastIndexOf('\n', block.end - 1) + 1;
  if (from <= block.content || !OPENS_CAPITAL_AFTER_SPACE.test(text.slice(from, from + 4))) return null;
  const clauses = clausesOf(text, from, block.end);
  return clauses.length > 0 ? leadInUnits(text, clauses, false) : null;
}

function yearOf(t: Token | undefined): number | null {
  return t && /^(?:19|20)\d\d$/.test(t.text) ? Number(t.text) : null;
}

/**
 * "Năm 2023, Công an huyện phát hiện, bắt giữ 86 vụ …", "Năm học 2022 - 2023, các trường …" in a document of a
 * later year: what was done then, stated as the ground of the plan, however its subject names a unit.
 */
function opensWithPastYear(tokens: readonly Token[], year: number | null): boolean {
  if (year === null) return false;
  let k = tokens[0]?.norm === 'trong' ? 1 : 0;
  // "Giai đoạn 2022 - 2023, các cấp bộ Đoàn trong tỉnh đã giới thiệu …": a span of years gone by, as a year is.
  if (tokens[k]?.norm === 'giai' && tokens[k + 1]?.norm === 'đoạn') k += 2;
  else if (tokens[k]?.norm === 'năm') k += tokens[k + 1]?.norm === 'học' ? 2 : 1;
  else return false;
  const first = yearOf(tokens[k]);
  if (first === null) return false;
  const last = isDash(tokens[k + 1]) ? yearOf(tokens[k + 2]) : null;
  return (last ?? first) < year;
}

/**
 * "Giám đốc các Sở: Văn hóa và Thể thao, Du lịch, Tài chính;": a plural head whose members are named after a colon,
 * in a list that goes on past the semicolon (the execution article of a Quyết định). The colon opens no predicate:
 * the clause is units only, the first part of the subject of the clause that acts.
 */
function namesAfterColon(text: string, cs: number, ce: number, subject: readonly UnitMention[]): boolean {
  if (text[ce - 1] !== ';' || !subject.at(-1)?.plural) return false;
  const after = text.slice(text.indexOf(':', cs) + 1, ce - 1).trim();
  return after !== '' && after.split(/,|\svà\s/u).every((part) => OPENS_CAPITAL.test(part.trim()));
}

/**
 * A sentence whose units are followed by "được" and no word the scan reads as a predicate, up to its full stop ("Sở
 * Giao thông vận tải được giao bổ sung biển cảnh báo … trước ngày 30/9."): the units act in it. They are no first part
 * of the next sentence's subject, which only a clause cut at a semicolon can be ("Ủy viên BCH …, lãnh đạo UBND phường;
 * lãnh đạo các cơ quan … trực tiếp …"), unless its units are handed their work in the passive ("được giao …;").
 */
function actsUnread(text: string, ce: number, tokens: readonly Token[], subject: readonly UnitMention[]): boolean {
  const c = text[ce - 1];
  const last = subject[subject.length - 1];
  if (last === undefined) return false;
  const k = pastParenthesis(tokens, last.to, tokens.length);
  // "Đảng ủy các xã … được yêu cầu phân công …; kiên quyết xử lý …": a clause cut at a semicolon whose units are handed
  // their work in the passive acts too.
  if (c === ';' && PASSIVE_ASSIGN.has(tokens, k)) return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (OBJECT.has(tokens, k)) return false;
  for (let j = k; j < tokens.length; j++) if (tokens[j]!.word) return true;
  return false;
}

/**
 * Where a closing paragraph goes on with a duty: the first sentence after its first that opens with an assigning
 * verb naming units before a predicate ("Giao Phòng Nông nghiệp … theo dõi, đôn đốc việc thực hiện, định kỳ báo cáo
 * …./.") and is no closing formula itself; -1 when none does.
 */
function assigningAfterClosing(text: string, start: number, end: number): number {
  const clauses = clausesOf(text, start, end);
  for (let c = 1; c < clauses.length; c++) {
    const [cs, ce] = clauses[c]!;
    if (!/[.!?]/.test(text[clauses[c - 1]![1] - 1]!)) continue;
    const tokens = tokenize(text, cs, ce);
    const verb = ASSIGN.match(tokens, 0);
    if (!verb) continue;
    const scan = scanSubject(tokens, verb.end, tokens.length);
    if (scan.units.length > 0 && scan.stop === 'predicate' && !isClosing(text.slice(cs, end))) return cs;
  }
  return -1;
}

/** A lead cell that names no unit stands for the lead-in's units when it is empty or the short form the lead-in gave in brackets ("(PC06)"). */
function standsFor(cell: string | null, leadIn: string): boolean {
  if (cell === null) return false;
  const short = cell.trim();
  return short === '' || (short.length <= 12 && !/\s/.test(short) && leadIn.includes(`(${short})`));
}

/** The blocks of some lines, the rows of a task table among them read as its tasks, not as paragraphs. */
function partOf(text: string, lines: readonly Line[]): { blocks: Block[]; table: TableTask[] } {
  const table = findTableTasks(text, lines);
  return { blocks: blocksOf(table.taken.size === 0 ? lines : lines.map((l, k) => (table.taken.has(k) ? { ...l, blank: true } : l))), table: table.tasks };
}

/**
 * The tasks of the body, and of a plan annexed after the signature (`annexLines`, find/annex.ts):
 * the annex is read after the body as a text of its own, no list or lead-in of the body going on in it.
 * `year`, the document's, tells a report of a year gone by from what the document asks.
 */
export function findAssignments(text: string, bodyLines: readonly Line[], annexLines: readonly Line[] = [], year: number | null = null): FoundTasks {
  return withDefinedUnits(definedUnits(text), () => assignmentsOf(text, bodyLines, annexLines, year));
}

function assignmentsOf(text: string, bodyLines: readonly Line[], annexLines: readonly Line[], year: number | null): FoundTasks {
  const main = partOf(text, bodyLines);
  const annex = annexLines.length > 0 ? partOf(text, annexLines) : null;
  const table = { tasks: annex ? [...main.table, ...annex.table] : main.table };
  const blocks = annex ? [...main.blocks, ...annex.blocks] : main.blocks;
  const groups = new Groups();
  const stack = new EnumerationStack<LeadIn>(() => ({ units: null, situation: false }), { units: null, situation: false });
  const tasks: TaskMention[] = [];
  let current: TaskMention | null = null;
  let afterRootLeadIn = false;
  // Prose that has begun to assign ("Kế hoạch giao Sở … chủ trì …"): the sentences after it whose
  // subject is a unit are tasks too ("Sở Tài chính cân đối, bố trí kinh phí."), as items would be.
  let assigningProse = false;
  let addressees = false;
  // The lead-ins over task tables, by the offset of the table's header line.
  const tableLeadIns = new Map<number, { group: number; text: string }>();
  // Folded once: each clause's fold is cut from it.
  const folded = new FoldedText(text);

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (b === main.blocks.length) { stack.reset(); current = null; afterRootLeadIn = false; assigningProse = false; }
    const body = text.slice(block.content, block.end);
    if (!block.marker && isClosingFold(folded.squashed(block.content, block.end))) {
      stack.reset(); current = null; afterRootLeadIn = false; assigningProse = false;
      // "Yêu cầu … nghiêm túc thực hiện Chỉ thị này. Giao Phòng … theo dõi, đôn đốc …, định kỳ báo cáo …./.": after the
      // formula, a sentence that hands a duty to a unit is a task; the paragraph is read from there.
      const tail = assigningAfterClosing(text, block.content, block.end);
      if (tail < 0) continue;
      blocks[b] = { ...block, content: tail };
      b--;
      continue;
    }
    if (block.marker) { stack.push(block.marker); current = null; }
    // "Kính gửi:" left in the body (a page whose property rows come before its header): the list under it is whom the
    // letter goes to, no task, up to the next paragraph.
    if (!block.marker) addressees = KINH_GUI.has(tokenize(text, block.content, Math.min(block.end, block.content + 12)), 0);
    if (addressees) continue;
    const next = blocks[b + 1];
    const clauses = clausesOf(text, block.content, block.end);
    if (clauses.length === 0) continue;

    // A lead-in: the block ends with ":" and an enumeration follows. An item's own lead-in may
    // name its units as a heading ("3. Ủy ban nhân dân các quận, huyện:"); a paragraph's names
    // them after an assigning verb only (its subject is the issuer speaking).
    // A paragraph's lead-in may hand its tasks to paragraphs without markers ("… giao các đơn vị thực hiện các
    // nhiệm vụ sau:" / "Sở Y tế bố trí …"), as a page shows a list whose bullets it dropped.
    // "4. Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) thực hiện các nội dung theo bảng phân công dưới đây:"
    // over a task table: a lead-in, its units those of the rows whose lead cell gives only their short form.
    const tableBelow = /:\s*$/.test(body) ? table.tasks.find((t) => t.table >= block.end && /^\s*$/.test(text.slice(block.end, t.table))) : undefined;
    if (tableBelow) {
      const scan = leadInUnits(text, clauses, block.marker !== null);
      if (scan && scan.length > 0) tableLeadIns.set(tableBelow.table, { group: groups.add(scan), text: body });
      current = null;
      continue;
    }
    // "Thực hiện: - …; - Công văn số … ngày …,\nBan Thường vụ Huyện ủy yêu cầu … một số nội dung sau:" over "1/ …": the
    // sentence that hands the items out goes on from the last cited item without a marker of its own, and leads in
    // the items after it, which close the list it closes.
    const wrapped = block.marker !== null && next?.marker != null && next.marker.rank <= block.marker.rank && /:\s*$/.test(body)
      ? lastLineLeadIn(text, block) : null;
    if (wrapped) {
      stack.closeTo(next!.marker!.rank);
      if (wrapped.length > 0) stack.top().units = groups.add(wrapped);
      if (stack.depth === 0) afterRootLeadIn = true;
      current = null;
      continue;
    }
    if (/:\s*$/.test(body) && ((next?.marker && (!block.marker || next.marker.rank > block.marker.rank))
      || (!block.marker && stack.depth === 0 && next !== undefined && !next.marker && !isClosingFold(folded.squashed(next.content, next.end))))) {
      // A paragraph after a list ("Kính gửi: - …; - …." left in the body, then "… đề nghị X thực hiện một số nội dung
      // sau:" over "1. …") leads in the items that follow it, not the list above it, which their first item closes.
      if (!block.marker && next?.marker) stack.closeTo(next.marker.rank);
      const scan = leadInUnits(text, clauses, block.marker !== null);
      if (scan) {
        const group = groups.add(scan);
        if (scan.length > 0) stack.top().units = group;
      }
      if (stack.depth === 0) afterRootLeadIn = true;
      current = null;
      continue;
    }

    // A heading: an item of a few words without a full stop ("II. NHIỆM VỤ", "1. Phòng Y tế quận",
    // "1- Tuyên truyền trên báo chí"). When it names units and nothing else, they lead in its items.
    if (block.marker && clauses.length === 1 && !/[.;!?…]$/.test(body.trim())) {
      const tokens = tokenize(text, clauses[0]![0], clauses[0]![1]);
      const aside = headingAsideStart(tokens, tokens.length);
      const scan = scanSubject(tokens, 0, aside);
      // A long list of units alone on its line ("1. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy")
      // is a heading however many words it takes.
      const onlyUnits = (scan.stop === 'end' && scan.units.length > 0 && scan.units[scan.units.length - 1]!.to === aside);
      // "- Bảo đảm an ninh trật tự tại các khu sơ tán" under "1. Công an huyện", a page's paragraph with no full stop: a dash
      // item that names no unit and heads no items of its own is a duty, not a heading.
      const duty = (block.marker.kind === 'dash' || block.marker.kind === 'plus') && scan.units.length === 0
        && !(next?.marker && next.marker.rank > block.marker.rank);
      if (!duty && (block.heading || onlyUnits || (tokens.length <= 12 && (scan.units.length === 0 || scan.stop === 'end')))) {
        const group = groups.add(scan.units);
        if (scan.units.length > 0 && scan.stop === 'end') stack.top().units = group;
        else stack.top().situation = SITUATION_HEADING.test(folded.slice(block.content, block.end));
        current = null;
        continue;
      }
    }

    // Units of a clause with no predicate of its own are the first part of the next clause's
    // subject ("Ủy viên BCH ..., lãnh đạo UBND phường; lãnh đạo các cơ quan ... trực tiếp ...").
    let carry = null as { parts: RoledGroup[]; start: number } | null;
    const situation = stack.depth > 0 && (stack.top().situation || stack.ancestors().some((a) => a.situation));
    // "Năm 2023, … kết nạp 312 đảng viên, đạt 104% chỉ tiêu; tuy vậy vẫn còn 11 thôn chưa có …": the year gone by
    // opens the sentence, and every clause of it, past its semicolons, tells what was then.
    let pastSentence = false;
    let before = -1;
    let beforeStart = -1;
    // A speaker's quotation opened in an earlier sentence of the paragraph and not yet closed: his words go on.
    let inQuote = false;
    // "X chịu trách nhiệm trước … về việc để xảy ra …. Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.":
    // the document's closing formula written as the last sentence of a paragraph ends what is read of it.
    const endMark = /\/\.\s*$/.test(body);
    for (const [clauseStart, ce] of clauses) {
      if (endMark && before >= 0 && text[before - 1] === '.' && isClosingFold(folded.squashed(clauseStart, block.end))) break;
      let cs = clauseStart;
      let tokens = tokenize(text, cs, ce);
      if (tokens.length === 0) continue;
      // "Cụ thể: Sở Công Thương chủ trì …" in prose: the report of what the document asks opens on a colon, and the
      // clause's subject stands after it.
      // "SÓC TRĂNG - Theo kế hoạch, …": a news report's place dateline before the opener; the clause starts after it.
      const dateline = stack.depth === 0 && isUpperAt(text, cs) ? PLACE_DATELINE.exec(text.slice(cs, ce)) : null;
      if (dateline) {
        const rest = tokenize(text, cs + dateline[0].length, ce);
        if (rest.length > 0 && (REPORTED.has(rest, 0) || reportedByType(rest))) { cs += dateline[0].length; tokens = rest; }
      }
      const colonOpener = stack.depth === 0 ? REPORTED.match(tokens, 0) : null;
      if (colonOpener && tokens[colonOpener.end]?.text === ':' && colonOpener.end + 1 < tokens.length) {
        assigningProse = true;
        cs = tokens[colonOpener.end + 1]!.start;
        tokens = tokenize(text, cs, ce);
      } else if (colonOpener && (makerAfter(tokens, colonOpener.end) || makerAfterOpener(tokens, colonOpener.end))) {
        // "Theo kế hoạch do Ban Thường vụ … ký ban hành ngày 12/3/2024, việc triển khai …": the opener's document named with
        // its maker, its number between them or not ("Theo Kế hoạch số 09/KH-UBND do UBND xã … ban hành ngày …, …"), or
        // after its title ("… mà X ban hành …", news-opener.ts); the maker is no subject, and the clause starts after the comma.
        const comma = tokens.findIndex((t, i) => i > colonOpener.end && t.text === ',');
        if (comma > 0 && comma + 1 < tokens.length) {
          assigningProse = true;
          cs = tokens[comma + 1]!.start;
          tokens = tokenize(text, cs, ce);
        }
      }
      // A news report's first-person request in a quotation (find/news-quote.ts): the clause starts at the request's words.
      const quoteFrom = cs;
      const request: number | null = stack.depth > 0 ? null : quotedRequestStart(text, cs, ce, inQuote);
      if (request !== null && request !== cs) { cs = request; tokens = tokenize(text, cs, ce); }
      pastSentence = (pastSentence && before >= 0 && text[before - 1] === ';') || opensWithPastYear(tokens, year);
      const figure = before >= 0 && text[before - 1] === ';' && !(current !== null && current.end === before) && isDigitAt(text, tokens[0]!.start)
        && countAfterFigures(tokens, text.slice(beforeStart, before));
      beforeStart = cs;
      before = ce;
      const read = readClause(tokens, groups);
      const colon = read.stop === 'end' ? -1 : text.slice(cs, ce).indexOf(':');
      const schedule = colon >= 0 && SCHEDULE_ONLY.test(folded.slice(cs + colon + 1, ce));
      const inItem = stack.depth > 0;
      const quoted: boolean = !inItem && request === null && (inQuote || REPORTED_SPEECH.test(folded.slice(cs, ce)) || (text.startsWith('Theo ', cs) && (ATTRIBUTED_SPEECH.test(text.slice(cs, ce)) || sourceOpening(tokens))));
      // Only a speaker's quotation goes on: a news item may quote the document's own items, which are tasks.
      inQuote = (quoted || request !== null) && quoteOpenAfter(text, quoteFrom, ce, inQuote);
      // Every operand is a test with no side effect: the ones already worked out go first.
      const reporting = schedule || read.rule || quoted || situation || pastSentence || figure
        || CONDITIONAL_LIABILITY.test(folded.slice(cs, ce)) || (MEMBER_OPENING.has(tokens[0]!.norm) && MEMBER_LINE.test(text.slice(cs, ce))) || SITUATION.has(tokens, 0) || TARGET_OPENING.test(text.slice(cs, ce)) || (isDigitAt(text, cs) && SHARE_OPENING.test(text.slice(cs, ce)))
        || (read.predicateWord !== null && NON_TASK.has(read.predicateWord)) || wholeTarget(folded, ce, read, groups)
        || TIMED_TARGET_OPENING.test(folded.slice(cs, ce))
        || (tokens[0]!.norm === 'mỗi' && !(block.marker !== null && clauseStart === clauses[0]![0]) && EACH_TARGET.test(folded.slice(cs, ce)))
        || EVENT_DEADLINE.test(folded.slice(cs, ce));
      // "Theo đó, …" in prose: the report of what the document asks begins here.
      if (!inItem && (REPORTED.has(tokens, 0) || reportedByType(tokens))) assigningProse = true;
      const eligible = inItem || afterRootLeadIn || read.assignVerb !== null || (assigningProse && read.stop === 'predicate');
      // Units after the clause's first words, with no predicate after them, are its objects
      // ("- Công khai danh sách … trên Đài Truyền thanh huyện."): the clause has no subject.
      if (read.subjectCount > 0 && read.stop === 'end' && !opensWithUnit(tokens)) read.subjectCount = 0;
      // "… phối hợp với Công an phường;\nBan Chỉ huy Quân sự phường; các tổ dân phố kiểm tra …": units listed past a
      // semicolon right after the supporting units of the clause before are more of them, and the task goes on.
      const listed = current && inItem && current.end >= block.start && read.subjectCount > 0 && read.assignVerb === null
        && read.directed.length === 0 && !read.subject.lead && read.subject.support === null && read.subject.main !== null && opensWithUnit(tokens)
        ? supportListBefore(text, current, groups) : null;
      if (listed !== null) {
        groups.list[listed]!.push(...groups.list[read.subject.main!]!);
        current!.end = ce;
        continue;
      }
      // "Trung đội dân quân cơ động huyện 31 đồng chí; dân quân các xã 620 đồng chí; …": the forces counted, no subject to carry.
      const subjectUnits = read.subjectCount > 0 && read.subject.main !== null ? groups.list[read.subject.main] : undefined;
      if (headcountOnly(tokens, subjectUnits?.[subjectUnits.length - 1]?.to)) { carry = null; continue; }
      if (read.subjectCount > 0 && ((read.stop === 'end' && !actsUnread(text, ce, tokens, groups.list[read.subject.main!]!)) || (read.stop === 'colon' && namesAfterColon(text, cs, ce, groups.list[read.subject.main!]!)))) {
        const before: { parts: RoledGroup[]; start: number } | null = carry;
        carry = { parts: [...(before?.parts ?? []), read.subject], start: before?.start ?? cs };
        continue;
      }
      // "X xây dựng phương án …; Y phối hợp bố trí lực lượng": a clause whose subject only cooperates (a bare
      // "phối hợp", no one named after it) goes on with the task before it in the same item or paragraph of
      // prose that assigns: Y supports, X leads.
      if (read.subjectCount > 0 && current && (inItem || assigningProse) && current.end >= block.start && carry === null && read.assignVerb === null
        && read.predicateWord === 'phối hợp' && !read.withPartner && read.subject.support === null && read.directed.length === 0) {
        for (const p of current.units.parts) if (p.main !== null) p.lead = true;
        current.units.parts.push({ main: null, lead: false, support: read.subject.main });
        current.end = ce;
        continue;
      }
      if (read.subjectCount > 0 && current && carry === null && eachAfterSemicolon(tokens, text, current.end, cs)) { current.end = ce; continue; }
      const eachLead = tokens[0]!.norm === 'mỗi' ? [stack.top(), ...stack.ancestors()].find((a) => a.units !== null)?.units : null;
      if (read.subjectCount > 0 && carry === null && eachOfLeadIn(tokens, inItem, eachLead)) read.subject = { ...read.subject, main: eachLead };
      if (read.subjectCount > 0) {
        const start = carry?.start ?? cs;
        const units: TaskUnitsPlan = { parts: [...(carry?.parts ?? []), read.subject], subject: read.subject, directed: read.directed };
        carry = null;
        if (reporting || !eligible) { current = null; continue; }
        const rule = `${read.assignVerb ? `assign:${read.assignVerb}` : 'subject'}${read.directed.length > 0 ? '+directed' : ''}`;
        current = { clause: stack.clause(), units, start, end: ce, rule, confidence: read.assignVerb ? 0.9 : 0.85, deadline: null };
        tasks.push(current);
        if (!inItem && read.assignVerb !== null) assigningProse = true;
        continue;
      }
      carry = null;
      // "X chủ trì …; phối hợp với Y …": a clause that opens with the supporting units goes on with
      // the task before it in the same item or paragraph, and its subject leads.
      if (current && read.opening?.support != null && (inItem || current.end >= block.start)) {
        for (const p of current.units.parts) if (p.main !== null) p.lead = true;
        current.units.parts.push(withRoles(null, read.opening));
        current.end = ce;
        continue;
      }
      if (current && inItem) { current.end = ce; continue; }
      if (current && assigningProse && !reporting && sameSentenceAfter(text, current.end, cs)) { current.end = ce; continue; }
      if (!eligible || reporting || !inItem) continue;
      // A paragraph under an item continues it: the item's own lead-in counts; an item's first
      // line takes its parents'.
      const levels = block.marker ? stack.ancestors() : [stack.top(), ...stack.ancestors()];
      const lead = levels.find((a) => a.units !== null)?.units;
      if (lead === undefined || lead === null) continue;
      const opening = read.opening;
      const parts = [withRoles(lead, opening ? { lead: opening.lead, support: null } : null)];
      if (opening) parts.push(withRoles(null, opening));
      current = {
        clause: stack.clause(), units: { parts, subject: null, directed: read.directed }, start: cs, end: ce,
        rule: `lead-in${read.directed.length > 0 ? '+directed' : ''}`, confidence: 0.75, deadline: null,
      };
      tasks.push(current);
    }
  }
  for (const row of table.tasks) {
    const above = tableLeadIns.get(row.table);
    if (above && row.lead.length === 0 && standsFor(row.leadText, above.text)) {
      const support = row.support.length > 0 ? groups.add(row.support) : null;
      const part: RoledGroup = { main: above.group, lead: support !== null, support };
      tasks.push({ clause: row.label, units: { parts: [part], subject: part, directed: [] }, start: row.start, end: row.end, rule: 'table+lead-in', confidence: 0.75, deadline: null });
      continue;
    }
    const lead = groups.add(row.lead);
    const support = row.support.length > 0 ? groups.add(row.support) : null;
    if (row.lead.length === 0 && support === null) continue;
    // A "chủ trì" column's units lead alone too: the header says their role (design: the ASSIGNS edge).
    const part: RoledGroup = { main: lead, lead: (support !== null || row.leads) && row.lead.length > 0, support };
    tasks.push({ clause: row.label, units: { parts: [part], subject: part, directed: [] }, start: row.start, end: row.end, rule: 'table', confidence: 0.8, deadline: null });
  }
  if (table.tasks.length > 0) tasks.sort((a, b) => a.start - b.start);
  for (const t of tasks) t.deadline = deadlineIn(text, t.start, t.end);
  return { groups: groups.list, tasks };
}

/** "do" right after the opener's document, or after its number ("Theo Kế hoạch số 09/KH-UBND do …"): its maker follows. */
function makerAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm === 'do') return true;
  if (tokens[k]?.norm !== 'số') return false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 8); i++) {
    if (tokens[i]!.text === ',') return false;
    if (tokens[i]!.norm === 'do') return true;
  }
  return false;
}

/** A capital letter at offset k: asked before `PLACE_DATELINE`, which every clause would otherwise pay a slice for. */
function isUpperAt(text: string, k: number): boolean {
  const c = text[k];
  return c !== undefined && c !== c.toLowerCase();
}

/** The clause's subject is the whole body or place ("toàn Hội", "toàn tỉnh") and a counted target follows: no task. */
function wholeTarget(folded: FoldedText, ce: number, read: ClauseRead, groups: Groups): boolean {
  const first = read.subjectCount > 0 && read.subject.main !== null ? groups.list[read.subject.main]?.[0] : undefined;
  if (first === undefined) return false;
  // The unit grammar may leave the plural "toàn" out of the mention it starts.
  const start = folded.slice(Math.max(0, first.start - 5), first.start) === 'toan ' ? first.start - 5 : first.start;
  return WHOLE_TARGET.test(folded.slice(start, ce));
}
