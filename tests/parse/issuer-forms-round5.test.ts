import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity in the forms the fifth identity round met (issue 9): a rule drawn under
 * the header's names, a date after a comma in a news lead, a name that must not run over a blank line,
 * enterprise Party committees, and a portal's property labels in other wordings. Every text here is
 * written for these tests.
 */

const identityOf = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number ?? null, type: r.docType, date: r.issuedOn ?? null, issuer: r.issuer?.name ?? null };
};

describe('header forms', () => {
  it('passes over a rule drawn under the header names ("——") in a copy one cell per line', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'HUYỆN THANH SƠN', '——', 'Số: 301   /BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', '———', 'Thanh Sơn, ngày   09   tháng 9 năm 2024', 'BÁO CÁO', 'Tình hình khắc phục hậu quả cơn bão số 3',
      '', 'Sau bão, toàn huyện có 1.200 ngôi nhà bị tốc mái. UBND huyện đã chỉ đạo các xã khắc phục.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: '301/BC-UBND', type: 'Báo cáo', date: '2024-09-09', issuer: 'UBND huyện Thanh Sơn' });
  });

  it('reads an enterprise Party committee wrapped over two header lines as the enterprise\'s, not a ward\'s', () => {
    const text = [
      'ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY CÔNG TY CỔ PHẦN', 'XI MĂNG BỈM SƠN', '*', 'Số 03-QĐi/ĐU', '',
      'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bỉm Sơn, ngày 15 tháng 01 năm 2024', '', 'QUY ĐỊNH', 'về chế độ sinh hoạt của các chi bộ trực thuộc', '',
      'Điều 1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.',
    ].join('\n');
    const r = parseDocument(text);
    expect(identityOf(text)).toEqual({ number: '03-QĐi/ĐU', type: 'Quy định', date: '2024-01-15', issuer: 'Đảng ủy Công ty Cổ phần xi măng bỉm sơn tỉnh Thanh Hóa' });
    // The enterprise sits in the province of the Đảng bộ above it: one node across its documents, no ward asked for.
    expect([r.issuer?.surface, r.issuer?.key, r.warnings.map((w) => w.code)]).toEqual(['ĐẢNG ỦY CÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN', 'org:dang-uy-cong-ty-co-phan-xi-mang-bim-son@p38', []]);
  });

  it('reads a portal\'s property rows labelled "Số hiệu văn bản", "Thể loại", "Đơn vị ban hành"', () => {
    const text = [
      // As the HTML reader gives a two-column property table: one "label: value" line per row.
      'Số hiệu văn bản: 156/QĐ-UBND', 'Ngày ban hành: 21/03/2024', 'Thể loại: Quyết định', 'Đơn vị ban hành: UBND huyện Phù Cát',
      '', 'Điều 1. Kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện gồm các ông, bà có tên sau.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: '156/QĐ-UBND', type: 'Quyết định', date: '2024-03-21', issuer: 'UBND huyện Phù Cát' });
  });
});

describe('headless texts and news leads', () => {
  it('does not read "Trung ương" at a paragraph\'s end and "Đảng ủy" after the blank line as one name', () => {
    const text = [
      'Thông báo về việc tổ chức Hội nghị học tập, quán triệt Nghị quyết Trung ương', '',
      'Đảng ủy xã Nghĩa Kỳ thông báo đến các chi bộ trực thuộc như sau:', '1. Thời gian: 7 giờ 30 ngày 12/8/2024.',
      '2. Thành phần: toàn thể đảng viên trong Đảng bộ xã.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: null, type: 'Thông báo', date: null, issuer: 'Đảng ủy xã Nghĩa Kỳ' });
  });

  it('names an enterprise\'s Party committee that leads in ("Đảng ủy Công ty TNHH MTV … yêu cầu")', () => {
    const text = [
      'Để triển khai nhiệm vụ năm 2024, Đảng ủy Công ty TNHH MTV Cao su Krông Buk yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:', '',
      '1. Các chi bộ nông trường tổ chức sinh hoạt chuyên đề hằng quý.', '', 'T/M ĐẢNG ỦY', 'BÍ THƯ',
    ].join('\n');
    const r = parseDocument(text);
    expect(r.issuer?.surface).toBe('Đảng ủy Công ty TNHH MTV Cao su Krông Buk');
    // No province above it: its area stays open, and no ward is asked for.
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_NUMBER', 'IDENTITY_FROM_TEXT', 'NO_DATE']);
  });

  it('reads "Công đoàn Công ty" as the union, not a union of a province named "Công"', () => {
    const text = [
      'Để triển khai nhiệm vụ năm 2024, Đảng ủy Công ty TNHH MTV Cao su Krông Buk yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:', '',
      '1. Công đoàn Công ty phát động phong trào thi đua lao động giỏi.', '', 'T/M ĐẢNG ỦY', 'BÍ THƯ',
    ].join('\n');
    const r = parseDocument(text);
    // Was UNIT_UNRESOLVED: no province named "Công" in the gazetteer.
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_NUMBER', 'IDENTITY_FROM_TEXT', 'NO_DATE']);
  });

  it('takes the date written after a comma in a news lead ("Chỉ thị số 12-CT/HU, ngày 14/11/2024")', () => {
    const text = [
      'Diễn Châu siết chặt kỷ cương trong cán bộ, đảng viên', '',
      '(Baonghean.vn) - Ban Thường vụ Huyện ủy Diễn Châu đã ký ban hành Chỉ thị số 12-CT/HU, ngày 14/11/2024 về tăng cường kỷ luật, kỷ cương hành chính.',
      '', 'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng nâng cao vai trò nêu gương của người đứng đầu.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: '12-CT/HU', type: 'Chỉ thị', date: '2024-11-14', issuer: 'Ban Thường vụ Huyện ủy Diễn Châu' });
  });
});

describe('more header and closing forms', () => {
  it('reads cells copied with an empty right column ("* |", "Số 41-CV/BDVHU |") under a two-column header', () => {
    const text = [
      'HUYỆN ỦY KRÔNG PẮC | ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN DÂN VẬN | Krông Pắc, ngày 3 tháng 7 năm 2024', '* |', 'Số 41-CV/BDVHU |',
      'V/v tổ chức Ngày hội Đại đoàn kết |', '', 'Kính gửi: Ban Dân vận các đảng ủy xã, thị trấn.', '',
      'Ban Dân vận Huyện ủy đề nghị các đồng chí chỉ đạo tổ chức tốt Ngày hội tại khu dân cư.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: '41-CV/BDVHU', type: 'Công văn', date: '2024-07-03', issuer: 'Ban Dân vận Huyện ủy Krông Pắc' });
  });

  it('takes the issuer an unnumbered title names after "của", and no item\'s subject ("2. Công chức … xây dựng …")', () => {
    const text = [
      'KẾ HOẠCH TỔ CHỨC HỘI THI TÌM HIỂU PHÁP LUẬT NĂM 2024 CỦA UBND XÃ GIA TÂN', '',
      '1. Đối tượng: cán bộ, công chức và nhân dân trong xã.', '2. Công chức Tư pháp - Hộ tịch xây dựng bộ câu hỏi.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: null, type: 'Kế hoạch', date: null, issuer: 'UBND xã Gia Tân' });
    // Another document named before "của": its issuer is that document's, not the title's.
    const cited = ['Kế hoạch thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Thanh Hóa', '', '1. Các chi bộ quán triệt Nghị quyết.'].join('\n');
    expect(identityOf(cited).issuer).toBeNull();
  });

  it('names an issuer written without its place after the area its title names ("trên địa bàn xã Xuân Lai"), namesakes or not', () => {
    const text = [
      'Về việc tăng cường phòng, chống bệnh dịch tả lợn châu Phi trên địa bàn xã Xuân Lai', '',
      'Trước tình hình dịch bệnh diễn biến phức tạp, UBND xã yêu cầu:', '1. Trưởng các thôn vận động người dân không mua bán lợn bệnh.',
      '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Lê Văn Hùng',
    ].join('\n');
    expect(identityOf(text).issuer).toBe('UBND xã Xuân Lai');
  });

  it('reads type and issuer from a closing "Trên đây là Kế hoạch … của UBND xã …"', () => {
    const text = [
      '1. Các thôn rà soát, lập danh sách hộ gia đình chưa có nhà tiêu hợp vệ sinh.', '2. Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia.', '',
      'Trên đây là Kế hoạch vệ sinh môi trường nông thôn năm 2024 của UBND xã Phì Điền. Đề nghị các ban, ngành, đoàn thể nghiêm túc thực hiện./.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: null, type: 'Kế hoạch', date: null, issuer: 'UBND xã Phì Điền' });
  });
});

describe('dates and places a fragment gives late', () => {
  it('takes a date written in brackets after the number in a news lead ("Kế hoạch 112/KH-UBND (ngày 5/8/2024)")', () => {
    const text = [
      'Gia Lộc ra quân làm thủy lợi nội đồng', '', 'Thứ Tư, 07/08/2024', '',
      'UBND huyện Gia Lộc vừa ban hành Kế hoạch 112/KH-UBND (ngày 5/8/2024) triển khai ra quân làm thủy lợi nội đồng vụ đông.',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: '112/KH-UBND', type: 'Kế hoạch', date: '2024-08-05', issuer: 'UBND huyện Gia Lộc' });
  });

  it('places an issuer named without its place by the date line above the signature ("Cẩm Xuyên, ngày …" / "KT. CHỦ TỊCH")', () => {
    const text = [
      'Để chủ động phòng chống cháy rừng trong mùa khô, UBND huyện yêu cầu:', '', '1. Hạt Kiểm lâm huyện tăng cường tuần tra các vùng rừng trọng điểm.',
      '', 'Cẩm Xuyên, ngày 05 tháng 6 năm 2024', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn Hòa',
    ].join('\n');
    expect(identityOf(text)).toEqual({ number: null, type: 'Khác', date: '2024-06-05', issuer: 'UBND huyện Cẩm Xuyên' });
  });
});

