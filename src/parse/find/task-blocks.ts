import { fold } from '../../model/keys.js';
import { squash } from '../text.js';
import type { Line } from '../types.js';
import { type Token, tokenize } from '../tokens.js';
import { CLOSING_PATTERNS } from '../vocabulary/assignment.js';
import { MOTTO_LINES } from '../vocabulary/headings.js';
import { NEUTRAL, OWNER_OPENER } from './assignment-words.js';
import { type Marker, markerOf } from './enumeration.js';
import { isBoundary } from './sentences.js';
import { scanSubject } from './subject-scan.js';
import { mayStartUnit, parseUnitAt } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/*
 * A body's blocks (a line and the lines that continue it) and a block's clauses (sentences and
 * semicolon clauses), with the lines that are no task's (headings, mottos, closing formulas). Apart
 * from the clause reader (assignments.ts): it decides where a clause is, not what the clause asks.
 */

/** True when a unit mention (offices and plurals included) opens the clause. */
export function opensWithUnit(tokens: readonly Token[]): boolean {
  let k = 0;
  const neutral = NEUTRAL.match(tokens, 0, tokens.length);
  if (neutral) k = neutral.end;
  return mayStartUnit(tokens, k, tokens.length) && parseUnitAt(tokens, k, tokens.length) !== null;
}

/** Split a block into clauses at sentence ends and semicolons. */
export function clausesOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // A clause ends at . ; ! ? (by code: a one-character string per character of the body was most of this loop).
    if ((c !== 46 && c !== 59 && c !== 33 && c !== 63) || !isBoundary(text, k)) continue;
    if (text.slice(s, k + 1).trim()) out.push([s, k + 1]);
    s = k + 1;
  }
  if (text.slice(s, end).trim()) out.push([s, end]);
  return out.map(([a, b]) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    return [a, b] as [number, number];
  });
}

export interface Block {
  start: number;
  end: number;
  marker: Marker | null;
  /** Offset after the marker. */
  content: number;
  /** A numbered heading on its own line, the next line a new sentence: never a task itself. */
  heading: boolean;
}

/**
 * A numbered heading on a line of its own: a few words, no closing punctuation, and the next line
 * opens a new sentence ("1. Phát triển chính quyền số" / "Hiện nay ..."). A wrapped sentence
 * goes on in lower case, or runs longer than a heading.
 */
function isHeadingLine(l: Line, marker: Marker | null, next: Line | undefined): boolean {
  if (!marker || !next || next.blank) return false;
  const content = l.trimmed.slice(marker.length).trim();
  if (/[.;:,!?…]$/.test(content) || !OPENS_CAPITAL.test(next.trimmed)) return false;
  const words = content.split(/\s+/).length;
  if (content.length <= 60 && words <= 8) return true;
  // A longer heading that is a unit's name and nothing else ("3. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường").
  return words <= 20 && namesUnitsOnly(content);
}

/** True when a text is one or more unit names and nothing else. */
function namesUnitsOnly(content: string): boolean {
  const tokens = tokenize(content);
  // "Trách nhiệm cụ thể của X và Y": whose duties follow.
  const from = OWNER_OPENER.match(tokens, 0)?.end ?? 0;
  if (!mayStartUnit(tokens, from, tokens.length)) return false;
  const scan = scanSubject(tokens, 0, tokens.length);
  return scan.stop === 'end' && scan.units.length > 0 && scan.units[0]!.from === from && scan.units[scan.units.length - 1]!.to === tokens.length;
}

/**
 * The national motto inside a body: a web page that prints its properties above the header puts the
 * header's right column where the body seems to begin ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
 * Hạnh phúc"), and "Xã hội" there is no unit of a task.
 */
function isMottoLine(l: Line): boolean {
  const c = l.trimmed.charCodeAt(0);
  // "C" or "Đ" (U+0110), and short: most lines of a body are asked nothing more.
  return (c === 67 || c === 0x110) && l.trimmed.length <= 40 && MOTTO_LINES.some((re) => re.test(l.folded));
}

/** Body lines to blocks: a block is a line and the lines that continue it (no marker, no blank). */
export function blocksOf(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let headingEnded = false;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank || isMottoLine(l)) { current = null; continue; }
    const marker = markerOf(l.text.slice(l.contentStart - l.start));
    const afterHeading = headingEnded;
    headingEnded = isHeadingLine(l, marker, lines[k + 1]);
    // A closing formula on the line right after an item ("Trên đây là Kế hoạch …") is a paragraph of its own.
    if (marker || !current || afterHeading || isClosing(l.trimmed)) {
      current = { start: l.contentStart, end: l.end, marker, content: l.contentStart + (marker?.length ?? 0), heading: headingEnded };
      blocks.push(current);
    } else {
      current.end = l.end;
    }
  }
  return blocks;
}

export function isClosing(text: string): boolean {
  return isClosingFold(fold(squash(text)));
}

/** isClosing of a text given as its fold, squashed (FoldedText.squashed: a stretch of a document folded once). */
export function isClosingFold(f: string): boolean {
  if (CLOSING_ANYWHERE.some((re) => re.test(f))) return true;
  if (f.includes('biet') && CLOSING_WITH_BIET.some((re) => re.test(f))) return true;
  // Most paragraphs do not end on the end mark: the patterns that need it are not tried there (exact, see below).
  return (f.endsWith('./') || f.endsWith('./.')) && CLOSING_AT_END_MARK.some((re) => re.test(f));
}

/**
 * The closing patterns that can match only a text ending in the end mark "./" or "./." (their source ends in `\.\/\.?$`
 * or `\.\/\.$`, or opens on the look-ahead `^(?=[^\n]*\.\/\.?$)`, with no `|` outside a group: every match needs it),
 * apart from the others. Which one matches does not matter (isClosingFold asks whether any does), and none is global
 * or sticky (nor multi-line, where `$` would match before a line break), so trying a pattern has no effect: skipping those that cannot match changes no answer.
 */
export function needsEndMark(re: RegExp): boolean {
  const s = re.source;
  const tail = s.endsWith('\\.\\/\\.?$') || s.endsWith('\\.\\/\\.$') || s.startsWith('^(?=[^\\n]*\\.\\/\\.?$)');
  return tail && !re.global && !re.sticky && !re.multiline && !hasTopLevelAlternative(s);
}

/**
 * The other closing patterns every match of which holds the word "biet" ("… để các cấp ủy, tổ chức đảng biết"): `\bbiet\b`
 * outside every group and class, no `|` there, not global or sticky. Tried only on a text holding "biet", exact as above.
 */
export function needsBiet(re: RegExp): boolean {
  return !needsEndMark(re) && !re.global && !re.sticky && !hasTopLevelAlternative(re.source) && topLevelSource(re.source).includes('\\bbiet\\b');
}

/** Whether a pattern's source has a `|` outside every group and class (then no part of it binds every match). */
function hasTopLevelAlternative(source: string): boolean {
  return topLevelSource(source).includes('|');
}

/** A pattern's source with every group and class left out (escapes kept whole): what every match must go through. */
function topLevelSource(source: string): string {
  let out = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { if (depth === 0 && !inClass) out += source.slice(i, i + 2); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; if (depth === 0) out += '\u0000'; }
    else if (c === '(') { depth++; if (depth === 1) out += '\u0000'; }
    else if (c === ')') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

const CLOSING_AT_END_MARK: readonly RegExp[] = CLOSING_PATTERNS.filter(needsEndMark);
const CLOSING_WITH_BIET: readonly RegExp[] = CLOSING_PATTERNS.filter(needsBiet);
const CLOSING_ANYWHERE: readonly RegExp[] = CLOSING_PATTERNS.filter((re) => !needsEndMark(re) && !needsBiet(re));
