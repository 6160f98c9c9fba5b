import type { DocType, Span } from '../../model/record.js';
import { tokenize } from '../tokens.js';
import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { dateAt, type FoundDate } from './dates.js';
import { numberRegex, readNumber, type DocNumber } from './number.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * The document's own identity where no header gives it: a headless fragment, a document quoted
 * in a news article. Read, in order of trust, from
 *
 * - a title line: "Chỉ thị số 17/CT-UBND ngày 26 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Nghệ An
 *   về …", "KẾ HOẠCH Tổ chức …" on one line, "Thông báo về việc …";
 * - the sentence that announces it: "Ngày 5/3, UBND tỉnh X ban hành Kế hoạch số 45/KH-UBND về …",
 *   "Ủy ban nhân dân tỉnh Bắc Ninh vừa ban hành Kế hoạch số 201/KH-UBND ngày 11/5/2023";
 * - a body sentence whose subject is the issuer: "Ủy ban nhân dân huyện Đông Anh xây dựng Kế
 *   hoạch …", "Ban Thường vụ Huyện ủy Phong Điền yêu cầu …".
 *
 * Only the text is read here (find/identity.ts, find/issuer-sentence.ts); the issuer mention is
 * resolved with the header's (resolve/context.ts).
 */
export interface TextIdentity {
  /** Where the identity was read: the warning says so. */
  source: 'title' | 'announcement' | 'body' | 'properties' | 'closing';
  num: { num: DocNumber; start: number; end: number } | null;
  docType: { type: DocType; span: Span } | null;
  date: FoundDate | null;
  issuer: UnitMention | null;
  /** Where the issuer was read, when not where the rest was (a title line, then a body sentence). */
  issuerSource?: TextIdentity['source'];
}

/*
 * The small reads every reader of a text's own identity makes (find/identity.ts and its issuer
 * sentence, find/issuer-sentence.ts): a type word's type, the number and date right after it, the
 * unit named at an offset, a sentence's start, and whether a subject can be an issuer.
 */

/** The one table of type words every reader of a text's own identity matches (doc-types.ts's named types). */
const TYPE_BY_WORD = new Map(NAMED_TYPE_WORDS.map(([w, t]) => [w.toLowerCase(), t]));
export const TYPE_ALT = NAMED_TYPE_WORDS.map(([w]) => w).join('|');

export function typeOfWord(w: string): DocType | null {
  return TYPE_BY_WORD.get(w.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** A number right at `at` (after the type word): its reading and extent. */
export function numberAt(text: string, at: number): { num: DocNumber; start: number; end: number } | null {
  const re = numberRegex('gu');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at) return null;
  return { num: readNumber(m), start: at, end: at + m[0].length };
}

/** "ngày 11/5/2023" (or a comma and the date) right after a number. */
export function dateAfter(text: string, at: number): FoundDate | null {
  // The window holds ", ngày " whole: the date may follow the number after a comma, or in brackets
  // ("Kế hoạch 112/KH-UBND (ngày 5/8/2024) triển khai …").
  // "Hướng dẫn số 06/HD-MTTQ-BTT ký ngày 22/9/2025": the signing or issuing verb may stand before it.
  const m = /^[ ,(]{0,3}(?:(?:ký|ban[ ]hành)[ ]{1,2})?(?=ngày[ ])/iu.exec(text.slice(at, at + 18));
  if (!m) return null;
  const d = dateAt(text, at + m[0].length);
  return d?.iso ? d : null;
}

/** The unit named at `at` ("của Ủy ban nhân dân tỉnh Nghệ An về …"), bounded by `to`. */
export function unitAt(text: string, at: number, to: number): UnitMention | null {
  const tokens = tokenize(text, at, Math.min(to, at + 200, text.length));
  return tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
}

/** The sentence around `at`: from the previous full stop or line start to `at`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  for (let k = at - 1; k >= floor; k--) {
    const c = text[k];
    if (c === '\n' || ((c === '.' || c === ';' || c === ':') && /\s/.test(text[k + 1] ?? ''))) return k + 1;
  }
  return floor;
}

/** A subject names the issuer only when it is one body, named or not ("UBND tỉnh", "Sở Y tế"). */
export function isIssuerLike(m: UnitMention): boolean {
  // "Công an các phường": every ward's police, not one body.
  return !m.plural && m.head.collective !== true && m.head.shape !== 'member' && !everyOfLevel(m) && !m.areas.some((a) => a.plural);
}

/** "UBND xã, thị trấn": two kinds of one level, neither named, are every such body, not one. */
function everyOfLevel(m: UnitMention): boolean {
  return m.areas.some((a, i) => a.name === null && m.areas.some((b, j) => j !== i && b.level === a.level && b.name === null));
}

/** Two subjects name the same body: one head, and the same level of area (or none). */
export function sameBody(a: UnitMention, b: UnitMention): boolean {
  const body = (m: UnitMention) => (m.head.shape === 'part' && m.owner ? m.owner : m);
  const x = body(a);
  const y = body(b);
  return x.head.canonical === y.head.canonical && (x.areas[0]?.level ?? null) === (y.areas[0]?.level ?? null);
}
