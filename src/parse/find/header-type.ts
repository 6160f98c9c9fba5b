import type { DocType, Span } from '../../model/record.js';
import { fold } from '../../model/keys.js';
import { phraseAlternation } from '../phrase-alternation.js';
import type { Line } from '../types.js';
import { DOC_TYPES, LETTER_SUBJECT_LEADS } from '../vocabulary/doc-types.js';
import type { DocNumber } from './number.js';

/**
 * A document's type as its header states it: the heading that names it ("CHỈ THỊ"), else the first code
 * of its symbol (17/CT-UBND), else the form of a letter. The layout stage finds the header's lines; this
 * reads the type off them.
 */
export interface TypeHeader {
  /** The heading line that names the type. */
  heading: Line | null;
  /** Whether a "KẾT LUẬN …" line stands under the heading: a Thông báo heading then heads a Thông báo kết luận. */
  conclusion: boolean;
  number: { num: DocNumber; start: number; end: number } | null;
  /** The title's first line, trimmed ("V/v tăng cường công tác …"). */
  titleLine: string | null;
  /** Whether the header has a "Kính gửi:" block. */
  addressed: boolean;
}

const HEADING_TYPES = new Map(DOC_TYPES.flatMap((d) => d.words.map((w) => [fold(w), d.type] as const)));
const LETTER_SUBJECT = new RegExp(String.raw`^(?:${phraseAlternation(LETTER_SUBJECT_LEADS, { escape: true })})(?![\p{L}\p{N}])`, 'iu');

export function headerType(h: TypeHeader): { type: DocType; span: Span | null } {
  if (h.heading) {
    const t = HEADING_TYPES.get(h.heading.folded.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()) ?? 'Khác';
    const span: Span = [h.heading.contentStart, h.heading.end];
    if (t === 'Thông báo' && h.conclusion) return { type: 'Thông báo kết luận', span };
    return { type: t, span };
  }
  const n = h.number;
  const subjectLine = h.titleLine !== null && LETTER_SUBJECT.test(h.titleLine);
  // No heading, a "V/v …" subject under the number and a "Kính gửi:" block: a letter's form, whatever the symbol's
  // first code says ("1482/KL-BTR": KL is the Kiểm lâm agency's code, not a Kết luận).
  if (subjectLine && h.addressed && n?.num.typeCode) return { type: 'Công văn', span: null };
  if (n?.num.docType) return { type: n.num.docType, span: [n.start, n.end] };
  if (subjectLine) return { type: 'Công văn', span: null };
  return { type: 'Khác', span: null };
}

/**
 * What no heading, symbol, title or sentence typed: a text addressed to its recipients ("Kính gửi: Ủy ban nhân dân
 * tỉnh Lào Cai.") is a letter, a Công văn (every tune text so addressed is labelled so; a report or a submission that is
 * addressed names its own type). Khác otherwise.
 */
export function addressedType(type: { type: DocType; span: Span | null }, addressed: boolean): { type: DocType; span: Span | null } {
  return type.type === 'Khác' && addressed ? { type: 'Công văn', span: null } : type;
}
