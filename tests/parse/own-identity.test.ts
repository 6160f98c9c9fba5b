import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { parseNumber } from '../../src/parse/find/number.js';
import { codeBody } from '../../src/parse/resolve/codes.js';
import { findPlace } from '../../src/parse/resolve/orgs.js';
import { Warnings } from '../../src/parse/warnings.js';

/**
 * The document's own identity where no header gives it (issue 9): a title line, the sentence of a
 * news article that announces the document, the body sentence whose subject is the issuer; and the
 * header itself when a web copy or a scan has broken it up. Every document here is written for
 * these tests.
 */

const at = (text: string, span: readonly [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : null);
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null, body: r.issuer?.body ?? null, level: r.issuer?.level ?? null };
};

describe('a title line gives what a header would', () => {
  const text = [
    'Kế hoạch số 42/KH-UBND ngày 18 tháng 3 năm 2024 của Ủy ban nhân dân xã Lộc Trì về ra quân làm sạch bãi biển',
    '',
    'Thực hiện Kế hoạch số 65/KH-UBND ngày 04/3/2024 của Ủy ban nhân dân huyện Phú Lộc về bảo vệ môi trường, Ủy ban nhân dân xã triển khai như sau:',
    '',
    '1. Trạm Y tế xã hướng dẫn người dân phân loại rác thải y tế.',
  ].join('\n');

  it('reads number, type, date and a commune issuer from "Kế hoạch số … ngày … của …"', () => {
    expect(identity(text)).toEqual({ number: '42/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-18', issuer: 'UBND xã Lộc Trì', body: 'UBND xã Lộc Trì', level: 'ward' });
  });

  it('points its spans at the title line and says, in a warning, that no header gave them', () => {
    const r = parseDocument(text);
    expect(at(text, r.spans.number?.[0])).toBe('42/KH-UBND');
    expect(at(text, r.spans.issuedOn?.[0])).toBe('ngày 18 tháng 3 năm 2024');
    expect(at(text, r.spans.issuer?.[0])).toBe('Ủy ban nhân dân xã Lộc Trì');
    const w = r.warnings.filter((x) => x.code === 'IDENTITY_FROM_TEXT');
    expect(w.map((x) => x.message)).toEqual(['the document has no header: its number, type, date, issuer from its title line']);
    expect(r.warnings.map((x) => x.code)).not.toContain('NO_NUMBER');
    expect(r.warnings.map((x) => x.code)).not.toContain('NO_DATE');
  });

  it('cites only the other document: its own number is no citation', () => {
    expect(parseDocument(text).citations.map((c) => [c.number, c.issuer?.name, c.relation])).toEqual([['65/KH-UBND', 'UBND huyện Phú Lộc', 'implements']]);
  });

  it('ends the issuer before "V/v": the subject is not part of the name', () => {
    const t = 'Công văn số 312/UBND-VX ngày 14/8/2024 của UBND quận Ninh Kiều V/v tổ chức Tết Trung thu cho thiếu nhi\n\nUBND quận đề nghị UBND các phường tổ chức vui Tết Trung thu.\n';
    expect(identity(t)).toEqual({ number: '312/UBND-VX', docType: 'Công văn', issuedOn: '2024-08-14', issuer: 'UBND quận Ninh Kiều', body: 'UBND quận Ninh Kiều', level: 'district' });
  });

  it('takes the type of "CHỈ THỊ về …" on one line and the issuer from "Ban Thường vụ Tỉnh ủy … yêu cầu"', () => {
    const t = [
      'CHỈ THỊ về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai',
      '',
      'Để chủ động ứng phó với thiên tai, Ban Thường vụ Tỉnh ủy Quảng Bình yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:',
      '',
      '1. Các huyện ủy, thị ủy, thành ủy rà soát phương án sơ tán dân.',
    ].join('\n');
    expect(identity(t)).toEqual({ number: null, docType: 'Chỉ thị', issuedOn: null, issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình', body: 'Tỉnh ủy Quảng Bình', level: 'province' });
    expect(parseDocument(t).warnings.find((w) => w.code === 'IDENTITY_FROM_TEXT')?.message)
      .toBe('the document has no header: its type from its title line; issuer from the sentence that names its issuer');
  });

  it('does not take a sentence that starts with a type word for a title ("Kế hoạch nhằm …")', () => {
    const t = 'Kế hoạch nhằm nâng cao chất lượng dạy và học.\n\nCác trường xây dựng thời khóa biểu.\n';
    expect(identity(t).docType).toBe('Khác');
  });
});

describe('a headless fragment keeps the issuer its body names', () => {
  it('"Thông báo về việc …" and "Đảng ủy xã thông báo": a xã without a name stays a xã, not a phường', () => {
    const t = [
      'Thông báo về việc mở lớp bồi dưỡng nhận thức về Đảng',
      '',
      'Thực hiện Kế hoạch số 95-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy Thạch Hà, Đảng ủy xã thông báo mở lớp bồi dưỡng như sau:',
      '',
      '- Thời gian: từ ngày 11/3/2024 đến ngày 15/3/2024.',
    ].join('\n');
    expect(identity(t)).toEqual({ number: null, docType: 'Thông báo', issuedOn: null, issuer: 'Đảng ủy xã', body: 'Đảng ủy xã', level: 'ward' });
  });

  it('"Ủy ban nhân dân huyện … xây dựng Kế hoạch …" gives the issuer and, with a title line, the type', () => {
    const t = 'KẾ HOẠCH Tổ chức Hội khỏe Phù Đổng cấp huyện năm 2024\n\nThực hiện Kế hoạch số 120/KH-SGDĐT ngày 10/01/2024 của Sở Giáo dục và Đào tạo Hà Nội, Ủy ban nhân dân huyện Đông Anh xây dựng Kế hoạch như sau:\n\n1. Trung tâm Y tế huyện bố trí cán bộ y tế.\n';
    expect(identity(t)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND huyện Đông Anh', body: 'UBND huyện Đông Anh', level: 'district' });
  });

  it('prefers the lead-in ("… yêu cầu:") to a sentence of background whose subject is another unit', () => {
    const t = [
      'Thời gian qua, Công an huyện Gia Lâm triển khai nhiều đợt ra quân xử lý vi phạm. Phòng Tài chính huyện Gia Lâm đề nghị bổ sung kinh phí cho lực lượng.',
      '',
      'Để duy trì kết quả, Ủy ban nhân dân huyện Gia Lâm yêu cầu:',
      '',
      '1. Công an huyện tăng cường tuần tra vào ban đêm.',
    ].join('\n');
    expect(identity(t)).toMatchObject({ issuer: 'UBND huyện Gia Lâm', level: 'district' });
  });

  it('does not take a document the reader implements for its own ("Thực hiện Kế hoạch số …" has no announcing verb)', () => {
    const t = 'Thực hiện Kế hoạch số 12/KH-UBND ngày 03/01/2024 của UBND tỉnh Nghệ An, các phòng, ban rà soát hồ sơ.\n';
    const r = parseDocument(t);
    expect([r.number, r.issuedOn]).toEqual([null, null]);
    expect(r.citations.map((c) => c.number)).toEqual(['12/KH-UBND']);
  });
});

describe('a news article: the sentence that announces the document', () => {
  it('"Ngày 5/3, UBND tỉnh X ban hành Kế hoạch số …": the year is the article\'s, the cited document\'s date is not taken', () => {
    const t = [
      'Quảng Trị chủ động phòng, chống cháy rừng',
      '',
      'Thứ Năm, 07/03/2024 15:20',
      '',
      'Ngày 5/3, UBND tỉnh Quảng Trị ban hành Kế hoạch số 45/KH-UBND về phòng cháy, chữa cháy rừng mùa khô năm 2024.',
      '',
      'Kế hoạch được xây dựng trên cơ sở Chỉ thị số 12/CT-TTg ngày 24/4/2023 của Thủ tướng Chính phủ.',
    ].join('\n');
    expect(identity(t)).toEqual({ number: '45/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-05', issuer: 'UBND tỉnh Quảng Trị', body: 'UBND tỉnh Quảng Trị', level: 'province' });
    expect(parseDocument(t).citations.map((c) => c.number)).toEqual(['12/CT-TTg']);
  });

  it('a day written in the new year of an article of January belongs to the year before', () => {
    const t = 'Cập nhật: 03/01/2025\n\nNgày 28/12, UBND tỉnh Quảng Trị ban hành Kế hoạch số 310/KH-UBND về trồng rừng.\n';
    expect(identity(t).issuedOn).toBe('2024-12-28');
  });

  it('"Vừa qua, Đảng ủy xã X (huyện Y) đã ban hành Nghị quyết số … ngày …": a parenthesis between issuer and verb', () => {
    const t = 'Cập nhật: 22/04/2024\n\nVừa qua, Đảng ủy xã Vĩnh Giang (huyện Vĩnh Linh) đã ban hành Nghị quyết số 12-NQ/ĐU ngày 15/4/2024 về chuyển đổi số.\n';
    expect(identity(t)).toEqual({ number: '12-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-04-15', issuer: 'Đảng ủy xã Vĩnh Giang', body: 'Đảng ủy xã Vĩnh Giang', level: 'ward' });
  });

  it('reads "vừa có văn bản số …" and "Công văn hỏa tốc số …", the type then from the symbol or the word', () => {
    const a = 'Thứ Hai, 15/04/2024\n\nUBND tỉnh Bắc Giang vừa có văn bản số 2150/UBND-KTN gửi các sở, ngành về việc chống hạn.\n';
    expect(identity(a)).toEqual({ number: '2150/UBND-KTN', docType: 'Công văn', issuedOn: null, issuer: 'UBND tỉnh Bắc Giang', body: 'UBND tỉnh Bắc Giang', level: 'province' });
    const b = 'Thứ Hai, 15/04/2024\n\nSở Y tế tỉnh Khánh Hòa vừa có Công văn hỏa tốc số 1520/SYT-NVY ngày 3/6/2024 yêu cầu các bệnh viện sẵn sàng.\n';
    expect(identity(b)).toMatchObject({ number: '1520/SYT-NVY', docType: 'Công văn', issuedOn: '2024-06-03', issuer: 'Sở Y tế tỉnh Khánh Hòa', level: 'province' });
  });

  it('reads the passive "Kế hoạch số … ngày … do UBND huyện X ban hành" and a lead "Theo Kế hoạch số … của …" under a dateline', () => {
    const a = 'Thứ Hai, 15/04/2024 09:00\n\nKế hoạch số 77/KH-UBND ngày 9/4/2024 do UBND huyện Thạch Hà ban hành đặt mục tiêu trồng mới 500 ha rừng.\n';
    expect(identity(a)).toEqual({ number: '77/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-09', issuer: 'UBND huyện Thạch Hà', body: 'UBND huyện Thạch Hà', level: 'district' });
    const b = 'Tin địa phương\n\nThứ Hai, 15/04/2024 09:00\n\nTheo Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện Thạch Hà, năm nay huyện trồng mới 500 ha rừng.\n';
    expect(identity(b)).toEqual({ number: '88/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-02', issuer: 'UBND huyện Thạch Hà', body: 'UBND huyện Thạch Hà', level: 'district' });
    expect(parseDocument(b).citations).toEqual([]);
  });

  it('without a dateline, "Theo Kế hoạch số … của …" is a citation, not the document', () => {
    const t = 'Theo Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện Thạch Hà, các xã rà soát quỹ đất trồng rừng.\n';
    const r = parseDocument(t);
    expect([r.number, r.issuedOn]).toEqual([null, null]);
    expect(r.citations.map((c) => c.number)).toEqual(['88/KH-UBND']);
  });

  it('reads a text that ends right after "do" without failing', () => {
    expect(identity('Kế hoạch số 77/KH-UBND do').number).toBe('77/KH-UBND');
  });

  it('the date before the issuer is the document\'s, not that of the document cited earlier in the sentence', () => {
    const t = 'Thực hiện Công văn số 688/UBND-QLĐT ngày 05/3/2024 của UBND quận Hải Châu, ngày 08/3/2024 UBND phường Thanh Bình đã có Công văn số 95/UBND-VP chỉ đạo xóa quảng cáo rao vặt.\n';
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['95/UBND-VP', 'Công văn', '2024-03-08', 'UBND phường Thanh Bình']);
    expect(r.citations.map((c) => c.number)).toEqual(['688/UBND-QLĐT']);
  });
});

describe('a header broken up by a web copy, a saved page or a scan', () => {
  it('passes over page chrome above the header ("Cập nhật: …")', () => {
    const t = 'Cập nhật: 14/03/2024 08:15\n\nĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nQUẬN ỦY BA ĐÌNH\n*\nSố 205-TB/QU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nBa Đình, ngày 12 tháng 3 năm 2024\n\nTHÔNG BÁO\nvề công tác cải tạo chung cư cũ\n\nBan Thường vụ Quận ủy yêu cầu các đảng ủy phường rà soát.\n';
    expect(identity(t)).toEqual({ number: '205-TB/QU', docType: 'Thông báo', issuedOn: '2024-03-12', issuer: 'Ban Thường vụ Quận ủy Ba Đình', body: 'Quận ủy Ba Đình', level: 'district' });
  });

  it('reads a number line written in capitals ("SỐ: …")', () => {
    const t = 'ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSỐ: 187/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGia Lâm, ngày 14 tháng 5 năm 2025\n\nKẾ HOẠCH\nRa quân làm sạch kênh mương\n\nUBND huyện yêu cầu các xã rà soát.\n';
    expect(identity(t)).toEqual({ number: '187/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-05-14', issuer: 'UBND huyện Gia Lâm', body: 'UBND huyện Gia Lâm', level: 'district' });
  });

  it('joins the two lines of an issuer that OCR set apart with a blank line', () => {
    const t = 'ỦY BAN NHÂN DÂN\n\nHUYỆN ĐÔNG ANH\n\nSố: 2140/UBND-TNMT\n\nĐông Anh, ngày 21 tháng 8 năm 2023\n\nKính gửi: UBND các xã, thị trấn.\n\nUBND huyện yêu cầu các xã rà soát các điểm tập kết rác.\n';
    expect(identity(t)).toEqual({ number: '2140/UBND-TNMT', docType: 'Công văn', issuedOn: '2023-08-21', issuer: 'UBND huyện Đông Anh', body: 'UBND huyện Đông Anh', level: 'district' });
  });

  it('reads a place and date split over two lines ("Hà Giang," / "ngày …")', () => {
    const t = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 2318/UBND-KTTH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang,\nngày 09 tháng 8 năm 2024\n\nV/v rà soát các dự án\n\nỦy ban nhân dân tỉnh yêu cầu các sở rà soát.\n';
    const r = parseDocument(t);
    expect([r.issuedOn, r.place, r.issuer?.name, r.issuer?.level]).toEqual(['2024-08-09', 'Hà Giang', 'UBND tỉnh Hà Giang', 'province']);
    expect(at(t, r.spans.place?.[0])).toBe('Hà Giang');
  });
});

describe('issuer codes of any form, and names that are not places', () => {
  it('reads codes joined by "&" and codes in mixed case', () => {
    expect(parseNumber('123/SNN&PTNT-CCTY')).toMatchObject({ number: '123/SNN&PTNT-CCTY', issuerCode: 'SNN&PTNT', docType: 'Công văn' });
    expect(parseNumber('15-HD/BTGTw')).toMatchObject({ family: 'party', issuerCode: 'BTGTw', docType: 'Hướng dẫn' });
    expect(codeBody(parseNumber('15-HD/BTGTw'))).toEqual({ committee: 'Trung ương', part: 'Ban Tuyên giáo' });
  });

  it('reads a committee code followed by a qualifier it does not list (ĐUKCCQ) as that committee', () => {
    expect(codeBody(parseNumber('05-TB/ĐUKCCQ'))).toEqual({ committee: 'Đảng ủy Khối', part: null });
  });

  it('does not read "Đảng" as the commune whose name folds to it', () => {
    const ctx = { province: null, district: null, ward: null, level: null, unlisted: null, issuerBody: null, scope: 'doc-test', text: '', warnings: new Warnings() };
    expect(findPlace('Đảng', 'ward', [], ctx, null)).toBeNull();
    expect(ctx.warnings.all()).toEqual([]);
  });

  it('names an organ of the Central Committee as it signs: "Ban Tuyên giáo Trung ương"', () => {
    const t = 'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 118-HD/BTGTW\n\nHà Nội, ngày 21 tháng 4 năm 2023\n\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày giải phóng\n\nBan Tuyên giáo Trung ương hướng dẫn như sau:\n';
    expect(identity(t)).toMatchObject({ number: '118-HD/BTGTW', docType: 'Hướng dẫn', issuedOn: '2023-04-21', issuer: 'Ban Tuyên giáo Trung ương', level: 'central' });
  });
});
