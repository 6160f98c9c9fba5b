import { fold, foldEach } from '../model/keys.js';
import type { Line } from './types.js';
import { tailCapacityLines } from './find/capacity-lines.js';
import { readDateLine, type DateLine } from './find/dates.js';
import { isMixedCaseUnitLine } from './find/header-unit-line.js';
import { isPropertyLine } from './find/property-lines.js';
import { numberRegex, readNumber, type DocNumber } from './find/number.js';
import { isAllCaps, nameKey, squash } from './text.js';
import { DOC_TYPES } from './vocabulary/doc-types.js';
import { MOTTO_LINES } from './vocabulary/headings.js';
import { KINH_GUI, NOI_NHAN } from './vocabulary/recipients.js';
import { CAPACITY_PREFIX, SURNAMES } from './vocabulary/signature.js';
import { isPortalName, isSectionLine } from './page-section.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

export type { Line } from './types.js';


export interface TitleBlock {
  start: number;
  end: number;
  lines: Line[];
}

export interface Layout {
  lines: Line[];
  number: { num: DocNumber; start: number; end: number; line: Line } | null;
  /** A "Số" line whose number could not be read. */
  numberLine: Line | null;
  dateLine: { info: DateLine; line: Line } | null;
  headerOrgLines: Line[];
  typeHeading: Line | null;
  conclusionLine: Line | null;
  title: TitleBlock | null;
  /** "(Ngày 11 tháng 9 năm 2025)" under the title of a Thông báo kết luận: the meeting day. */
  titleDateLine: Line | null;
  kinhGui: Line[];
  bodyStart: number;
  bodyEnd: number;
  noiNhan: Line[];
  /** `capacity` is the first capacity line ("TM. ỦY BAN NHÂN DÂN"), `capacityLines` all of them ("... / KT. CHỦ TỊCH"). */
  signature: { capacity: Line | null; capacityLines: Line[]; position: Line | null; name: Line } | null;
}

/** How far down the header may reach (lines). */
const HEADER_WINDOW = 45;

// "Số ký hiệu: …" is a portal's property line (find/page-properties.ts), not a header's number line.
const NUMBER_LINE = /^[ ]*(?:Số|SỐ)(?![ ]{0,3}[,/]?[ ]{0,3}(?:ký[ ]hiệu|hiệu|văn[ ]bản)(?![\p{L}]))[ ]{0,3}:?[ ]{0,3}(?=\S)/u;
const HEADING_WORDS = new Set(DOC_TYPES.filter((d) => d.type !== 'Khác').flatMap((d) => d.words).map((w) => fold(w)));
const TITLE_LEAD = /^(?:V\/v|Về việc|Về|V\/V)(?![\p{L}\p{N}])/u;
const BODY_OPENERS = /^(?:Thực hiện|Căn cứ|Ngày|Sáng|Chiều|Sau khi|Để|Trong|Tiếp theo|Phúc đáp|Trả lời|Theo|Nhằm|Hiện nay|Qua|Trên cơ sở|Trước|Xét|Vừa qua|Hôm nay|Năm|Thời gian)(?![\p{L}\p{N}])/u;
const MARKER_START = /^[ ]*(?:[-–—•+]|\d{1,2}[ ]*[.)\-–]|[IVX]{1,4}[ ]*[.\-–)]|[a-zđ][ ]*\))/u;
const SURNAME_KEYS = new Set(SURNAMES.map((s) => nameKey(s)));

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Folded once, each line's fold cut from it, when folding keeps offsets (it nearly always does).
  const foldedText = foldEach(text);
  let s = 0;
  for (let index = 0; s <= text.length; index++) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const raw = text.slice(s, e);
    const trimmed = raw.trim();
    const contentStart = s + (raw.length - raw.trimStart().length);
    lines.push({
      index, start: s, end: e, text: raw, contentStart, trimmed,
      folded: foldedText === null ? fold(trimmed) : foldedText.slice(contentStart, contentStart + trimmed.length), blank: trimmed === '',
    });
    s = e + 1;
  }
  return lines;
}

/** A rule a header draws under its names ("——", "-----", "___", a star copied as "-"): decoration, like the motto. */
const RULE_LINE = /^[-–—―_=~*·]+$/u;

function isMotto(line: Line): boolean {
  return line.trimmed === '*' || RULE_LINE.test(line.trimmed) || MOTTO_LINES.some((re) => re.test(line.folded));
}

export function isTypeHeading(line: Line): boolean {
  return isAllCaps(line.trimmed) && HEADING_WORDS.has(line.folded.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim());
}

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;

/** A personal name: two to six capitalised words, the first a family name. */
/** Two to five capitalised words, no digit: a name's shape, its surname unchecked. */
function signerShaped(s: string): boolean {
  const words = s.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((w) => CAPITALISED_WORD.test(w)) && !isAllCaps(s);
}

export function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => CAPITALISED_WORD.test(w))) return false;
  return SURNAME_KEYS.has(nameKey(words[0]!));
}

function readNumberLine(line: Line): { num: DocNumber; start: number; end: number } | null {
  const lead = NUMBER_LINE.exec(line.text);
  if (!lead) return null;
  const re = numberRegex('u');
  const rest = line.text.slice(lead[0].length);
  // A web copy may lower the symbol's case ("Số: 08/kh-ubnd"): on the number line it is still the number.
  const upper = rest.toUpperCase();
  const m = re.exec(rest) ?? (upper.length === rest.length ? numberRegex('u').exec(upper) : null);
  if (!m || m.index > 2) return null;
  const start = line.start + lead[0].length + m.index;
  return { num: readNumber(m), start, end: start + m[0].length };
}

/**
 * "Hoàn Kiếm, ngày 20 tháng 8 năm 2025": a whole line that is a place and a date. Compact headers
 * put it right under a one-line "V/v ..." with no blank line, so a block must end before it.
 * A parenthesised date with no place "(Ngày 11 tháng 9 năm 2025)" is not one: under a Thông báo
 * kết luận title it is the meeting day, which the title block keeps (see setTitle).
 */
function isPlaceDateLine(line: Line): boolean {
  const d = readDateLine(line.text, line.start);
  if (!d || d.place === null) return false;
  const place = line.text.slice(d.placeStart - line.start, d.placeEnd - line.start);
  return OPENS_CAPITAL.test(place) && !TITLE_LEAD.test(place);
}

/**
 * A numbered item that opens with a capital ("3. Phòng Kinh tế …", "II. NHIỆM VỤ"): a fragment
 * copied from the middle of a plan puts it right under the title with no blank line; a title has
 * no such line, so the block ends before it.
 */
const ITEM_LINE = /^[ ]*(?:\d{1,2}|[IVX]{1,4})[ ]*[.)][ ]+\p{Lu}/u;

/** Lines of a block that ends at the first blank line, rule line ("-----"), place-date line or numbered item (at most `max`). */
const GROUNDS_LINE = /^Căn cứ[ ]/u;

function blockFrom(lines: Line[], i: number, max: number): Line[] {
  const out: Line[] = [];
  for (let k = i; k < lines.length && !lines[k]!.blank && out.length < max; k++) {
    // A copy with no blank line under the title: its grounds ("Căn cứ …") are never a title's line.
    if (out.length > 0 && (isMotto(lines[k]!) || isPlaceDateLine(lines[k]!) || ITEM_LINE.test(lines[k]!.text) || GROUNDS_LINE.test(lines[k]!.trimmed))) break;
    out.push(lines[k]!);
  }
  return proseCut(out);
}

/** A sentence that ends inside a line or at its end: "… 25 - 30 cm. Toàn tỉnh …", "… có nguy cơ cháy cao." */
const SENTENCE_STOP = /[\p{Ll}\d)][.](?:[ \t]+\p{Lu}|[ \t]*$)/u;
const LINE_OPENS_CAPITAL = /^[ \t]*\p{Lu}/u;

/**
 * A web copy with no blank line under the title runs on into the body's prose ("Về tăng cường … năm 2020 - 2021" /
 * "Mùa khô năm 2020 - 2021 được dự báo … U Minh" / "Thượng đã xuống thấp … 30 cm. Toàn tỉnh …"). A title states no
 * sentence; where a line after the first holds a stop, the block is prose from its first line after the first that
 * opens on a capital (a title's wrapped line opens in lower case), and the title ends before it.
 */
function proseCut(block: Line[]): Line[] {
  if (block.length < 2 || !block.slice(1).some((l) => SENTENCE_STOP.test(l.text))) return block;
  const k = block.findIndex((l, i) => i > 0 && LINE_OPENS_CAPITAL.test(l.text));
  return k > 0 ? block.slice(0, k) : block;
}

/** A title block's last line "(Ngày 11 tháng 9 năm 2025)": the date of the meeting, not the subject. */
const MEETING_LINE = /^\(\s*ngày[^)]{4,40}\)$/iu;

function setTitle(layout: Layout, block: Line[], start: number): void {
  let lines = block;
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last && MEETING_LINE.test(last.trimmed)) {
    layout.titleDateLine = last;
    lines = lines.slice(0, -1);
  }
  layout.title = { start, end: lines[lines.length - 1]!.end, lines };
}

function looksLikeTitle(block: Line[]): boolean {
  if (block.length === 0 || block.length > 5) return false;
  const first = block[0]!.trimmed;
  if (BODY_OPENERS.test(first) || MARKER_START.test(block[0]!.text) || KINH_GUI.test(block[0]!.folded)) return false;
  if (block.some((l) => l.trimmed.length > 110)) return false;
  return !/[.;:]$/.test(block[block.length - 1]!.trimmed);
}

/** Kính gửi: the line and the items after it, which may wrap and may follow blank lines. */
function kinhGuiBlock(lines: Line[], i: number): Line[] {
  const out = [lines[i]!];
  let k = i + 1;
  while (k < lines.length) {
    const l = lines[k]!;
    if (l.blank) {
      let n = k;
      while (n < lines.length && lines[n]!.blank) n++;
      const next = lines[n];
      if (!next || !/^[-–•]/.test(next.trimmed) || out.length > 1) break;
      k = n;
      continue;
    }
    // A web copy keeps no blank line after the list: the body opens with a line that is no item,
    // after an item closed with "." or at a body opener ("Thực hiện ...").
    // "Kính gửi: Các sở, ban, ngành." names its recipient on its own line: the next line may open the body.
    const prev = out[out.length - 1]!;
    const named = out.length > 1 || /:[ \t]*\S/u.test(prev.trimmed);
    if (named && !/^[-–•]/.test(l.trimmed) && (BODY_OPENERS.test(l.trimmed) || /\.$/.test(prev.trimmed))) break;
    out.push(l);
    k++;
  }
  return out;
}

/** Lines in capitals a signature may hold between its post and its signer's name. */
const EXTRA_POST_LINES = 2;

function findSignature(lines: Line[], from: number, noiNhan: Line[]): Layout['signature'] {
  const inList = new Set(noiNhan.map((l) => l.index));
  let capacity: Line | null = null;
  for (let k = lines.length - 1; k >= from; k--) {
    const l = lines[k]!;
    if (!l.blank && isAllCaps(l.trimmed) && CAPACITY_PREFIX.test(l.trimmed) && !inList.has(k)) { capacity = l; break; }
  }
  const nextNonBlank = (k: number) => { while (k < lines.length && (lines[k]!.blank || inList.has(k))) k++; return lines[k] ?? null; };
  if (capacity) {
    // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH": capacity lines stack.
    const capacityLines = [capacity];
    for (let k = capacity.index - 1; k >= from; k--) {
      const l = lines[k]!;
      if (l.blank) continue;
      if (isAllCaps(l.trimmed) && CAPACITY_PREFIX.test(l.trimmed) && !inList.has(k)) capacityLines.unshift(l); else break;
    }
    let position: Line | null = null;
    let cursor = nextNonBlank(capacity.index + 1);
    if (cursor && isAllCaps(cursor.trimmed) && !isPersonName(cursor.trimmed)) { position = cursor; cursor = nextNonBlank(cursor.index + 1); }
    if (cursor && isPersonName(cursor.trimmed)) return { capacity: capacityLines[0]!, capacityLines, position, name: cursor };
    // "TM. BAN CHỈ ĐẠO … / HUYỆN DẦU TIẾNG / TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND HUYỆN / Lê Thanh Phong": the capacity's
    // place wrapped onto a line of its own, and the signer's own post under the board's: more lines in capitals
    // before the name.
    let more = 0;
    while (position && cursor && more < EXTRA_POST_LINES && isAllCaps(cursor.trimmed) && !CAPACITY_PREFIX.test(cursor.trimmed) && !isPersonName(cursor.trimmed)) {
      cursor = nextNonBlank(cursor.index + 1);
      more++;
    }
    if (more > 0 && cursor && isPersonName(cursor.trimmed)) return { capacity: capacityLines[0]!, capacityLines, position, name: cursor };
    // "T/M BAN THƯỜNG VỤ / CHỦ TỊCH / Rơ Mah Tuân": under a capacity and a post, the text's last line in capitalised
    // words is the signer, whatever the surname (one of the surnames list's is not asked for there).
    if (cursor && position && !nextNonBlank(cursor.index + 1) && signerShaped(cursor.trimmed)) return { capacity: capacityLines[0]!, capacityLines, position, name: cursor };
  }
  for (let k = lines.length - 1; k >= from; k--) {
    const l = lines[k]!;
    if (l.blank || inList.has(k)) continue;
    return isPersonName(l.trimmed) ? { capacity: null, capacityLines: [], position: null, name: l } : null;
  }
  return null;
}

function findNoiNhan(lines: Line[], from: number): Line[] {
  for (let k = from; k < lines.length; k++) {
    if (!NOI_NHAN.test(lines[k]!.folded)) continue;
    const out = [lines[k]!];
    for (let j = k + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.blank) {
        let n = j;
        while (n < lines.length && lines[n]!.blank) n++;
        if (!lines[n] || !/^[-–•+]/.test(lines[n]!.trimmed)) break;
        j = n - 1;
        continue;
      }
      if (!/^[-–•+]/.test(l.trimmed) && (CAPACITY_PREFIX.test(l.trimmed) || isPersonName(l.trimmed) || isAllCaps(l.trimmed))) break;
      out.push(l);
    }
    return out;
  }
  return [];
}

/** "Hà Giang," on one line and "ngày 15 tháng 7 năm 2024" on the next: a web copy's wrapped date line. */
const PLACE_ALONE = /^(\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)[ ]{0,2},$/u;

function placeOverDate(lines: Line[], i: number): { info: DateLine; line: Line } | null {
  const line = lines[i]!;
  // PLACE_ALONE ends in a comma: most lines are passed over without running it.
  if (!line.trimmed.endsWith(',')) return null;
  const place = PLACE_ALONE.exec(line.trimmed);
  const next = lines[i + 1];
  if (!place || !next || next.blank) return null;
  const d = readDateLine(next.text, next.start);
  if (!d?.date || d.place !== null) return null;
  const placeStart = line.contentStart;
  return { info: { ...d, place: place[1]!.trim(), placeStart, placeEnd: placeStart + place[1]!.trim().length }, line: next };
}

function headerSeen(layout: Layout): boolean {
  return !!(layout.number || layout.numberLine || layout.dateLine || layout.typeHeading || layout.title)
    || layout.headerOrgLines.length > 0 || layout.kinhGui.length > 0;
}

/** Only issuer cells in mixed case were read so far: nothing else of a header. */
function bylineOnly(layout: Layout): boolean {
  return layout.headerOrgLines.length > 0 && !layout.headerOrgLines.some((l) => isAllCaps(l.trimmed))
    && !(layout.number || layout.numberLine || layout.dateLine || layout.typeHeading || layout.title) && layout.kinhGui.length === 0;
}

/** Only issuer cells in capitals were read so far, nothing else of a header. */
function portalNamed(layout: Layout): boolean {
  return layout.headerOrgLines.length > 0 && isPortalName(layout.headerOrgLines[0]!.trimmed) && !(layout.number || layout.numberLine || layout.dateLine || layout.typeHeading || layout.title) && layout.kinhGui.length === 0;
}

/** Page chrome above a saved page's header ("Cập nhật: 14/03/2024 08:15", a breadcrumb) is passed over. */
const CHROME_LOOKAHEAD = 6;
/** How far down a page its property table may stand above the header. */
const PROPERTY_ROWS = 16;

function headerFollows(lines: Line[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < lines.length && seen < CHROME_LOOKAHEAD; k++) {
    const l = lines[k]!;
    // A portal's property table ("Số/Ký hiệu: …", "Ngày ban hành: …") is chrome of any length.
    if (l.blank || (k < PROPERTY_ROWS && isPropertyLine(l.text))) continue;
    seen++;
    if (isMotto(l) || (NUMBER_LINE.test(l.text) && readNumberLine(l))) return true;
  }
  return false;
}

export function layoutOf(text: string): Layout {
  const lines = splitLines(text);
  const layout: Layout = {
    lines, number: null, numberLine: null, dateLine: null, headerOrgLines: [], typeHeading: null, conclusionLine: null,
    title: null, titleDateLine: null, kinhGui: [], bodyStart: lines.length, bodyEnd: lines.length, noiNhan: [], signature: null,
  };
  let i = 0;
  let seen = 0;
  for (; i < lines.length && seen < HEADER_WINDOW; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (isMotto(line)) continue;
    // The page's property table above the document's own header: the header's number, date and heading are read, not its rows.
    if (!headerSeen(layout) && i < PROPERTY_ROWS && isPropertyLine(line.text) && headerFollows(lines, i + 1)) continue;
    if (!layout.number && !layout.numberLine && NUMBER_LINE.test(line.text) && line.trimmed.length < 60) {
      const n = readNumberLine(line);
      if (n) layout.number = { ...n, line };
      else layout.numberLine = line;
      continue;
    }
    if (!layout.dateLine) {
      const d = readDateLine(line.text, line.start);
      if (d) { layout.dateLine = { info: d, line }; continue; }
      const split = placeOverDate(lines, i);
      if (split) { layout.dateLine = split; i = split.line.index; continue; }
    }
    if (layout.kinhGui.length === 0 && KINH_GUI.test(line.folded)) {
      layout.kinhGui = kinhGuiBlock(lines, i);
      i = layout.kinhGui[layout.kinhGui.length - 1]!.index;
      continue;
    }
    if (!layout.typeHeading && !layout.title && isTypeHeading(line)) {
      layout.typeHeading = line;
      let k = i + 1;
      while (k < lines.length && lines[k]!.blank) k++;
      if (lines[k] && /^ket luan\b/.test(lines[k]!.folded)) {
        layout.conclusionLine = lines[k]!;
        // "Kết luận của Ban Thường vụ Quận ủy về công tác ...": the subject starts at "về".
        const about = /\s(?:về|Về|V\/v)\s/u.exec(lines[k]!.text);
        const block = blockFrom(lines, k, 6);
        if (about) {
          setTitle(layout, block, lines[k]!.start + about.index + 1);
          i = block[block.length - 1]!.index;
          continue;
        }
        k++;
      }
      const block = blockFrom(lines, k, 6);
      // Under a heading, a few short lines are the trích yếu, even "Thực hiện Chỉ thị số ..." of a Kế hoạch.
      if (block.length > 0 && !isMotto(block[0]!) && block.every((l) => l.trimmed.length <= 160) && !/[;:]$/.test(block[block.length - 1]!.trimmed)) {
        setTitle(layout, block, block[0]!.contentStart);
        i = block[block.length - 1]!.index;
      } else {
        i = k - 1;
      }
      continue;
    }
    // "Về việc …, Ủy ban nhân dân huyện yêu cầu:" opening a headless text is its lead-in, not a title.
    if (!layout.title && ((TITLE_LEAD.test(line.trimmed) && !/:$/.test(line.trimmed)) || (layout.number && !layout.typeHeading && looksLikeTitle(blockFrom(lines, i, 6))))) {
      const block = blockFrom(lines, i, 6);
      setTitle(layout, block, block[0]!.contentStart);
      i = block[block.length - 1]!.index;
      continue;
    }
    if (isAllCaps(line.trimmed) && line.trimmed.length <= 90 && !CAPACITY_PREFIX.test(line.trimmed)) {
      layout.headerOrgLines.push(line);
      continue;
    }
    // An issuer cell in mixed case, above the number: "Ủy ban nhân dân huyện Đức Thọ" / "Phòng Giáo dục và Đào tạo".
    if (!layout.number && !layout.numberLine && !layout.dateLine && !layout.typeHeading && !layout.title
      && isMixedCaseUnitLine(line.trimmed) && headerFollows(lines, i + 1)) {
      layout.headerOrgLines.push(line);
      continue;
    }
    if (!headerSeen(layout) && headerFollows(lines, i + 1)) continue;
    // "Đăng lúc … | Văn phòng UBND xã …": a portal's byline in mixed case, read as an issuer cell; a lead
    // paragraph under it, then the document's header, show it was the page's line, not the document's.
    if (bylineOnly(layout) && headerFollows(lines, i + 1)) { layout.headerOrgLines = []; continue; }
    // "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X" / "Văn bản Huyện ủy" above the header: the capitals were the portal's name.
    if (portalNamed(layout) && isSectionLine(line.trimmed) && headerFollows(lines, i + 1)) { layout.headerOrgLines = []; continue; }
    break;
  }
  layout.bodyStart = i;
  layout.noiNhan = findNoiNhan(lines, layout.bodyStart);
  layout.signature = findSignature(lines, layout.bodyStart, layout.noiNhan);
  const ends = [lines.length];
  if (layout.noiNhan[0]) ends.push(layout.noiNhan[0].index);
  const sig = layout.signature;
  if (sig) ends.push((sig.capacity ?? sig.position ?? sig.name).index);
  else {
    // A copy that ends at "BÍ THƯ", the signer's name lost: its capacity lines still close the body.
    const tail = tailCapacityLines(lines, layout.bodyStart, layout.noiNhan);
    if (tail[0]) ends.push(tail[0].index);
  }
  layout.bodyEnd = Math.max(layout.bodyStart, Math.min(...ends));
  return layout;
}

/** The text of a title block, joined on one line. */
export function titleText(text: string, title: TitleBlock): string {
  return squash(text.slice(title.start, title.end));
}
