import type { DocType, Span } from '../../model/record.js';
import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { BARE_SELF_FOLLOWERS, BUILT_AS_FOLLOWS, BUILT_ON, FIELD_NAMED_HEADS, CLOSING_SELF_OPENERS, SELF_REFERENCE_WORD } from '../vocabulary/identity.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { tokenize } from '../tokens.js';
import { mentionsIn } from './opening-reads.js';

/** "Kế hoạch này", "Nhận được Công văn này": the text names itself by its type. */
const TYPE_WORDS = NAMED_TYPE_WORDS;
const SELF_TYPE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_WORDS.map(([w]) => w).join('|')})[ ]{1,2}${SELF_REFERENCE_WORD}(?![\p{L}\p{N}])`, 'giu');
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([w, t]) => [w.toLowerCase(), t]));

/** The type of "<type> này" the text uses most (the first on a tie); null when none. */
export function selfReferenceType(text: string, from: number, to: number): { type: DocType; span: Span } | null {
  const counts = new Map<string, { n: number; span: [number, number] }>();
  for (const m of text.slice(from, to).matchAll(SELF_TYPE)) {
    const key = m[1]!.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, span: [from + m.index, from + m.index + m[1]!.length] });
  }
  let best: [string, { n: number; span: [number, number] }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n) best = e;
  const type = best ? TYPE_BY_WORD.get(best[0]) : undefined;
  return best && type ? { type, span: best[1].span } : null;
}

const TYPE_ALT = TYPE_WORDS.map(([w]) => w).join('|');
/** How far before a bare type word a numbered document of that word makes it a back-reference. */
const TOLD_BEFORE = 400;
/** The head of an organ named by its field right before the word: "Vụ Kế hoạch", "Phòng Kế hoạch" (a body, not the document). */
const FIELD_HEAD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${FIELD_NAMED_HEADS.join('|')})[ ]$`, 'u');
/** How far back the name a type word may end is read from: its clause. */
const NAME_CHARS = 60;

/**
 * The type word ends the name of an organ named by its fields: "Vụ Kế hoạch," (its head right before), "Phòng Tài
 * chính Kế hoạch," (a unit read from the clause's start runs over the word).
 */
function endsAName(text: string, at: number, end: number): boolean {
  if (FIELD_HEAD_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
  const floor = Math.max(0, at - NAME_CHARS);
  const before = text.slice(floor, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  const from = floor + cut + 1;
  return mentionsIn(tokenize(text, from, end)).some((m) => m.start < at && m.end >= end);
}
/** Capitalised after a word in lower case: a name, not a sentence's first word. */
const BARE_SELF = new RegExp(String.raw`(?<=[\p{Ll}][ ])(${TYPE_ALT})(?=[ ]{0,2}[;,.)]|[ ]về[ ]\p{Lu}|[ ](?:${phraseAlternation(BARE_SELF_FOLLOWERS)})(?![\p{L}]))`, 'gu');
/** "Kế hoạch triển khai Chiến dịch được xây dựng trên cơ sở …" opening a sentence or a line. */
const SELF_BUILT = new RegExp(String.raw`(?:^|\n|[.][ ])(${TYPE_ALT})[ ][^.;:\n]{0,80}?(?:${phraseAlternation(BUILT_ON)})(?![\p{L}])`, 'gu');
/**
 * "Thực hiện Công văn số … và Kế hoạch số … của UBND huyện …, kế hoạch tổ chức dạy học trực tuyến … được xây dựng như
 * sau:": a clause opening on the type word (in either case, after a sentence's start or a comma) whose passive presents
 * what follows, closing on the colon, is the fragment's. The title may hold commas of its own.
 */
const BUILT_AS = new RegExp(String.raw`(?:^|\n|[.,][ ])(${TYPE_ALT})[ ][^.;:\n]{0,240}?(?:${phraseAlternation(BUILT_AS_FOLLOWS)})[ ]?:`, 'giu');

/**
 * "Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc …": the closing's formula (capitalised or not), then the type
 * word and a comma or "nếu". No lookbehind at its start, so that V8 looks for it by its first letters
 * (bounded-pattern.ts tells why): the letter before is checked where it matches.
 */
const CLOSING_OPENERS = [...CLOSING_SELF_OPENERS, ...CLOSING_SELF_OPENERS.map((o) => o[0]!.toUpperCase() + o.slice(1))];
const CLOSING_SELF = new RegExp(String.raw`(?:${phraseAlternation(CLOSING_OPENERS, { gap: '[ \n]{1,2}' })})[ \n]{1,2}(${TYPE_ALT})(?=[ ]{0,2},|[ \n]{1,2}nếu(?![\p{L}]))`, 'gu');
const LETTER = /\p{L}/u;

/**
 * The type of a fragment that names itself by its type word alone (vocabulary: BARE_SELF_FOLLOWERS,
 * BUILT_ON, CLOSING_SELF_OPENERS): the one used most, the first on a tie; null when none, or when two types tie.
 */
export function bareSelfType(text: string): { type: DocType; span: Span } | null {
  const counts = new Map<DocType, { n: number; span: [number, number] }>();
  const count = (word: string, at: number) => {
    const type = TYPE_BY_WORD.get(word.toLowerCase());
    if (!type) return;
    const seen = counts.get(type);
    if (seen) seen.n++;
    else counts.set(type, { n: 1, span: [at, at + word.length] });
  };
  // "Ngày …, Tỉnh ủy ban hành Chỉ thị số 30-CT/TU …. Để triển khai thực hiện Chỉ thị, …": the word names back
  // the document just told, not the fragment.
  for (const m of text.matchAll(BARE_SELF)) {
    if (endsAName(text, m.index, m.index + m[1]!.length)) continue;
    if (!text.slice(Math.max(0, m.index - TOLD_BEFORE), m.index).toLowerCase().includes(`${m[1]!.toLowerCase()} số`)) count(m[1]!, m.index);
  }
  for (const m of text.matchAll(SELF_BUILT)) count(m[1]!, m.index + m[0].indexOf(m[1]!));
  for (const m of text.matchAll(BUILT_AS)) count(m[1]!, m.index + m[0].indexOf(m[1]!));
  // The closing asks about carrying out the fragment itself: no document told above is meant.
  // The scan costs some 30 µs over a text: only where "quá trình" is written at all.
  const closing = text.includes('uá trình') || text.includes('uá\ntrình');
  if (closing) for (const m of text.matchAll(CLOSING_SELF)) if (m.index === 0 || !LETTER.test(text[m.index - 1]!)) count(m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1].n === ranked[0]![1].n)) return null;
  return { type: ranked[0]![0], span: ranked[0]![1].span };
}
