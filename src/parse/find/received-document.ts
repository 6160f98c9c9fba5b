import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { ANAPHORA_BARE, ANAPHORA_SUFFIXES, ENCLOSURE_MARKS, RECEIVING_TRIGGERS } from '../vocabulary/relations.js';
import { tokenize } from '../tokens.js';
import { foldKey } from '../text.js';
import { sentenceEnd } from './sentences.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { longestFirst, phraseAlternation } from '../phrase-alternation.js';

/**
 * A document announced in a fragment's opening that the text then receives rather than is: a
 * district's letter copied without its header starts "Ngày 02/4/2024, Sở Giáo dục và Đào tạo có
 * Công văn số 845/SGDĐT-GDTX về việc … (có văn bản gửi kèm). Để triển khai thực hiện văn bản trên,
 * UBND huyện Diễn Châu đề nghị: …". The Sở's letter is cited (and carried out); the fragment is
 * the district's. A news article announcing a plan neither encloses it nor has another body carry
 * it out by a back-reference in the next sentence, so it keeps its announcement.
 */
/** Between a phrase's words in the text. */
const WORD_GAP = '[ ]{1,2}';
const escape = (s: string) => s.replace(/ /g, WORD_GAP);
const ENCLOSURE = new RegExp(String.raw`\([ ]{0,2}(?:${phraseAlternation(ENCLOSURE_MARKS, { gap: WORD_GAP })})[ ]{0,2}\)`, 'iu');
// "Thực hiện chỉ đạo trên, …": the instruction the document carried, as "văn bản trên".
const TYPE_ALT = phraseAlternation([...DOC_TYPES.flatMap((d) => d.words), 'văn bản', 'chỉ đạo'], { gap: WORD_GAP });
const BACK_REFERENCE = phraseAlternation([...ANAPHORA_SUFFIXES, ANAPHORA_BARE], { gap: WORD_GAP });
/** "kế hoạch của huyện", "chỉ đạo của tỉnh": the document just named, by the level of its sender. */
const OF_LEVEL = String.raw`của[ ]{1,2}(?:huyện|tỉnh|thành[ ]phố|thị[ ]xã|quận|Sở|Bộ|cấp[ ]trên)`;
/** The next sentence: a purpose word, a trigger, a back-reference to the document, a comma, then its actor. */
const RECEIVING = new RegExp(
  // At the sentence's start, or after a clause of its own ("Tiếp theo Công văn số …, để triển khai văn bản nêu trên của Sở, …").
  String.raw`(?:^\s{0,4}|[,;][ ]{1,2})(?:(?:Để|Nhằm)[ ]{1,2})?(?:${phraseAlternation(RECEIVING_TRIGGERS, { gap: WORD_GAP })})`
  + String.raw`(?:[ ]{1,2}[\p{Ll}]+){0,3}?`
  // "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản nêu trên": the sender named on the way.
  + String.raw`(?:[ ]{1,2}của[ ]{1,2}[^,.;:\n]{2,80}?[ ]{1,2}(?:tại|theo))?`
  + String.raw`[ ]{1,2}(?:nội[ ]dung[ ]{1,2})?(?:${TYPE_ALT})[ ]{1,2}(?:(?:${BACK_REFERENCE})|${OF_LEVEL})(?![\p{L}])[^,.;\n]{0,120},[ ]{1,2}`,
  'iu',
);
/** A word with either case of its first letter, the rest as written (for a pattern that must see the case of other words). */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`;
/**
 * "Để triển khai thực hiện Chỉ thị, Ban Thường vụ Huyện ủy … yêu cầu …": the type word alone,
 * capitalised, names the document just announced, as "Chỉ thị trên" would.
 */
const RECEIVING_BARE = new RegExp(
  String.raw`(?:^\s{0,4}|[,;][ ]{1,2})(?:(?:Để|Nhằm)[ ]{1,2})?(?:${longestFirst(RECEIVING_TRIGGERS).map(eitherCase).join('|')})`
  + String.raw`(?:[ ]{1,2}[\p{Ll}]+){0,3}?[ ]{1,2}(?:${phraseAlternation(DOC_TYPES.flatMap((d) => d.words).filter((w) => /^\p{Lu}/u.test(w)), { gap: WORD_GAP })}),[ ]{1,2}`,
  'u',
);

/** How far after the number the enclosure mark and the next sentence are looked for. */
const REACH = 600;

/** A preamble's opening trigger: "Thực hiện Kế hoạch số … của UBND tỉnh; UBND huyện đã ban hành Kế hoạch số …; UBND xã …". */
const PREAMBLE = new RegExp(String.raw`^[ \t]*(?:(?:Để|Nhằm)[ ]{1,2})?(?:${longestFirst(RECEIVING_TRIGGERS).map(eitherCase).join('|')})[ ]`, 'u');
/** The verbs with which the body that writes the fragment opens its own clause. */
const OWN_CLAUSE_VERB = /^[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?(?:xây[ ]dựng|ban[ ]hành|yêu[ ]cầu|đề[ ]nghị|chỉ[ ]đạo|triển[ ]khai|thông[ ]báo)(?![\p{L}])/u;

/**
 * "Thực hiện Kế hoạch số … của UBND tỉnh …; UBND huyện Lục Nam ban hành Kế hoạch số …; UBND xã Cẩm Lý
 * xây dựng kế hoạch …": in a preamble, a clause after the announced number that opens on another
 * single body and its own verb makes the announced document one the fragment carries out.
 */
function anotherClauseAfter(text: string, numberEnd: number, subject: UnitMention): boolean {
  // The preamble opens the paragraph; its clauses are parted by ";", which ends no paragraph.
  const lineStart = text.lastIndexOf('\n', subject.start - 1) + 1;
  if (subject.start - lineStart > 600 || !PREAMBLE.test(text.slice(lineStart, subject.start)) || /[.:][ \t]/u.test(text.slice(lineStart, subject.start))) return false;
  const lineEnd = text.indexOf('\n', numberEnd);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, numberEnd + REACH);
  const semi = text.indexOf(';', numberEnd);
  if (semi < 0 || semi >= end || /\.[ \t]/u.test(text.slice(numberEnd, semi))) return false;
  const from = semi + 1 + /^\s*/u.exec(text.slice(semi + 1, semi + 8))![0].length;
  const tokens = tokenize(text, from, Math.min(end, from + 160));
  const actor = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!actor || actor.plural || actor.head.collective || !OWN_CLAUSE_VERB.test(text.slice(actor.end, actor.end + 24))) return false;
  return foldKey(text.slice(actor.start, actor.end)) !== foldKey(text.slice(subject.start, subject.end));
}

export function receivedAfter(text: string, numberEnd: number, subject: UnitMention): boolean {
  const end = sentenceEnd(text, numberEnd, Math.min(text.length, numberEnd + REACH));
  if (ENCLOSURE.test(text.slice(numberEnd, end))) return true;
  if (anotherClauseAfter(text, numberEnd, subject)) return true;
  const start = end + /^\s*/u.exec(text.slice(end, end + 40))![0].length;
  const sentence = text.slice(start, sentenceEnd(text, Math.min(text.length, start + 1), Math.min(text.length, start + REACH)));
  const next = RECEIVING.exec(sentence) ?? RECEIVING_BARE.exec(sentence);
  if (!next) return false;
  const from = start + next.index + next[0].length;
  const tokens = tokenize(text, from, Math.min(text.length, from + 160));
  const actor = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!actor || actor.plural || actor.head.collective) return false;
  return foldKey(text.slice(actor.start, actor.end)) !== foldKey(text.slice(subject.start, subject.end));
}
