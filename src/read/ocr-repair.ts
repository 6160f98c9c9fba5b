import type { ParseWarning } from '../model/record.js';
import { tildeForDiaeresis } from './ocr-tilde.js';

/**
 * Repairs of what OCR typically gets wrong in document numbers, each one reported. A number is a
 * key of the graph: 100-CV/DU and 100-CV/ĐU would be two documents, so a confusion left in place
 * splits a lineage. Only number-shaped tokens are touched (a serial, a separator, symbol groups),
 * and only by confusions that cannot be a real number:
 *
 * - `Ð` (Icelandic eth, U+00D0) for `Đ` (U+0110): look-alikes; Vietnamese has no eth;
 * - the Party committee code `ĐU` read `DU`, `PDU`, `ĐƯ` (the stroke of Đ taken for a letter or
 *   dropped, the U taken for Ư); the State codes `QĐ`, `NĐ`, `HĐND`, `BCĐ` read without the stroke;
 * - `O`, `o`, `Q` for 0 and `l`, `I`, `|` for 1 in a serial that has other digits (`1O5-KH/TU`);
 * - a stray space inside the serial of a `Số` line (`Số: 1 87/KH-UBND`).
 *
 * Pure: text in, repaired text and warnings (spans into the repaired text) out. The repaired
 * text is what the parser reads, so the record's spans point into it.
 */

export interface OcrRepair {
  from: string;
  to: string;
  rules: string[];
  span: [number, number];
}

const ETH = /[Ðð]/g;
/** Symbol groups OCR reads without the stroke of Đ, or with a stray letter. */
const PARTY_COMMITTEE = new Map([['DU', 'ĐU'], ['PDU', 'ĐU'], ['PĐU', 'ĐU'], ['ĐƯ', 'ĐU'], ['DƯ', 'ĐU']]);
const STATE_GROUPS = new Map([['QD', 'QĐ'], ['ND', 'NĐ'], ['HDND', 'HĐND'], ['BCD', 'BCĐ']]);

// serial: 1-5 digits or digit look-alikes, or digits split by one space right after "Số"
const SERIAL = String.raw`(?:(?<=(?:^|\n)[ \t]*Số[ ]{0,2}:?[ ]{0,3})\d{1,3}(?:[ ]\d{1,3}){1,2}|[0-9OoQlI|]{1,5})`;
const GROUP = String.raw`[A-Za-zĐđƯư0-9]{1,10}`;
const TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}/.\-–])(${SERIAL})([ ]{0,2}[-–/][ ]{0,2})(${GROUP}(?:[ ]{0,2}[-–/][ ]{0,2}${GROUP}){0,4})(?![\p{L}\p{N}])`, 'gu');

/** "ĐẲNG ỦY", "Đẳng ủy", "ĐĂNG CỘNG SẢN": the hook of Ả read as a breve (Ẳ, Ă) before the words that follow Đảng. */
const DANG = /(?<![\p{L}])(Đ|đ)(?:[ẲẰĂẮẶẴ]|[ẳằăắặẵ])(NG|ng)(?=[ ]+(?:ỦY|UỶ|BỘ|CỘNG|ủy|uỷ|bộ|Cộng|viên)(?![\p{L}]))/gu;
/**
 * Type headings of two words (the names in src/parse/vocabulary/doc-types.ts; src/read does not
 * import src/parse), which OCR reads glued ("KẾHOẠCH") when alone on their line.
 */
const SPACED_HEADINGS = [
  'THÔNG BÁO', 'CHỈ THỊ', 'CÔNG VĂN', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'NGHỊ QUYẾT', 'BÁO CÁO', 'HƯỚNG DẪN', 'CHƯƠNG TRÌNH',
  'TỜ TRÌNH', 'QUY CHẾ', 'QUY ĐỊNH', 'GIẤY MỜI', 'KẾT LUẬN', 'NGHỊ ĐỊNH', 'THÔNG TƯ', 'CÔNG ĐIỆN', 'BIÊN BẢN', 'ĐỀ ÁN', 'PHƯƠNG ÁN',
];
const GLUED_HEADINGS = new Map(SPACED_HEADINGS.map((w) => [w.replace(/ /g, ''), w] as const));
/** Specks read as a period or a colon after a header line in capitals or the motto ("ỦY BAN NHÂN DÂN.", "Hạnh phúc :"). */
const TRAILING_SPECK = /^([ \t]*(?:[^\p{Ll}\n]{3,60}?|Độc lập[ ]*[-–][ ]*Tự do[ ]*[-–][ ]*Hạnh phúc))[ ]*[.:,;'`’]+[ ]*$/gmu;

/**
 * Words OCR gets wrong in the lines that identify a document: "Đảng" read with a breve, a
 * type heading glued ("KẾHOẠCH"), a speck after a header line; and anywhere, a tilde read as a
 * diaeresis ("các xä", ocr-tilde.ts). Run before repairOcrNumbers.
 * Returns the counts by kind for one warning (the text length may change, so no spans).
 */
export function repairOcrWords(input: string): { text: string; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const bump = (k: string) => { counts[k] = (counts[k] ?? 0) + 1; };
  let text = input.replace(DANG, (_m, d: string, ng: string) => { bump('Đảng read with a breve'); return `${d}${ng === 'NG' ? 'Ả' : 'ả'}${ng}`; });
  const tilde = tildeForDiaeresis(text);
  if (tilde.count > 0) counts['tilde read as a diaeresis'] = tilde.count;
  text = tilde.text;
  text = text.replace(/^([ \t]*)(\p{Lu}+)([ \t]*)$/gmu, (m, lead: string, word: string, tail: string) => {
    const spaced = GLUED_HEADINGS.get(word);
    if (!spaced) return m;
    bump('type heading read without its space');
    return `${lead}${spaced}${tail}`;
  });
  text = text.replace(TRAILING_SPECK, (m, line: string) => {
    if (/\p{Ll}/u.test(line) && !/Hạnh phúc$/u.test(line.trim())) return m;
    if (/^[ \t]*(?:Số|KT|TM|T\/M|Q)\b/u.test(line)) return m;
    bump('speck after a header line');
    return line.trimEnd();
  });
  return { text, counts };
}

export function repairOcrNumbers(input: string): { text: string; repairs: OcrRepair[] } {
  const repairs: OcrRepair[] = [];
  /** Where each token repair started in the input, and how much it changed the length. */
  const moved: Array<{ at: number; end: number; delta: number }> = [];
  // Same length, so offsets do not move: one pass for the look-alike letter everywhere.
  const eths: Array<[number, number]> = [];
  const text = input.replace(ETH, (c, at: number) => { eths.push([at, at + 1]); return c === 'Ð' ? 'Đ' : 'đ'; });
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [whole, serial, sep, symbol] = m as unknown as [string, string, string, string];
    const at = m.index;
    const rules: string[] = [];
    let fixedSerial = serial;
    if (/ /.test(serial)) { fixedSerial = serial.replace(/ /g, ''); rules.push('space in the serial'); }
    if (/[^0-9 ]/.test(serial)) {
      if (!/[0-9]/.test(serial)) continue; // "I-", "Q/": a heading or a word, not a serial
      fixedSerial = fixedSerial.replace(/[OoQ]/g, '0').replace(/[lI|]/g, '1');
      rules.push('letters for digits in the serial');
    }
    const party = sep.trim() !== '/';
    const parts = symbol.split(/([ ]{0,2}[-–/][ ]{0,2})/);
    const groupCount = Math.ceil(parts.length / 2);
    const fixedParts = parts.map((p, k) => {
      if (k % 2 === 1) return p;
      const isLast = k / 2 === groupCount - 1;
      const afterSlash = k > 0 && parts[k - 1]!.trim() === '/';
      if (party && isLast && afterSlash && PARTY_COMMITTEE.has(p)) { rules.push(`${p} is ĐU`); return PARTY_COMMITTEE.get(p)!; }
      if (!party && STATE_GROUPS.has(p)) { rules.push(`${p} is ${STATE_GROUPS.get(p)!}`); return STATE_GROUPS.get(p)!; }
      return p;
    });
    if (rules.length === 0) continue;
    const fixed = fixedSerial + sep + fixedParts.join('');
    out += text.slice(last, at);
    const start = out.length;
    out += fixed;
    repairs.push({ from: whole, to: fixed, rules, span: [start, out.length] });
    moved.push({ at, end: at + whole.length, delta: fixed.length - whole.length });
    last = at + whole.length;
  }
  out += text.slice(last);
  if (eths.length > 0) {
    // an eth fix keeps its length: it moves by the length changes of the token repairs before it
    for (const [s] of eths) {
      if (moved.some((t) => t.at <= s && s < t.end && t.delta !== 0)) continue; // inside a rewritten token, reported with it
      const shift = moved.filter((t) => t.end <= s).reduce((n, t) => n + t.delta, 0);
      repairs.push({ from: 'Ð', to: 'Đ', rules: ['Ð (eth) is Đ'], span: [s + shift, s + shift + 1] });
    }
    repairs.sort((a, b) => a.span[0] - b.span[0]);
  }
  return { text: out, repairs };
}

/** One warning per repaired number; the letter-only fixes as one warning with their count. */
export function repairWarnings(path: string, repairs: readonly OcrRepair[], words: Record<string, number> = {}): ParseWarning[] {
  const numbers = repairs.filter((r) => r.from !== 'Ð');
  const eths = repairs.length - numbers.length;
  const out: ParseWarning[] = numbers.map((r) => ({
    code: 'OCR_REPAIRED' as const,
    message: `${path}: OCR read "${r.from}", repaired to "${r.to}" (${r.rules.join('; ')})`,
    span: r.span,
    details: { from: r.from, to: r.to, rules: r.rules },
  }));
  const wordKinds = Object.entries(words);
  if (wordKinds.length > 0) {
    out.push({ code: 'OCR_REPAIRED', message: `${path}: OCR words repaired: ${wordKinds.map(([k, n]) => `${k} (${n})`).join(', ')}`, span: null, details: { words } });
  }
  if (eths > 0) {
    out.push({ code: 'OCR_REPAIRED', message: `${path}: OCR read Ð (eth) for Đ ${eths} time${eths === 1 ? '' : 's'}, repaired`, span: null, details: { rule: 'Ð (eth) is Đ', count: eths } });
  }
  return out;
}
