import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { SELF_CONTENTS, SELF_PASSIVE_DELIBERATION, SELF_PASSIVE_VERBS, SELF_REFERENCE_WORD, SESSION_ORDINAL_WORDS } from '../vocabulary/identity.js';
import { dateAt, type FoundDate } from './dates.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A headless fragment may name its issuer only as the agent of a passive on itself: "Nghị quyết này
 * được Ban Chấp hành Đảng bộ phường Vĩnh Nguyên thông qua tại Hội nghị lần thứ 23, …". The agent is
 * one body (not "các chi bộ") read from "được", followed perhaps by its term ("khóa XXIII", "nhiệm kỳ
 * 2020 - 2025"), an elected council's session ("khóa XIX, kỳ họp thứ mười bảy") and by the deliberation
 * before the verb ("thảo luận, nhất trí thông qua"); a fragment wrapped at a fixed width may break a line
 * anywhere in it. Else nothing is read. The day it was adopted, written right after the act ("… thông qua
 * ngày 10 tháng 12 năm 2024"), is the document's date: a council's resolution is dated the day it is passed.
 */
const TYPE_WORDS = NAMED_TYPE_WORDS.map(([w]) => w);
const GAP = '[ \\n]{1,2}';
const VERBS = phraseAlternation(SELF_PASSIVE_VERBS, { gap: GAP });
const SELF_PASSIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TYPE_WORDS.join('|')})${GAP}${SELF_REFERENCE_WORD}${GAP}(?:(?:đã|vừa)${GAP})?được${GAP}(?=\p{Lu})`, 'giu');
const ORDINAL = `(?:[IVXLC\\d]+|(?:${SESSION_ORDINAL_WORDS.join('|')})(?:${GAP}(?:${SESSION_ORDINAL_WORDS.join('|')})){0,3})`;
/** "…, kỳ họp thứ 17", "… tại kỳ họp chuyên đề": the session of a council's term. */
const SESSION = String.raw`(?:,?${GAP}(?:tại${GAP})?kỳ${GAP}họp(?:${GAP}thứ${GAP}${ORDINAL})?(?:${GAP}(?:chuyên${GAP}đề|bất${GAP}thường))?(?![\p{L}]))?`;
/** After the agent: its term, the deliberation that led to the act, then the act. */
const AGENT_END = new RegExp(
  String.raw`^(?:${GAP}(?:khóa${GAP}[IVXLC\d]+|nhiệm${GAP}kỳ${GAP}\d{4}[ ]{0,2}[-–][ ]{0,2}\d{4}))?${SESSION}(?:,?${GAP}(?:${phraseAlternation(SELF_PASSIVE_DELIBERATION, { gap: GAP })})(?:${GAP}và|,)?)*${GAP}(?:${VERBS})(?![\p{L}])`, 'iu');
/** How far the agent's name may run. */
const AGENT_CHARS = 120;

/** The passive's agent, and the day of the act when it is written right after it. */
export interface SelfPassive {
  issuer: UnitMention;
  date: FoundDate | null;
}

/** "… thông qua ngày 10 tháng 12 năm 2024", "… thông qua, ngày 05/7/2024": the day, right after the act. */
const DAY_AFTER = /^,?[ \n]{1,2}(?=ngày[ ])/u;

/**
 * "Thực hiện chỉ đạo của Thủ tướng …, các nội dung dưới đây đã được Bộ Nông nghiệp và Phát triển nông thôn thống nhất
 * với Bộ Tài nguyên và Môi trường, đề nghị …": the document's own contents (SELF_CONTENTS) as the subject of a passive;
 * the one body that settled or issued them is the issuer (no date is read there).
 */
const CONTENTS_PASSIVE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(SELF_CONTENTS, { gap: GAP })})${GAP}(?:(?:đã|vừa)${GAP})?được${GAP}(?=\p{Lu})`, 'giu');
const SETTLED = new RegExp(String.raw`^${GAP}(?:${phraseAlternation([...SELF_PASSIVE_DELIBERATION, ...SELF_PASSIVE_VERBS], { gap: GAP })})(?![\p{L}])`, 'iu');

function contentsPassive(text: string): SelfPassive | null {
  if (!text.includes('nội dung')) return null;
  for (const m of text.matchAll(CONTENTS_PASSIVE)) {
    const from = m.index + m[0].length;
    const tokens = tokenize(text, from, Math.min(text.length, from + AGENT_CHARS));
    const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (!u || u.start !== from || u.plural || u.head.collective === true || u.head.shape === 'member') continue;
    if (SETTLED.test(text.slice(u.end, u.end + 40))) return { issuer: u, date: null };
  }
  return null;
}

export function selfPassive(text: string): SelfPassive | null {
  // Cheap guard: the passive needs "này được" somewhere.
  if (!/này[ \n]{1,2}(?:(?:đã|vừa)[ \n]{1,2})?được/u.test(text)) return contentsPassive(text);
  SELF_PASSIVE.lastIndex = 0;
  for (const m of text.matchAll(SELF_PASSIVE)) {
    const from = m.index + m[0].length;
    const tokens = tokenize(text, from, Math.min(text.length, from + AGENT_CHARS));
    const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (!u || u.start !== from || u.plural || u.head.collective === true || u.head.shape === 'member') continue;
    const end = AGENT_END.exec(text.slice(u.end, u.end + 120));
    if (!end) continue;
    const after = u.end + end[0].length;
    const lead = DAY_AFTER.exec(text.slice(after, after + 12));
    const date = lead ? dateAt(text, after + lead[0].length) : null;
    return { issuer: u, date: date?.iso ? date : null };
  }
  return contentsPassive(text);
}
