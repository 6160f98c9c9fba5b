import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The relation of every citation of the five seeds, read by hand (issue 9). A directive that tells
 * units to "thực hiện" a document, or says what others issued to carry one out, cites it; it
 * implements only what it carries out itself. Rows: [number or name, relation, cited by (null:
 * the seed itself)].
 */
const SEEDS = join(import.meta.dirname, '../../corpus/seeds');
const relations = (file: string) => parseDocument(readFileSync(join(SEEDS, file), 'utf8'), { path: file }).citations
  .map((c) => [c.number ?? c.name, c.relation, c.citedBy]);

describe('the relation of every seed citation', () => {
  it('000 01-TB/QU: "theo Báo cáo số 361/BC-UBND" cites a report', () => {
    expect(relations('000_536973292510776d.txt')).toEqual([['361/BC-UBND', 'cites', null]]);
  });

  it('001 308-TB/QU implements only 17/CT-UBND and 500-CV/QU; the tasks and the collective statement cite', () => {
    expect(relations('001_6e391b9519626a64.txt')).toEqual([
      // "nhất là việc triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND … và Công văn số 500-CV/QU"
      ['17/CT-UBND', 'implements', null],
      ['500-CV/QU', 'implements', null],
      // inside 500-CV/QU's quoted title: "thực hiện Công văn số 177-CV/TU"
      ['177-CV/TU', 'implements', '500-CV/QU'],
      // "Quận ủy, UBND Quận đã … ban hành các văn bản triển khai thực hiện …": what others did
      ['420-TB/TU', 'cites', null],
      ['177-CV/TU', 'cites', null],
      // "Đề nghị UBND Quận, … triển khai thực hiện Thông báo số 428-TB/TU"
      ['428-TB/TU', 'cites', null],
      // "UBND Quận tiếp tục chỉ đạo thực hiện … Nghị quyết 68/NQ-CP … và Quyết định số 3642/QĐ-UBND"
      ['68/NQ-CP', 'cites', null],
      ['3642/QĐ-UBND', 'cites', null],
      // 500-CV/QU is one of the Quận ủy's documents of the collective statement (inference)
      ['17/CT-UBND', 'implements', '500-CV/QU'],
      ['420-TB/TU', 'implements', '500-CV/QU'],
      // "Thực hiện “Quy chế làm việc …”": carried out, as design.md reads "Thực hiện …" (a basis until blind batch 13)
      ['Quy chế làm việc của Ban Chấp hành Đảng bộ, Ban Thường vụ và Thường trực Quận ủy Hai Bà Trưng khóa XXVI, nhiệm kỳ 2020 - 2025', 'implements', null],
    ]);
  });

  it('002 100-CV/ĐU implements 180-CV/QU ("Thực hiện Công văn số 180-CV/QU …")', () => {
    expect(relations('002_78fb6ff3a99b7859.txt')).toEqual([['180-CV/QU', 'implements', null]]);
  });

  it('003 implements 17/CT-UBND (subject line and "Thực hiện Chỉ thị số 17/CT-UBND …")', () => {
    expect(relations('003_c09e61e9c2e10806.txt')).toEqual([['17/CT-UBND', 'implements', null]]);
  });

  it('004 924-CV/QU implements 739-TB/TU ("V/v thực hiện Thông báo số 739-TB/TU")', () => {
    expect(relations('004_d8026a3a8832f7a7.txt')).toEqual([['739-TB/TU', 'implements', null]]);
  });
});
