import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { tokenize } from '../../src/parse/tokens.js';
import { parseUnitAt } from '../../src/parse/find/units.js';

/**
 * The Youth Union's central organs ("Ban Bí thư Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn", "Ban Thường vụ
 * Trung ương Đoàn") are the Đoàn's, not the Party's: the Party's "Ban Bí thư Trung ương" and "Ban Chấp hành Trung
 * ương" took "Trung ương" and left "Đoàn" over (rel34, a named citation's issuer). Texts written for this test.
 */

const headOf = (s: string) => {
  const t = tokenize(s, 0, s.length);
  const u = parseUnitAt(t, 0);
  return u && { head: u.head.canonical, kind: u.head.kind, whole: u.to === t.length };
};

const citedIssuers = (text: string) => parseDocument(text).citations.map((c) => [c.number ?? c.name, c.issuer?.name ?? null, c.issuer?.key ?? null, c.issuer?.kind ?? null]);

describe('the Youth Union\'s central organs in the unit vocabulary', () => {
  it.each([
    ['Ban Bí thư Trung ương Đoàn', 'Ban Bí thư Trung ương Đoàn'],
    ['Ban Chấp hành Trung ương Đoàn', 'Ban Chấp hành Trung ương Đoàn'],
    ['Ban Thường vụ Trung ương Đoàn', 'Ban Thường vụ Trung ương Đoàn'],
    ['Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh', 'Ban Bí thư Trung ương Đoàn'],
    ['Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn'],
  ])('%s is the Đoàn\'s', (text, head) => {
    expect(headOf(text)).toEqual({ head, kind: 'mass-organization', whole: true });
  });

  it.each([
    ['Ban Bí thư Trung ương', 'Ban Bí thư', 'party-organ'],
    ['Ban Bí thư', 'Ban Bí thư', 'party-organ'],
    ['Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương', 'party-committee'],
  ])('the Party\'s %s stays the Party\'s', (text, head, kind) => {
    expect(headOf(text)).toEqual({ head, kind, whole: true });
  });
});

describe('as a cited document\'s issuer', () => {
  it('a yearly programme named without a number: "Chương trình công tác Đoàn … năm 2025 của Ban Bí thư Trung ương Đoàn"', () => {
    expect(citedIssuers('Tỉnh đoàn Lạng Sơn tổ chức Ngày hội thanh niên khởi nghiệp nhằm thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025 của Ban Bí thư Trung ương Đoàn.')).toEqual([
      ['Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025', 'Ban Bí thư Trung ương Đoàn', 'org:trung-uong-doan', 'mass-organization'],
    ]);
  });

  it('the same programme of the Đoàn\'s Central Committee', () => {
    expect(citedIssuers('Huyện đoàn Quỳnh Nhai xây dựng kế hoạch để thực hiện Chương trình công tác Đoàn năm 2026 của Ban Chấp hành Trung ương Đoàn, bám sát nhiệm vụ của địa phương.')).toEqual([
      ['Chương trình công tác Đoàn năm 2026', 'Ban Chấp hành Trung ương Đoàn', 'org:trung-uong-doan', 'mass-organization'],
    ]);
  });

  it('the Party\'s Secretariat named without "Đoàn" is left as before: only a mass organisation\'s central body is taken', () => {
    expect(citedIssuers('Tỉnh ủy Sơn La quán triệt Chương trình công tác năm 2025 của Ban Bí thư.')).toEqual([
      ['Chương trình công tác năm 2025', null, null, null],
    ]);
  });
});

/**
 * Read whole, "của Ban Bí thư Trung ương Đoàn" is followed by the cited plan's subject ("về …"), which must stop where
 * "và" joins the next document: before, the subject was never read there, as "Đoàn" stood between.
 */
describe('a document joined by "và" after the subject of the Đoàn\'s numbered plan', () => {
  const plan = (body: string) => `TỈNH ĐOÀN LÀO CAI\n***\nSố: 52-KH/TĐTN-PT\nLào Cai, ngày 20 tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\n\n${body}\n`;
  const cited = (body: string) => parseDocument(plan(body)).citations.map((c) => [c.number ?? c.name, c.relation, c.issuer?.name ?? null]);

  it('a yearly work programme: "… về tổ chức Tháng Thanh niên năm 2025 và Chương trình công tác năm 2025 của Ban Thường vụ Tỉnh đoàn"', () => {
    expect(cited('Thực hiện Kế hoạch số 118-KH/TWĐTN-PTTN ngày 12/3/2025 của Ban Bí thư Trung ương Đoàn về tổ chức Tháng Thanh niên năm 2025 và Chương trình công tác năm 2025 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau:')).toEqual([
      ['118-KH/TWĐTN-PTTN', 'implements', 'Ban Bí thư Trung ương Đoàn'],
      ['Chương trình công tác năm 2025', 'implements', 'Ban Thường vụ Tỉnh đoàn Lào Cai'],
    ]);
  });

  it('a congress resolution after ", và nhằm cụ thể hóa"', () => {
    expect(cited('Kế hoạch được xây dựng trên cơ sở Kế hoạch số 207-KH/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn về các hoạt động tình nguyện mùa đông, và nhằm cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2025 - 2030 về phát triển du lịch vùng cao.')).toEqual([
      ['207-KH/TWĐTN-PTTN', 'basis', 'Ban Bí thư Trung ương Đoàn'],
      ['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVII', 'implements', 'Đảng bộ tỉnh Lào Cai'],
    ]);
  });

  it('a programme whose number follows in brackets is that numbered citation, not a second one', () => {
    expect(cited('Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng cho thế hệ trẻ và Chương trình công tác năm 2025 của Ban Chấp hành Trung ương Đoàn (Chương trình số 03-CTr/TWĐTN-VP ngày 18/12/2024), Ban Thường vụ Tỉnh đoàn hướng dẫn như sau:')).toEqual([
      ['42-CT/TW', 'implements', 'Ban Bí thư'],
      ['03-CTr/TWĐTN-VP', 'implements', 'Ban Chấp hành Trung ương Đoàn'],
    ]);
  });
});
