import type { Relation } from '../../model/record.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import {
  BLOCK_HEADING_DOCUMENT_WORDS, BLOCK_HEADING_HANDS_OVER, BLOCK_HEADING_LONG_MAX, BLOCK_HEADING_MAX_WORDS, BLOCK_HEADING_PLURAL_LEADS, BLOCK_HEADINGS,
  RELATED_HEADINGS,
} from '../vocabulary/relations.js';

/**
 * Lists governed by a heading: "Căn cứ:" (or "Thực hiện:") alone on its line, then one cited
 * document per item, numbered or not:
 *
 *   Căn cứ:
 *   1. Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
 *   2. Nghị định số 66/2021/NĐ-CP ... của Chính phủ ...;
 *
 * Every item takes the heading's relation, whatever words the item itself holds. The list ends at
 * the first line that is neither an item of the same kind nor the wrapped rest of one (a lower-case
 * start): typically the main clause ("Ủy ban nhân dân tỉnh ban hành ...", "Ban Thường vụ ... yêu cầu").
 */
export interface CitationBlock {
  start: number;
  end: number;
  relation: Relation;
  heading: string;
}

const escape = (s: string) => s.replace(/ /g, '[ ]{1,2}');
const PHRASES = [...BLOCK_HEADINGS].sort((a, b) => b.phrase.length - a.phrase.length).map((h) => escape(h.phrase)).join('|');
/** A section marker before a heading: "I.", "II-", "1.", "1.2.", "a)". */
const SECTION = String.raw`(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2})[.)/-]|[a-zđ]\))[ \t]*`;
const HEADING = new RegExp(
  String.raw`^[ \t]*(${SECTION})?(${PHRASES})((?:[ \t]{1,2}[^\s\d;:.,/“”"]+){0,${BLOCK_HEADING_MAX_WORDS}})[ \t]*(:?)[ \t]*$`,
  'iu',
);
const RELATION_OF = new Map(BLOCK_HEADINGS.map((h) => [h.phrase, h.relation]));
const DOCUMENT_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...BLOCK_HEADING_DOCUMENT_WORDS, ...DOC_TYPES.flatMap((d) => d.words)].map((w) => escape(w.toLowerCase())).join('|')})(?![\p{L}])`, 'iu');
/** "1.", "1/", "1-", "1)", "a)", "-", "+", "•", "*": the marker of a list item, by kind. */
const MARKER = /^[ \t]*(?:(\d{1,2})[.)/-]|([a-zđ])\)|([-–+•*]))[ \t]*/u;

function markerKind(line: string): string | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  if (m[1] !== undefined) return `digit${line.slice(m.index + m[1].length).charAt(0)}`;
  if (m[2] !== undefined) return 'letter';
  return 'dash';
}

/** Cheap test before splitting lines: a heading word at a line start, after a section marker or not. */
const ANY_HEADING = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${SECTION})?(?:${PHRASES})`, 'iu');

const LONG_HEADING = new RegExp(
  String.raw`^[ \t]*(?:${SECTION})?(${PHRASES})[ \t]{1,2}(?:${BLOCK_HEADING_PLURAL_LEADS.map(escape).join('|')})(?![\p{L}])[^\n.;]*:[ \t]*$`, 'iu');
const HANDS_OVER = new RegExp(String.raw`(?<![\p{L}])(?:${BLOCK_HEADING_HANDS_OVER.map(escape).join('|')})(?![\p{L}])`, 'iu');
/** A number of its own ("Kế hoạch số 12/KH-UBND", "530/KH-BYT"): the line cites, it does not announce a list. */
const OWN_NUMBER = /(?<![\p{L}])số[ \t]{0,2}\d|\d[ \t]{0,2}[/-][ \t]{0,2}\p{Lu}/u;
const OPENS_SMALL = /^\p{Ll}/u;
/** A line that ends inside its item: on a letter, a digit or a date's slash, with no stop, comma or colon. */
const ENDS_MID_ITEM = /[\p{L}\d/][ \t]*$/u;

function midItem(line: string): boolean {
  return ENDS_MID_ITEM.test(line);
}

/**
 * "3/2021 của Ban Thường vụ …" under "… ngày 20/", "01-KL/TW;" under "… Kết luận số": the rest of a date or a number
 * wrapped onto the line, whose first figures read as a marker ("3/", "01-"); a marker's figures are followed by a
 * space or a word, these by a figure or a symbol's capitals and its separator.
 */
const NUMBER_REST = /^[ \t]*\d{1,4}[/-](?:\d|\p{Lu}+[/-])/u;

/** "Thực hiện các văn bản chỉ đạo của …, cụ thể:" (see BLOCK_HEADING_PLURAL_LEADS). */
function longHeadingOf(line: string): { relation: Relation; heading: string } | null {
  if (line.length > BLOCK_HEADING_LONG_MAX) return null;
  const h = LONG_HEADING.exec(line);
  if (!h || HANDS_OVER.test(line) || OWN_NUMBER.test(line)) return null;
  const phrase = h[1]!.toLowerCase().replace(/\s+/g, ' ');
  const relation = RELATION_OF.get(phrase);
  return relation === 'implements' ? { relation, heading: phrase } : null;
}

/** The relation of a heading line, or null when the line is no heading (see BLOCK_HEADING_DOCUMENT_WORDS). */
function headingOf(line: string): { relation: Relation; heading: string } | null {
  const h = HEADING.exec(line);
  if (!h) return longHeadingOf(line);
  const phrase = h[2]!.toLowerCase().replace(/\s+/g, ' ');
  const relation = RELATION_OF.get(phrase);
  if (!relation) return null;
  const more = h[3]!.trim();
  if (more === '') return { relation, heading: phrase };
  const colon = h[4] === ':';
  if (relation === 'basis') {
    const caps = more === more.toUpperCase() && h[2] === h[2]!.toUpperCase();
    return colon || h[1] !== undefined || caps ? { relation, heading: phrase } : null;
  }
  return colon && DOCUMENT_WORDS.test(more) ? { relation, heading: phrase } : null;
}

export function findCitationBlocks(text: string, from: number, to: number): CitationBlock[] {
  const blocks: CitationBlock[] = [];
  if (!ANY_HEADING.test(text.slice(from, to))) return blocks;
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let k = from; k < to;) {
    const nl = text.indexOf('\n', k);
    const end = nl < 0 || nl > to ? to : nl;
    lines.push({ start: k, end, text: text.slice(k, end) });
    k = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const h = headingOf(lines[i]!.text);
    if (!h) continue;
    const { relation } = h;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    const kind = j < lines.length ? markerKind(lines[j]!.text) : null;
    let end = lines[i]!.end;
    let prevEndsItem = true;
    // "1. Các văn bản của Trung ương:" then "- Chỉ thị số …;": an item that ends with a colon is a
    // sub-heading, and the items under it (another marker) belong to the same list.
    const kinds = new Set(kind !== null ? [kind] : []);
    let subHeading = false;
    for (; j < lines.length; j++) {
      const line = lines[j]!.text;
      const trimmed = line.trim();
      if (trimmed === '') {
        // A blank line closes an unmarked list; a marked one may space its items.
        if (kind === null) break;
        continue;
      }
      const marker = kind !== null ? markerKind(line) : null;
      if (marker !== null && subHeading) kinds.add(marker);
      const isItem = kind !== null ? marker !== null && kinds.has(marker) : prevEndsItem;
      // A web copy wraps an item anywhere, before a capital too ("… về chuyển đổi số tỉnh" / "Nam Định đến năm 2025;",
      // "… ngày 18/01/" / "2022 của Ban Thường vụ …"): the line above ended on no stop, so its item goes on.
      const wrapped = OPENS_SMALL.test(trimmed)
        || (kind !== null && (marker === null || NUMBER_REST.test(line)) && midItem(lines[j - 1]!.text));
      if (!isItem && !wrapped) break;
      end = lines[j]!.end;
      // An unmarked list goes on while its items end with ";"; the last one ends otherwise.
      prevEndsItem = /;$/u.test(trimmed);
      subHeading = kind !== null && /:$/u.test(trimmed);
    }
    if (end > lines[i]!.end) blocks.push({ start: lines[i]!.start, end, relation, heading: h.heading });
    i = j - 1;
  }
  return blocks;
}

const RELATED = new RegExp(String.raw`^[ \t]*(?:${RELATED_HEADINGS.map(escape).join('|')})[ \t]*:?[ \t]*$`, 'iu');
/** The longest list of other pages read under one such heading, in lines. */
const RELATED_LINES = 15;

/**
 * Lists of other pages copied with a web page ("Tin liên quan:" then one title per line): their
 * ranges, in which no number is a citation. A list ends at two blank lines, at a line of prose
 * (longer than a title) or after RELATED_LINES lines.
 */
const ANY_RELATED = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${RELATED_HEADINGS.map(escape).join('|')})[ \t]*:?[ \t]*(?:\n|$)`, 'iu');

export function findRelatedLists(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!ANY_RELATED.test(text.slice(from, to))) return out;
  let k = from;
  while (k < to) {
    const nl = text.indexOf('\n', k);
    const end = nl < 0 || nl > to ? to : nl;
    if (RELATED.test(text.slice(k, end))) {
      let last = end;
      let blanks = 0;
      let j = end + 1;
      for (let n = 0; n < RELATED_LINES && j < to; n++) {
        const e = text.indexOf('\n', j) < 0 ? to : Math.min(to, text.indexOf('\n', j));
        const line = text.slice(j, e).trim();
        if (line === '') { if (++blanks >= 2) break; } else if (line.length > 200) break; else { blanks = 0; last = e; }
        j = e + 1;
      }
      out.push([k, last]);
      k = last + 1;
      continue;
    }
    k = end + 1;
  }
  return out;
}
