import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.js';
import { fold } from '../model/keys.js';
import type { ParseWarning } from '../model/record.js';
import { decodeBytes, repairMisreadLegacy } from './decode.js';
import { isPropertyColumns, isPropertyLabel, isPropertyList, isPropertyTable } from './html-properties.js';
import { ownRows, taskTableLines } from './html-task-table.js';

/**
 * Text of an HTML page saved from a legal portal or a government site.
 *
 * - Charset: a byte-order mark decides, then a declared `<meta charset>` (or http-equiv
 *   Content-Type) other than UTF-8, else the bytes go through decodeBytes like a .txt file
 *   (UTF-8, UTF-16 without a mark, TCVN3/VNI ...). A page typed in a .VnTime font shows TCVN3
 *   bytes as Latin-1 letters: the text is repaired as for .docx.
 * - Boilerplate: scripts, styles, forms, nav/header/footer/aside and elements whose class or id
 *   names a menu, breadcrumb, sidebar, share bar or "related documents" list are dropped before
 *   Readability picks the main content. The sidebar matters most: its links carry other
 *   documents' numbers, which would come out as citations.
 * - Main content: Readability's choice, narrowed to the element that holds nearly all its text
 *   (portals put a view counter or a download link above the document). When Readability fails
 *   or loses the national motto the page has, the cleaned body is used instead.
 * - A portal's property table left outside the main content is put back above it (withDroppedProperties).
 * - Layout tables (no header cells, at most three columns, a few rows: the document header and
 *   the Nơi nhận / signature block) are read column by column, each cell a block: the left column
 *   (issuer, number) then the right (motto, place and date), as a reader of the printed page
 *   does. Other tables are read row by row, one line per row, cells joined by " | ".
 * - Paragraph-level elements are separated by a blank line, as in the .txt corpus; inside a table
 *   cell they are separate lines.
 */

export interface HtmlText {
  text: string;
  /** `html` (UTF-8), `html+windows-1258`, `html+utf-16le`, `html+utf-8+tcvn3` ... */
  encoding: string;
  warnings: ParseWarning[];
}

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav', 'header', 'footer',
  'aside', 'form', 'button', 'input', 'select', 'textarea', 'label', 'head', 'title', 'meta', 'link', 'img', 'video', 'audio', 'map',
]);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar']);
/** Class or id words of site furniture (English and the Vietnamese slugs portals use). */
const BOILERPLATE_NAME = /(?:^|[-_\s])(?:menu|nav|navbar|navigation|breadcrumbs?|footer|sidebar|share|sharing|social|comments?|related|banner|login|search|advert|ads|topbar|top-bar|toolbar|lien-quan|lienquan|tin-khac|tinkhac|chia-se|chiase|binh-luan)(?:$|[-_\s])/i;
const PARAGRAPH = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'address', 'figure', 'section', 'article',
  'main', 'ul', 'ol', 'dl', 'body', 'html',
]);
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'caption', 'figcaption']);
// A Youth Union document heads its right column with its own motto line, not the national one.
const MOTTO = /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doan tncs ho chi minh/;
/** A layout table has at most this many columns and rows. */
const LAYOUT_COLUMNS = 3;
const LAYOUT_ROWS = 8;
/** The main content is narrowed to a child holding at least this share of its text. */
const NARROW_SHARE = 0.9;

export function extractHtmlText(bytes: Uint8Array, path: string): HtmlText {
  const decoded = decodeHtml(bytes, path);
  const { document } = parseHTML(decoded.html);
  const heading = pageHeading(document);
  removeBoilerplate(document);
  const body = document.body ?? document.documentElement;
  if (!body) throw new InputError('DG_INPUT_EMPTY', `${path} has no document text (an HTML page without a body)`, { location: { path } });
  const bodyHasMotto = MOTTO.test(fold(body.textContent ?? '')) || hasMottoLine(body);
  let root: Element = body;
  let article: Element | null = null;
  try {
    // Readability changes the tree it reads: give it a copy so that the body stays a fallback.
    const copy = parseHTML(`<!DOCTYPE html><html><body>${body.innerHTML}</body></html>`).document;
    article = new Readability<Element>(copy as unknown as Document, { serializer: (n) => n as Element, charThreshold: 200 }).parse()?.content ?? null;
  } catch {
    article = null;
  }
  if (article && (!bodyHasMotto || ((MOTTO.test(fold(article.textContent ?? '')) || hasMottoLine(article)) && (!hasMottoLine(body) || hasMottoLine(article))))) root = article;
  else if (article) root = headerWithArticle(body, article) ?? body;
  const main = narrow(root);
  const rendered = withDroppedProperties(body, root, main, renderText(main));
  // Readability keeps the page's heading apart from the content; a page without a header table
  // often names the document only there ("Kế hoạch 96/KH-UBND năm 2024 về …").
  const text = heading && !MOTTO.test(fold(rendered)) && !fold(rendered).includes(fold(heading)) ? `${heading}\n\n${rendered}` : rendered;
  let out = text;
  let encoding = decoded.encoding;
  const warnings = [...decoded.warnings];
  if (!encoding.includes('+')) {
    const repaired = repairMisreadLegacy(text, path);
    if (repaired) {
      out = repaired.text;
      encoding = `${encoding}+${repaired.legacy}`;
      warnings.push(repaired.warning);
    }
  }
  out = out.normalize('NFC');
  if (out.trim() === '') throw new InputError('DG_INPUT_EMPTY', `${path} has no document text (only navigation, scripts or markup)`, { location: { path } });
  return { text: out, encoding, warnings };
}

/**
 * A motto standing as a line of its own (a header cell's, a bold line), not named in a sentence: "Căn
 * cứ Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh …" in the body keeps no header the
 * article lost.
 */
function hasMottoLine(root: Element): boolean {
  for (const el of root.querySelectorAll('b, strong, u, p, td, div, span, center, h1, h2, h3, h4')) {
    const t = fold(el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length <= 90 && (MOTTO_START.test(t) || MASS_MOTTO.test(t))) return true;
  }
  return false;
}
const MOTTO_START = new RegExp(`^(?:${MOTTO.source})`);

const bare = (el: Element) => fold(el.textContent ?? '').replace(/\s+/g, '');

/**
 * The page's element that holds both the header's motto line and the article Readability chose: the
 * document with the header table it dropped, without the page's boxes of other documents around it
 * (which the whole body would bring back as citations). Null when none holds both.
 */
function headerWithArticle(body: Element, article: Element): Element | null {
  const opening = bare(article).slice(0, 60);
  if (opening.length < 20) return null;
  for (const el of body.querySelectorAll('b, strong, u, p, td, div, span, center, h1, h2, h3, h4')) {
    const t = fold(el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > 90 || !(MOTTO_START.test(t) || MASS_MOTTO.test(t))) continue;
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      if (bare(up).includes(opening)) return up;
    }
    return null;
  }
  return null;
}
/**
 * A mass organisation heads its header's right column with its own name nationwide ("HỘI NÔNG DÂN VIỆT
 * NAM" over "Quảng Ngãi, ngày …"), which its sentences name too ("Căn cứ Điều lệ Hội Nông dân Việt Nam"):
 * only a line that is that name alone is its motto.
 */
const MASS_MOTTO = /^(?:hoi nong dan viet nam|hoi lien hiep phu nu viet nam|hoi cuu chien binh viet nam|tong lien doan lao dong viet nam|cong doan viet nam)(?:[ ]*[-*_=]+)?$/;

/** A type word, then a number: the page names a document ("Công văn 412-CV/HU", "Kế hoạch số 96/KH-UBND"). */
const NAMES_DOCUMENT = /^[\p{L} ]{2,30}?[ ](?:số[ ]{0,2}:?[ ]{0,2})?\d{1,5}[ ]{0,2}[-/][ ]{0,2}(?:(?:19|20)\d{2}[ ]{0,2}\/[ ]{0,2})?[A-ZĐ]/iu;

/**
 * The heading the page gives its document: the first <h1> of the body, else the <title> up to the
 * site's name ("… - Cổng thông tin điện tử …"); only when it names a document by type and number.
 */
function pageHeading(document: Document): string | null {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  const h1 = squash(document.querySelector('body h1')?.textContent);
  if (NAMES_DOCUMENT.test(h1)) return h1;
  const title = squash(document.querySelector('title')?.textContent).split(/[ ](?:[-–|»]|::)[ ]/u)[0]!.trim();
  return NAMES_DOCUMENT.test(title) ? title : null;
}

/** The page as a string, and how it was decoded. */
function decodeHtml(bytes: Uint8Array, path: string): { html: string; encoding: string; warnings: ParseWarning[] } {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = bom ? null : declaredCharset(bytes);
  if (declared && !/^(?:utf-?8|unicode-1-1-utf-8)$/i.test(declared)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      decoder = null; // a label the platform does not know: let the bytes speak
    }
    if (decoder) {
      const html = decoder.decode(bytes);
      if (html.trim() === '') throw new InputError('DG_INPUT_EMPTY', `${path} holds only white space`, { location: { path } });
      return { html, encoding: `html+${decoder.encoding}`, warnings: [] };
    }
  }
  const d = decodeBytes(bytes, { path });
  const encoding = d.encoding === 'utf-8' ? 'html' : `html+${d.encoding}`;
  return { html: d.text, encoding, warnings: d.warnings };
}

/** The charset a page declares in its first 2 KB (HTML's prescan, simplified). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function removeBoilerplate(document: Document): void {
  const doomed: Element[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.localName;
    if (SKIPPED.has(tag) && tag !== 'head') doomed.push(el);
    else if (BOILERPLATE_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) doomed.push(el);
    else if (tag !== 'body' && tag !== 'html' && BOILERPLATE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) doomed.push(el);
    else if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '') || el.hasAttribute('hidden')) doomed.push(el);
  }
  for (const el of doomed) el.remove();
  for (const c of Array.from(document.querySelectorAll('body *'))) {
    // comments between cells would otherwise survive as empty text
    for (const n of Array.from(c.childNodes)) if (n.nodeType === 8) n.remove();
  }
}

function textLength(n: Node): number {
  return (n.textContent ?? '').replace(/\s+/g, '').length;
}

/** Down to the element that holds nearly all the text: drops a counter or a link bar above the document. */
function narrow(root: Element): Element {
  const total = textLength(root);
  let at = root;
  for (;;) {
    const next = Array.from(at.children).find((c) => textLength(c) >= NARROW_SHARE * total);
    if (!next || next.localName === 'table' || next.localName === 'p' || next.localName === 'pre' || LINE.has(next.localName) || next.localName === 'td') return at;
    at = next;
  }
}

/**
 * A portal's property table ("Số ký hiệu | 215-TB/HU", "Cơ quan ban hành | Huyện ủy …" …) beside the content
 * Readability chose (or beside the element the content was narrowed to) is dropped with the page's furniture,
 * though it is the only place that gives the number, date and type of a document posted without its header, and
 * the plainest evidence of the issuer where the header is hard to read ("BCH ĐOÀN TP HÀ NỘI"). Put back before
 * the text, as the page shows it, whenever the text kept does not hold it. Above a text that kept its header's
 * number line, only the rows of known labels: the layout steps over those to reach the header, and the parser
 * weighs them against it (parse/resolve/property-row.ts).
 */
function withDroppedProperties(body: Element, root: Element, main: Element, rendered: string): string {
  if (root === body) return rendered;
  const headed = HEADER_NUMBER.test(rendered.slice(0, 1500));
  // What the text holds: the element narrowed to, not the one chosen (a table beside the document is narrowed away).
  const kept = bare(main);
  const sink = new TextSink();
  for (const table of body.querySelectorAll('table, dl, div, ul, ol, section')) {
    if (kept.includes(bare(table))) continue;
    if (table.localName === 'dl') renderPropertyList(table, sink);
    else if (table.localName !== 'table') renderPropertyRows(table, sink);
    else {
      const rows = rowsOf(table);
      if (isPropertyTable(rows) || isPropertyColumns(rows)) renderTable(table, sink);
    }
  }
  const all = sink.finish();
  // Above a header, every row must read as the table's (the layout steps over such rows only): rows of other labels go.
  const properties = headed ? all.split('\n').filter((l) => isPropertyLabel(l.slice(0, Math.max(0, l.indexOf(':'))))).join('\n') : all;
  if (!properties) return rendered;
  return `${properties}\n\n${rendered}`;
}

const HEADER_NUMBER = /(?:^|\n)[ \t]*(?:Số|SỐ)[ \t]*:?[ \t]*\d/u;

/** Lines with paragraph gaps: `gap` asks for a blank line before the next text. */
class TextSink {
  private readonly lines: string[] = [];
  private current = '';
  private pending: 'none' | 'line' | 'gap' = 'none';

  text(s: string, keepSpaces = false): void {
    // Preformatted text keeps its runs of spaces: they are what separates a header's columns.
    const t = keepSpaces ? s.replace(/[\r\n\u00a0]/g, ' ') : s.replace(/[\s\u00a0]+/g, ' ');
    if (t === '' || (t === ' ' && this.current === '')) return;
    if (this.pending !== 'none' && t.trim() !== '') {
      this.flush();
      if (this.pending === 'gap' && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
      this.pending = 'none';
    }
    this.current += t;
  }

  /** End the current line; `gap` also leaves a blank line (a paragraph break). */
  break(kind: 'line' | 'gap'): void {
    if (this.current.trim() === '' && this.lines.length === 0) return;
    if (kind === 'gap' || this.pending === 'none') this.pending = kind;
  }

  private flush(): void {
    const line = this.current.trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  finish(): string {
    this.flush();
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

function renderText(root: Element): string {
  const sink = new TextSink();
  walk(root, sink, false);
  return sink.finish();
}

function walk(node: Node, sink: TextSink, inCell: boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) { sink.text(child.nodeValue ?? ''); continue; }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') { sink.break('line'); continue; }
    if (tag === 'table') {
      sink.break(inCell ? 'line' : 'gap');
      renderTable(el, sink);
      sink.break(inCell ? 'line' : 'gap');
      continue;
    }
    if (tag === 'dl' && renderPropertyList(el, sink)) continue;
    if (BLOCK_OF_ROWS.has(tag) && renderPropertyRows(el, sink)) continue;
    if (tag === 'pre') { renderPreformatted(el, sink); continue; }
    const boundary = PARAGRAPH.has(tag) ? (inCell ? 'line' : 'gap') : LINE.has(tag) ? 'line' : null;
    if (boundary) sink.break(boundary);
    if (tag === 'li') sink.text(listMarker(el));
    walk(el, sink, inCell);
    if (boundary) sink.break(boundary);
  }
}

/**
 * A document pasted into a `<pre>` (a plain-text copy): its lines as they are, blank lines as
 * paragraph breaks, runs of spaces kept (the two columns of a header set apart by spaces).
 */
function renderPreformatted(pre: Element, sink: TextSink): void {
  sink.break('gap');
  for (const line of (pre.textContent ?? '').split(/\r?\n/)) {
    if (line.trim() === '') { sink.break('gap'); continue; }
    sink.text(line.trimEnd(), true);
    sink.break('line');
  }
  sink.break('gap');
}

/** A list item's text already opens with its own marker ("- ", "1. ", "a) "). */
const OWN_MARKER = /^\s*(?:[-–—+•*]|\d{1,2}[.)/]|[a-zđ]\))/u;

/**
 * The marker a browser draws before a list item, which a copy of the page keeps: "1. " in an
 * ordered list (from its `start`), "- " otherwise; none when the item writes its own. The
 * parser reads items by their markers, so an item of a page is one task as on paper.
 */
function listMarker(li: Element): string {
  if (OWN_MARKER.test(li.textContent ?? '')) return '';
  const list = li.parentElement;
  if (list?.localName !== 'ol') return '- ';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const index = Array.from(list.children).filter((c) => c.localName === 'li').indexOf(li);
  return `${(Number.isFinite(start) ? start : 1) + index}. `;
}

/** Rows of a table, not of the tables nested in its cells, each with some text. */
function rowsOf(table: Element): Element[][] {
  return ownRows(table).filter((r) => r.some((cell) => textLength(cell) > 0));
}

/** A cell's lines, as its `<br>` and paragraphs break them. */
function cellLines(cell: Element): string[] {
  const inner = new TextSink();
  walk(cell, inner, true);
  return inner.finish().split('\n');
}

/** A cell's text on one line. */
function cellText(cell: Element): string {
  return cellLines(cell).map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

/** One `label: value` line per field, so that a label stays beside its value. */
function propertyLine(sink: TextSink, label: string, value: string): void {
  if (!value) return;
  sink.break('line');
  sink.text(`${label.replace(/[:\s]+$/u, '')}: ${value}`);
  sink.break('line');
}

/** A portal's fields as a definition list: its terms are labels, each `<dd>` the value of the `<dt>` before it. */
function renderPropertyList(dl: Element, sink: TextSink): boolean {
  const items = Array.from(dl.children).filter((c) => c.localName === 'dt' || c.localName === 'dd');
  if (!isPropertyList(items.filter((c) => c.localName === 'dt'))) return false;
  sink.break('gap');
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.localName !== 'dt') continue;
    const value = items[k + 1]?.localName === 'dd' ? cellText(items[k + 1]!) : '';
    propertyLine(sink, cellText(items[k]!), value);
  }
  sink.break('gap');
  return true;
}

/** Elements a portal builds its block of fields from, one child element a row. */
const BLOCK_OF_ROWS = new Set(['div', 'ul', 'ol', 'section']);
/** A row of fields is short: a longer child is a part of the document that opens with a bold "Số hiệu". */
const PROPERTY_ROW_LENGTH = 300;

/**
 * A row of a portal's block of fields built without a table: its first element the label, what follows it the value
 * (`<div><span class="k">Số ký hiệu</span><span class="v">312-KH/TĐTN-PT</span></div>`, `<p><b>Số hiệu:</b> 02/ĐA-UBND</p>`).
 * Null when the row opens with other text or its first element is no label.
 */
function propertyRow(row: Element): [string, string] | null {
  const label = row.firstElementChild;
  if (!label || textLength(row) > PROPERTY_ROW_LENGTH || !isPropertyLabel(label.textContent ?? '')) return null;
  for (const n of Array.from(row.childNodes)) {
    if (n === label) break;
    if ((n.textContent ?? '').trim() !== '') return null;
  }
  const rest = row.cloneNode(true) as Element;
  rest.firstElementChild!.remove();
  return [cellText(label), cellText(rest).replace(/^[:\s]+/u, '')];
}

/**
 * A block of fields as rows of elements: at least two rows are label and value, most of its rows (a title row,
 * "Thuộc tính văn bản", may stand among them). Walked as it stands, a label's span and its value's would run together
 * ("Số ký hiệu312-KH/TĐTN-PT"): written `label: value`, a line each, other rows as they are. False when the element
 * is no such block.
 */
function renderPropertyRows(block: Element, sink: TextSink): boolean {
  const rows = Array.from(block.children).filter((c) => textLength(c) > 0);
  const pairs = rows.map(propertyRow);
  const labelled = pairs.filter((p) => p !== null).length;
  if (labelled < 2 || labelled * 2 < rows.length) return false;
  sink.break('gap');
  rows.forEach((row, k) => {
    const pair = pairs[k];
    if (pair) propertyLine(sink, pair[0], pair[1]);
    else {
      sink.break('line');
      walk(row, sink, true);
      sink.break('line');
    }
  });
  sink.break('gap');
  return true;
}

function renderTable(table: Element, sink: TextSink): void {
  const rows = rowsOf(table);
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (isPropertyColumns(rows)) {
    rows[0]!.forEach((label, k) => propertyLine(sink, cellText(label), cellText(rows[1]![k]!)));
    return;
  }
  if (isPropertyTable(rows)) {
    // One `label: value` line per pair, so that a label stays beside its value.
    for (const row of rows) {
      for (let k = 0; k + 1 < row.length; k += 2) {
        propertyLine(sink, cellText(row[k]!), cellText(row[k + 1]!));
      }
    }
    return;
  }
  // A task table, whatever its size: its rows laid out on the grid its merged cells make (read/html-task-table.ts).
  const task = taskTableLines(table, cellLines);
  if (task) {
    for (const line of task) {
      sink.break('line');
      sink.text(line);
      sink.break('line');
    }
    return;
  }
  // A table of one column holds a document row by row (its header table nested in the first row):
  // read as blocks, however many rows, or every row's lines would be joined into one.
  const layout = (columns === 1 || (columns <= LAYOUT_COLUMNS && rows.length <= LAYOUT_ROWS)) && !rows.some((r) => r.some((c) => c.localName === 'th'));
  if (layout) {
    for (let col = 0; col < columns; col++) {
      for (const row of rows) {
        const cell = row[col];
        if (!cell || textLength(cell) === 0) continue;
        sink.break('gap');
        walk(cell, sink, true);
        sink.break('gap');
      }
    }
    return;
  }
  for (const row of rows) {
    sink.break('line');
    sink.text(rowCells(row.map(cellText)).join(' | '));
    sink.break('line');
  }
}

/**
 * The cells of a table row as one line shows them: empty cells at either end dropped, an empty cell between two
 * others kept, so that the cells after it stay in their columns (a task table's row with no supporting unit:
 * "5 | Tổng hợp kết quả … | Phòng Kế hoạch |  | Trước 15/10/2024").
 */
function rowCells(cells: string[]): string[] {
  let a = 0;
  let b = cells.length;
  while (a < b && cells[a] === '') a++;
  while (b > a && cells[b - 1] === '') b--;
  return cells.slice(a, b);
}
