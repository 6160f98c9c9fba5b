import type { DocType } from '../../model/record.js';

/**
 * Document types: the words that name them in headings and citations, and the codes of
 * their symbols. From Nghị định 30/2020 Phụ lục III (State) and Hướng dẫn 36-HD/VPTW
 * (Party); see docs/domain.md §2 and §3.
 */
export interface DocTypeEntry {
  type: DocType;
  /** How the type is written before a number ("Chỉ thị số 17/CT-UBND") or as a heading. */
  words: string[];
  /** Type codes in a symbol: `CT` in 17/CT-UBND, `TB` in 308-TB/QU. Compared case-insensitively. */
  codes: string[];
}

export const DOC_TYPES: readonly DocTypeEntry[] = [
  { type: 'Thông báo kết luận', words: ['Thông báo kết luận'], codes: [] },
  { type: 'Chỉ thị', words: ['Chỉ thị'], codes: ['CT'] },
  { type: 'Công văn', words: ['Công văn'], codes: ['CV'] },
  { type: 'Thông báo', words: ['Thông báo'], codes: ['TB'] },
  { type: 'Kế hoạch', words: ['Kế hoạch'], codes: ['KH'] },
  { type: 'Quyết định', words: ['Quyết định'], codes: ['QĐ'] },
  { type: 'Nghị quyết', words: ['Nghị quyết'], codes: ['NQ'] },
  { type: 'Báo cáo', words: ['Báo cáo'], codes: ['BC'] },
  { type: 'Hướng dẫn', words: ['Hướng dẫn'], codes: ['HD'] },
  { type: 'Chương trình', words: ['Chương trình hành động', 'Chương trình'], codes: ['CTr', 'CTHĐ'] },
  { type: 'Tờ trình', words: ['Tờ trình'], codes: ['TTr'] },
  { type: 'Quy chế', words: ['Quy chế'], codes: ['QC'] },
  { type: 'Quy định', words: ['Quy định'], codes: ['QyĐ', 'QĐi'] },
  { type: 'Giấy mời', words: ['Giấy mời'], codes: ['GM'] },
  { type: 'Kết luận', words: ['Kết luận'], codes: ['KL'] },
  { type: 'Nghị định', words: ['Nghị định'], codes: ['NĐ'] },
  { type: 'Thông tư', words: ['Thông tư liên tịch', 'Thông tư'], codes: ['TT', 'TTLT'] },
  { type: 'Luật', words: ['Luật', 'Bộ luật'], codes: [] },
  { type: 'Công điện', words: ['Công điện'], codes: ['CĐ'] },
  // Two of NĐ 30/2020's types that a commune or district issues to carry out an order (PA, ĐA).
  { type: 'Phương án', words: ['Phương án'], codes: ['PA'] },
  { type: 'Đề án', words: ['Đề án'], codes: ['ĐA'] },
  // "Văn bản số 12/UBND-VP": a generic word; the type then comes from the symbol.
  { type: 'Khác', words: ['Văn bản', 'Biên bản', 'Mệnh lệnh'], codes: ['DA', 'BB', 'TC', 'HĐ', 'ML'] },
];

/**
 * The leads of a letter's subject line under its number ("V/v tăng cường công tác …"): with a "Kính gửi:"
 * block and no type heading, the form of a Công văn (find/header-type.ts).
 */
export const LETTER_SUBJECT_LEADS: readonly string[] = ['V/v'];

/**
 * The words of every named type (not `Khác`) with their type, longest first: an alternation built from them tries
 * "Thông báo kết luận" before "Thông báo". One table for every finder that matches a type word before a number or
 * a self-reference.
 */
export const NAMED_TYPE_WORDS: readonly (readonly [string, DocType])[] = DOC_TYPES.filter((d) => d.type !== 'Khác')
  .flatMap((d) => d.words.map((w) => [w, d.type] as const))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Types that a directive is carried out from. "theo Báo cáo số 361/BC-UBND" cites a report;
 * "theo Chỉ thị số 17/CT-UBND" implements an order (seed 000 vs seed 001).
 */
export const ACTIONABLE_TYPES: ReadonlySet<DocType> = new Set<DocType>([
  'Chỉ thị', 'Công văn', 'Thông báo', 'Thông báo kết luận', 'Kế hoạch', 'Quyết định', 'Nghị quyết',
  'Hướng dẫn', 'Chương trình', 'Kết luận', 'Công điện', 'Quy định', 'Quy chế', 'Nghị định', 'Thông tư', 'Luật',
]);
