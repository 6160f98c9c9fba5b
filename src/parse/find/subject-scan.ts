import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { NEUTRAL, OBJECT, OWNER_OPENER, PASSIVE, PASSIVE_ASSIGN, PREDICATES, VA } from './assignment-words.js';
import { leadAfterPassiveAssign } from './passive-lead.js';
import { elidedProvinceAt } from './elided-province.js';
import { elidedVillageAt } from './elided-village.js';
import { closesMember, listedMemberAt } from './list-member.js';
import { GLUE, type UnitMention, areaBodyAt, distribute, glueAt, mayStartUnit, onlyGlue, parseUnitAt } from './units.js';

/*
 * A clause's subject: the unit mentions written before its predicate (or its colon), read over tokens.
 * Apart from the clause reader (assignments.ts), which asks it at several places of a clause: after
 * an assigning verb, after "chỉ đạo", at a lead-in.
 */

export interface SubjectScan {
  units: UnitMention[];
  /** Token index where the predicate (or the colon) starts; -1 when none was found. */
  predicate: number;
  predicateWord: string | null;
  stop: 'predicate' | 'colon' | 'end';
}

/** "Các đảng ủy xã lãnh đạo chính quyền cơ sở hỗ trợ …": right after its subject, "lãnh đạo" is the verb, not an office. */
export const LEAD_VERB = phraseSet(['lãnh đạo']);

/** Index of a plain lower-case word at i (after list glue), or -1 when a unit, glue or a linking word is there. */
// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

function plainWordAt(tokens: readonly Token[], i: number, to: number): number {
  let k = i;
  for (let g = glueAt(tokens, k, to); g; g = glueAt(tokens, k, to)) k = g.end;
  const t = tokens[k];
  if (!t || !t.word || !OPENS_SMALL.test(t.text)) return -1;
  if (mayStartUnit(tokens, k, to) && parseUnitAt(tokens, k, to) && !(k === i && LEAD_VERB.has(tokens, k, to))) return -1;
  if (PASSIVE.has(tokens, k, to) || OBJECT.has(tokens, k, to) || NEUTRAL.has(tokens, k, to)) return -1;
  // After glue, a plain word is a predicate only right after the subject ("..., xây dựng" is not).
  return k === i || PREDICATES.has(tokens, k, to) ? k : -1;
}

/** The index after a parenthesis that opens at i (up to its close), else i. */
export function pastParenthesis(tokens: readonly Token[], i: number, to: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1, depth = 1; k < to; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')' && --depth === 0) return k + 1;
  }
  return i;
}

/**
 * A bare "đơn vị" ("Người đứng đầu đơn vị chịu trách nhiệm") points back to units already named;
 * only "các đơn vị", "đơn vị thuộc Quận" name a subject. At module level, not a closure made per
 * scan: under tsx (the bench, the CLI) each closure made also gets its name set at run time, and
 * that was 2% of the parse.
 */
function anaphoric(m: UnitMention): boolean {
  return m.head.kind === 'collective' && !m.plural && m.areas.length === 0 && !m.owner;
}

/** "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị": in a comma list that opened plural, "cơ quan, đơn vị" is one more kind. */
function inPluralList(units: ReadonlyArray<{ m: UnitMention; afterComma: boolean }>, k: number): boolean {
  for (let j = k; j > 0 && units[j]!.afterComma; j--) if (units[j - 1]!.m.plural) return true;
  return false;
}

/**
 * A unit the tables lack, read by its place ("…, Cổng Thông tin điện tử tỉnh tăng cường", list-member.ts): glued to the
 * unit read before it and closed by glue or the verb; or opening the scan with list glue and a unit after it ("Viettel
 * Tiền Hải, Bưu điện huyện …"), or after "với" with the verb after it ("phối hợp với Agribank … cảnh báo …").
 */
function listedHere(tokens: readonly Token[], from: number, i: number, to: number, last: UnitMention | null): UnitMention | null {
  const glued = !!last && last.to < i && onlyGlue(tokens, last.to, i);
  if (!glued && (last || i !== from)) return null;
  // "Ban Nhân dân ấp Phú Hòa, ấp Phú Thạnh": the same unit of the next village (elided-village.ts).
  const village = glued ? elidedVillageAt(tokens, i, to, last!) ?? elidedProvinceAt(tokens, i, to, last!) : null;
  if (village) return village;
  const m = listedMemberAt(tokens, i, to);
  if (!m) return null;
  const verbNext = plainWordAt(tokens, m.to, to) === m.to;
  if (glued) return closesMember(tokens, m.to, to) || verbNext ? m : null;
  const g = glueAt(tokens, m.to, to);
  if (g && g.word === ',' && ((mayStartUnit(tokens, g.end, to) && parseUnitAt(tokens, g.end, to)) || listedMemberAt(tokens, g.end, to))) return m;
  // "phối hợp với Viettel Tây Ninh và VNPT Tây Ninh bảo đảm …": two brands' branches after "với", joined by "và".
  if (g && g.word === 'và' && tokens[from - 1]?.norm === 'với' && listedMemberAt(tokens, g.end, to)) return m;
  return tokens[from - 1]?.norm === 'với' && verbNext ? m : null;
}

/**
 * Read the subject of a clause: the unit mentions before the first predicate word. Units after
 * "của", "phụ trách", "với" ... are objects, up to the unit after their "và" ("trên cơ sở đề
 * xuất của A, B và C, D kịp thời ..." has the subject D); with no "và", all but the last.
 */
export function scanSubject(tokens: readonly Token[], from: number, to: number, maxTokens = 60): SubjectScan {
  const units: Array<{ m: UnitMention; object: boolean; afterComma: boolean }> = [];
  let objectMode = false;
  let sawVa = false;
  // How many units were read when the object list opened.
  let objectFrom = 0;
  // "Trách nhiệm của Ban Tuyên giáo Huyện ủy": whose duties follow, its subject.
  let i = OWNER_OPENER.match(tokens, from, to)?.end ?? from;
  const opening = NEUTRAL.match(tokens, i, to)?.end ?? i;
  const stopAt = Math.min(to, from + maxTokens);
  let result: SubjectScan | null = null;
  while (i < stopAt) {
    const t = tokens[i]!;
    if (t.text === '(') {
      let depth = 0;
      for (; i < to; i++) {
        if (tokens[i]!.text === '(') depth++;
        else if (tokens[i]!.text === ')' && --depth === 0) break;
      }
      i++;
      continue;
    }
    if (t.text === ':') { result = { units: [], predicate: i, predicateWord: ':', stop: 'colon' }; break; }
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') break;
    const neutral = NEUTRAL.match(tokens, i, to);
    if (neutral) { i = neutral.end; continue; }
    if (units.length > 0 && leadAfterPassiveAssign(tokens, i, to) > 0) { result = { units: [], predicate: i, predicateWord: 'lãnh đạo', stop: 'predicate' }; break; }
    const starts = mayStartUnit(tokens, i, to);
    if (starts || tokens[i]!.upper || (units.length > 0 && GLUE.has(tokens, i - 1, to))) {
      let m = starts ? parseUnitAt(tokens, i, to) : null;
      // "Các xã, thị trấn kiểm tra …": plural areas opening the clause, a predicate right after them, or the passive of an
      // assigning verb ("Các xã vùng gò đồi được yêu cầu không cho đốt …", as a news report gives an order's task).
      if (starts && !m && units.length === 0 && i === opening) {
        const body = areaBodyAt(tokens, i, to);
        if (body && (plainWordAt(tokens, body.to, to) === body.to || PASSIVE_ASSIGN.has(tokens, body.to, to))) m = body;
      }
      m ??= listedHere(tokens, from, i, to, units.length > 0 ? units[units.length - 1]!.m : null);
      if (m) {
        const prev = tokens[i - 1];
        // "… được Bộ trưởng Bộ Công Thương phê duyệt …": who approved, the agent of a passive, is no subject.
        const object = objectMode || (i > from && PASSIVE.has(tokens, i - 1, to));
        units.push({ m, object, afterComma: prev?.text === ',' });
        if (objectMode && sawVa) objectMode = false;
        i = m.to;
        // A subject followed by a plain word: the predicate starts there ("Phòng Nội vụ quận đưa
        // tiêu chí ..."), whatever words come later. "được" still qualifies the subject.
        if (!object) {
          // "Ban Chỉ đạo … xã (sau đây gọi tắt là Ban Chỉ đạo) phân công …": a note between the subject and its verb.
          const at = plainWordAt(tokens, pastParenthesis(tokens, i, to), to);
          if (at >= 0) {
            const pred = PREDICATES.match(tokens, at, to);
            result = { units: [], predicate: at, predicateWord: pred ? pred.values[0]! : tokens[at]!.norm, stop: 'predicate' };
            break;
          }
        }
        continue;
      }
      // An office word with no unit after it ("công tác lãnh đạo, chỉ đạo") may be a verb.
    }
    if (objectMode && VA.has(tokens, i, to)) {
      // "Chủ tịch UBND các huyện có tên tại Điều 2 và các ông (bà) có tên tại Điều 1 chịu trách nhiệm …": the words
      // after "tại" named no unit, so "và" joins one more unit to the subject, not to the objects.
      if (units.length === objectFrom) objectMode = false;
      else sawVa = true;
      i++;
      continue;
    }
    const obj = OBJECT.match(tokens, i, to);
    if (obj && !GLUE.has(tokens, i, to)) { objectMode = true; sawVa = false; objectFrom = units.length; i = obj.end; continue; }
    const pred = PREDICATES.match(tokens, i, to);
    if (pred) {
      result = { units: [], predicate: i, predicateWord: pred.values[0]!, stop: 'predicate' };
      break;
    }
    i++;
  }
  result ??= { units: [], predicate: -1, predicateWord: null, stop: 'end' };
  if (objectMode && !sawVa && result.stop !== 'end') {
    // No "và" closed the object list: its last unit, after a comma, is the subject.
    const last = units[units.length - 1];
    if (last && last.object && last.afterComma) last.object = false;
  }
  const subject: UnitMention[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!u.object && (!anaphoric(u.m) || inPluralList(units, k))) subject.push(u.m);
  }
  return { ...result, units: distribute(tokens, subject) };
}
