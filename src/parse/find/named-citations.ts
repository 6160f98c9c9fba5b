import type { DocType } from '../../model/record.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { NAME_COMMA_CONTINUATIONS, NAMED_DOCUMENT_LEADS, NAMED_LOWER_STARTS } from '../vocabulary/relations.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import { withoutWraps } from '../wrapped-line.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const NEXT_LINE_CAPITAL = /^\n[ ]?\p{Lu}/u;
const BREAK_BEFORE_CAPITAL = /^[ ]?\n[ ]?(?=\p{Lu})/u;

/**
 * Documents cited by name without a number: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
 * năm 2015", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", "“Quy chế làm việc của Ban
 * Chấp hành Đảng bộ …”" (docs/domain.md §8.1: a citation of kind `named`). The name runs from the
 * lead word to the first of: a closing quote, "ngày", a date, ";", a sentence end, or a comma
 * that does not continue the name ("Luật Phòng, chống thiên tai" goes on; "…, nhiệm kỳ" does not).
 * Whether a name is a citation at all (a trigger before it, a "Căn cứ:" list) is decided where
 * relations are, in src/parse/resolve/named-citations.ts.
 */
export interface NamedMention {
  kind: 'named';
  name: string;
  docType: DocType;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Between a phrase's words in the text. */
const WORD_GAP = '[ ]{1,2}';
const escape = (s: string) => s.replace(/ /g, WORD_GAP);
const LEADS = [...NAMED_DOCUMENT_LEADS].sort((a, b) => b.lead.length - a.lead.length);
const TYPE_OF = new Map(LEADS.map((l) => [l.lead.toLowerCase(), l.docType]));
/** A lead word (case as printed: "Luật" is a name, "luật" a common noun) and what may follow it. */
/** A lookahead for what a match starts with (a quote or a lead's first letter) lets the engine skip most positions. */
const FIRST = `(?=[“"«${[...new Set(LEADS.map((l) => l.lead[0]!))].filter((c) => /\p{L}/u.test(c)).join('')}])`;
const OWNED = LEADS.filter((l) => l.ownerFollows).map((l) => escape(l.lead));
const LEAD = new RegExp(String.raw`${LEADS.every((l) => /^\p{L}/u.test(l.lead)) ? FIRST : ''}(?<![\p{L}])([“"«][ ]?)?(?:(${LEADS.map((l) => escape(l.lead)).join('|')})(?=[ ]{1,2}(?:\p{Lu}|${NAMED_LOWER_STARTS.map((w) => w.replace(/ /g, '[ ]')).join('|')}|năm[ ]\d)|(?<=Luật|Điều[ ]lệ)[ ]?\n[ ]?\p{Lu})|(${OWNED.join('|')})(?=[ ]{1,2}của[ ]{1,2}\p{Lu}))`, 'gu');
/** "Kết luận của Chủ tịch UBND tỉnh tại Thông báo số …": the numbered document's issuer, no document of its own. */
const TYPE_WORDS = phraseAlternation([...DOC_TYPES.flatMap((d) => d.words), 'văn bản'], { gap: WORD_GAP });
const BEFORE_NUMBERED = new RegExp(String.raw`^[ ,]{0,3}(?:tại|theo)[ ]{1,2}(?:(?:${TYPE_WORDS})[ ]{1,2})?(?:số[ ]{0,2})?\d{1,5}[ ]{0,2}[/-]`, 'iu');
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
const CONTINUES = new RegExp(String.raw`^,[ ]{1,2}(?:${NAME_COMMA_CONTINUATIONS.map(escape).join('|')})(?![\p{L}])`, 'u');
/** Where an unquoted name stops. */
// "và" ends a name before a lower-case word ("Điều lệ Đảng và các quy định …"), not before a capital:
// "Luật Khoa học và Công nghệ", "Luật … và Luật …" (an amending law) go on.
// "Kết luận của Ban Thường vụ nhằm cụ thể hóa Nghị quyết Đại hội …": a purpose word opens what the document is for.
// "thực hiện đúng Điều lệ Đoàn … trong việc kết nạp đoàn viên": what is done under it is no part of the name.
const STOP = /[ ](?:được[ ])?(?:ban[ ]hành[ ])?kèm[ ]theo[ ]|[ ]ngày[ ]|[ ]số[ ]\d|[;.:(]|\n(?!\p{Ll})|[ ](?:về|tại|theo|đã|được|nhằm|để|trong[ ]việc)[ ]|[ ]và[ ](?=\p{Ll})|[ ]\d{1,2}\/\d{1,2}\/\d{4}/u;
const ANNEXED = /^[ ](?:được[ ])?(?:ban[ ]hành[ ])?kèm[ ]theo[ ]/u;
const CONGRESS_END = /lần[ ]thứ[ ][IVXLC]+/u;
const NEXT_CONGRESS = /(?:[ ]và|[,;])[ ]{1,2}Nghị[ ]quyết[ ]Đại[ ]hội[ ]/u;
/**
 * "… chỉ tiêu Nghị quyết Đại hội Đảng bộ thị xã nhiệm kỳ 2020 - 2025 đề ra": a congress named by its term
 * instead of its number ends at the term (no comma before it: "…, nhiệm kỳ …" is read as before).
 */
const CONGRESS_TERM_END = /^[^.,;:\n]{1,120}?nhiệm[ ]kỳ[ ]\d{4}[ ]?[-–][ ]?\d{4}/u;
/** "Luật Đất đai năm 2024 giao cho địa phương": the year of a Law closes its name. */
const YEAR_END = /[ ]năm[ ]\d{4}(?!\d)/u;
const MAX_NAME = 200;
/**
 * Leads of documents named by the year they are for, and such a name: unbroken words up to "năm" and the
 * year, opening in lower case ("Chương trình công tác …"); a capital opens a programme's own name
 * ("Chương trình OCOP năm 2024", "Chương trình MTQG"), a programme of work, no document.
 */
const YEARLY = new Set(NAMED_DOCUMENT_LEADS.filter((l) => l.yearly).map((l) => l.lead));
// "Chương trình kiểm tra, giám sát năm 2024": a comma before a lower-case word joins two works of one name.
const YEARLY_NAME = /^[ ]\p{Ll}(?:[^.;:,\n()“”"]|,(?=[ ]\p{Ll})){1,150}?[ ]năm[ ]\d{4}(?![\d/])/u;

/**
 * A Law's name joins short lower-case parts by a comma or "và": "Luật Cán bộ, công chức", "Luật Phòng
 * cháy, chữa cháy và cứu nạn, cứu hộ". A part of at most three words that runs to the end of the
 * mention (a stop, another Law) goes on; "Luật Đất đai, các địa phương cần …" and "Luật Giáo dục và các
 * văn bản hướng dẫn" do not (a clause, a determiner).
 */
const LAW_STOP_WORDS = String.raw`(?:đến|tới|để|nhằm|cho|trên[ ]địa[ ]bàn)(?![\p{L}])`;
const PART_END = String.raw`(?=[ ]{0,2}(?:[,;.:)]|\n|$|[ ]và[ ]|[ ]ngày[ ]|[ ]năm[ ]\d|[ ]${LAW_STOP_WORDS}))`;
/**
 * "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ đến từng hộ": what the Law is brought to is no part of its
 * name, nor where it is carried out ("thực hiện Luật Phổ biến, giáo dục pháp luật trên địa bàn").
 */
const LAW_STOP = new RegExp(String.raw`[ ]${LAW_STOP_WORDS}`, 'u');
const NOT_PART = String.raw`(?!(?:các|những|mọi|một|cả|được|đồng|trong|nhất|văn|quy|nghị|hướng|thông|chỉ|kế|đã|sẽ|đang|có|là)[ ,.;])`;
const LAW_COMMA_PART = new RegExp(String.raw`^,[ ]{1,2}${NOT_PART}\p{Ll}+(?:[ ]\p{Ll}+){0,6}${PART_END}`, 'u');
// "… vật liệu nổ và công cụ hỗ trợ năm 2024": four words at most.
const LAW_AND_PART = new RegExp(String.raw`^[ ]và[ ]${NOT_PART}\p{Ll}+(?:[ ]\p{Ll}+){0,3}${PART_END}`, 'u');

/** Leads of a second named document joined by "và" (not a programme named by its year, nor a conclusion by its owner). */
const JOINED_LEADS = NAMED_DOCUMENT_LEADS.filter((l) => !l.yearly && !l.ownerFollows).map((l) => l.lead.replace(/ /g, '[ ]'));
const NAMED_NEXT = new RegExp(String.raw`[ ]và[ ](?:${JOINED_LEADS.join('|')})[ ](?:\p{Lu}|(?:${NAMED_LOWER_STARTS.map((w) => w.replace(/ /g, '[ ]')).join('|')})(?![\p{L}]))`, 'u');
const LAW_NEXT = new RegExp(String.raw`${NAMED_NEXT.source}|[ ]và[ ]Luật[ ]|,[ ]Luật[ ]`, 'u');

/** A Law's lead word ending a line ("… của Luật"). */
const LEAD_AT_LINE_END = /(?<![\p{L}])Luật[ ]?$/u;

/**
 * Where the quote a name stands inside closes, or -1: "phát động cuộc thi "Tìm hiểu Luật Thanh niên" trên nền
 * tảng trực tuyến" names the Law inside a contest's title, which ends it; a quote the name opens itself ("Quy chế
 * quản lý, sử dụng Quỹ "Vì người nghèo" của …") is part of it. Read on the line before the name.
 */
function quoteAround(text: string, at: number): number {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if ((line.match(/"/gu)?.length ?? 0) % 2 === 1) return text.indexOf('"', at);
  const open = line.lastIndexOf('“');
  return open >= 0 && open > line.lastIndexOf('”') ? text.indexOf('”', at) : -1;
}

function nameEnd(text: string, from: number, to: number, amending: boolean, law = false): number {
  const limit = Math.min(to, from + MAX_NAME);
  let k = from;
  for (;;) {
    const rest = text.slice(k, limit);
    const stop = STOP.exec(rest);
    let end = stop ? k + stop.index : limit;
    const lawStop = law ? LAW_STOP.exec(text.slice(k, end)) : null;
    if (lawStop) end = k + lawStop.index;
    // "Luật sửa đổi, bổ sung một số điều của Luật" / "Phòng, chống thiên tai và Luật Đê điều": a web copy wrapped
    // right after a Law's lead word inside the name; the Law it names goes on on the next line.
    if (law && !lawStop && stop?.[0] === '\n' && LEAD_AT_LINE_END.test(text.slice(k, end)) && NEXT_LINE_CAPITAL.test(text.slice(end, end + 3))) { k = end + 1; continue; }
    // "Luật Cán bộ, công chức và Luật Viên chức": two Laws (only an amending Law names the ones it amends).
    // "Luật Thi đua, khen thưởng và Điều lệ Hội …", "Pháp lệnh Cựu chiến binh và Điều lệ Hội …", "Luật … và Quy chế
    // phối hợp …": a second named document joined by "và" is a document of its own, after any name.
    const next = amending ? null : (law ? LAW_NEXT : NAMED_NEXT).exec(text.slice(k, end));
    if (next) { end = k + next.index; if (!text.slice(k, end).includes(',')) return end; }
    // "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one name.
    if (stop && amending && /^[ ]và[ ]/u.test(stop[0])) end = k + stop.index + stop[0].length;
    const comma = text.indexOf(',', k);
    if (comma >= 0 && comma < end) {
      if (CONTINUES.test(text.slice(comma, comma + 20)) || (law && LAW_COMMA_PART.test(text.slice(comma, comma + 60)))) { k = comma + 1; continue; }
      return comma;
    }
    if (stop && law && !amending && /^[ ]và[ ]/u.test(stop[0]) && LAW_AND_PART.test(text.slice(end, end + 40))) { k = end + stop[0].length; continue; }
    if (end > k && stop && amending && /^[ ]và[ ]/u.test(stop[0])) { k = end; continue; }
    return end;
  }
}

/** The end of a Law's name at its year, when the name read so far runs past it. */
function yearEnd(text: string, from: number, end: number): number {
  const y = YEAR_END.exec(text.slice(from, end));
  return y ? from + y.index + y[0].length : end;
}

/** List glue at the end of a name cut before the next document: "Luật Giáo dục và", "Luật …,". */
const TRAILING_GLUE = /(?:[ ,;]+(?:và|cùng|với)?)+[ ]*$/u;

/**
 * "căn cứ Luật Giáo dục và Nghị định số 81/2021/NĐ-CP …": a name that runs into a numbered mention
 * ends before it (and before the "và" that joins them); the numbered one is read on its own.
 */
function cutBeforeNumbered(text: string, afterLead: number, end: number, numbered: ReadonlyArray<readonly [number, number]>): number {
  const inside = numbered.filter(([s]) => s > afterLead && s < end).map(([s]) => s);
  if (inside.length === 0) return end;
  const at = Math.min(...inside);
  return afterLead + text.slice(afterLead, at).replace(TRAILING_GLUE, '').length;
}

/** Documents named without a number in text[from, to); `numbered` are the spans of numbered mentions (skipped). */
export function findNamedMentions(text: string, from: number, to: number, numbered: ReadonlyArray<readonly [number, number]>): NamedMention[] {
  const out: NamedMention[] = [];
  const region = text.slice(from, to);
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(region); m; m = LEAD.exec(region)) {
    const quote = m[1]?.trim() ?? '';
    const start = from + m.index + (m[1]?.length ?? 0);
    let end: number;
    if (quote) {
      const close = text.indexOf(CLOSE[quote]!, start);
      if (close < 0 || close - start > 500) continue;
      end = close;
    } else {
      const lead = m[2] ?? m[3]!;
      const afterLead = start + lead.length;
      if (/^Nghị[ ]quyết/u.test(lead)) {
        // "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI": two congresses; the
        // first, named without "lần thứ", ends before the second instead of taking its number.
        const second = NEXT_CONGRESS.exec(text.slice(afterLead, Math.min(to, afterLead + MAX_NAME)));
        const ceil = second ? afterLead + second.index : Math.min(to, afterLead + MAX_NAME);
        const c = CONGRESS_END.exec(text.slice(afterLead, ceil));
        const termed = c ? null : CONGRESS_TERM_END.exec(text.slice(afterLead, ceil));
        const term = termed && /Đại[ ]hội/u.test(text.slice(start, afterLead + termed[0].length)) ? termed : null;
        end = c ? afterLead + c.index + c[0].length : term ? afterLead + term[0].length : nameEnd(text, afterLead, second ? ceil : to, false);
      } else if (YEARLY.has(lead)) {
        // A web copy wraps its lines anywhere, inside the name too ("… thanh thiếu nhi" / "năm 2024 của …").
        const y = YEARLY_NAME.exec(withoutWraps(text, afterLead, text.slice(afterLead, Math.min(to, afterLead + MAX_NAME))));
        if (!y) continue;
        end = afterLead + y[0].length;
      } else {
        const law = TYPE_OF.get(lead.toLowerCase().replace(/\s+/gu, ' ')) === 'Luật';
        const close = quoteAround(text, start);
        // A web copy wrapped right after the lead word: "… theo quy định của Luật" / "Cán bộ, công chức …".
        const from = afterLead + (BREAK_BEFORE_CAPITAL.exec(text.slice(afterLead, afterLead + 3))?.[0].length ?? 0);
        end = nameEnd(text, from, close >= 0 ? Math.min(to, close) : to, /^[ ]{1,2}sửa[ ]đổi/u.test(text.slice(afterLead, afterLead + 10)), law);
      }
      if (TYPE_OF.get(lead.toLowerCase().replace(/\s+/gu, ' ')) === 'Luật') end = yearEnd(text, afterLead, end);
    }
    const leadWord = m[2] ?? m[3]!;
    if (!quote) end = cutBeforeNumbered(text, start + leadWord.length, end, numbered);
    const name = text.slice(start, end).replace(/\s+/gu, ' ').replace(/[\s,]+$/u, '').trim();
    if (name.length < leadWord.length + 4) continue;
    if (m[3] !== undefined && BEFORE_NUMBERED.test(text.slice(end, end + 40))) continue;
    // "theo Quy chế hoạt động ban hành kèm theo Quyết định số …": the numbered decision's annex, cited through it.
    if (!quote && ANNEXED.test(text.slice(end, end + 60))) continue;
    // A numbered mention ("Luật số 64/2025/QH15") is read as such; so is a name inside one's title.
    if (numbered.some(([s, e]) => start < e && end > s)) continue;
    const docType = TYPE_OF.get(leadWord.toLowerCase().replace(/\s+/gu, ' ')) ?? 'Khác';
    out.push({ kind: 'named', name, docType, start, end: start + (text.slice(start, end).trimEnd().replace(/,$/u, '').length), sentenceStart: sentenceStart(text, start, from), sentenceEnd: sentenceEnd(text, end, to) });
    LEAD.lastIndex = Math.max(LEAD.lastIndex, end - from);
  }
  return out;
}
