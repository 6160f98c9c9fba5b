import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own issuer in the forms the third identity round met (issue 9): a district's or a
 * province's "Đảng bộ", the 2025 "Ban Tuyên giáo và Dân vận" spelled either way, a police
 * department's header, a signature block wrapped or without its signer. Every text here is written
 * for these tests.
 */

const issuerOf = (text: string) => {
  const r = parseDocument(text);
  return { name: r.issuer?.name ?? null, key: r.issuer?.key ?? null, level: r.issuer?.level ?? null };
};

const partyHeader = (top: string, organ: string, num: string) => [
  top, organ, '*', `Số ${num}`, '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Đông Hà, ngày 20 tháng 5 năm 2025', '',
  'KẾ HOẠCH', 'tuyên truyền kỷ niệm ngày thống nhất đất nước', '',
].join('\n');

describe('a district\'s or a province\'s "Đảng bộ" is its committee', () => {
  it('reads "Ban Chấp hành Đảng bộ huyện Hương Sơn thống nhất …" as the Huyện ủy acting, not "… Đảng bộ các xã …"', () => {
    const text = [
      'Ban Chấp hành Đảng bộ huyện Hương Sơn thống nhất đánh giá kết quả lãnh đạo năm 2024.',
      '',
      'Ban Chấp hành Đảng bộ huyện yêu cầu:',
      '',
      '1. Các tổ chức cơ sở đảng chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2030.',
      '',
      'Kết luận này được phổ biến đến chi bộ.',
    ].join('\n');
    expect(issuerOf(text)).toEqual({ name: 'Ban Chấp hành Đảng bộ huyện Hương Sơn', key: 'org:huyen-uy@d439', level: 'district' });
    expect(parseDocument(text).docType).toBe('Kết luận');
  });

  it('gives "Đảng bộ tỉnh Quảng Trị" the Tỉnh ủy\'s node', () => {
    const text = 'Đảng bộ tỉnh Quảng Trị thống nhất đánh giá tình hình năm 2024.\n\n1. Các huyện ủy, thị ủy tổ chức quán triệt nghị quyết.';
    expect(issuerOf(text)).toEqual({ name: 'Tỉnh ủy Quảng Trị', key: 'org:tinh-uy@p45', level: 'province' });
  });

  it('makes "ĐẢNG BỘ TỈNH QUẢNG TRỊ / BAN TUYÊN GIÁO" an organ of the Tỉnh ủy', () => {
    const text = `${partyHeader('ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'BAN TUYÊN GIÁO', '34-KH/BTGTU')}1. Báo Quảng Trị mở chuyên mục.`;
    expect(issuerOf(text)).toEqual({ name: 'Ban Tuyên giáo Tỉnh ủy Quảng Trị', key: 'org:ban-tuyen-giao-tinh-uy@p45', level: 'province' });
  });

  it('keeps a ward\'s "Ban Chấp hành Đảng bộ phường …" at ward level', () => {
    const text = 'Ban Chấp hành Đảng bộ phường Trung Đô xác định nhiệm vụ trọng tâm.\n\n1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.';
    // One node with the Đảng ủy phường (fourth round: a ward's Đảng bộ as issuer is its committee).
    expect(issuerOf(text)).toEqual({ name: 'Ban Chấp hành Đảng bộ phường Trung Đô', key: 'org:dang-uy@w16699', level: 'ward' });
  });
});

describe('the 2025 "Ban Tuyên giáo và Dân vận": one canonical name, either spelling', () => {
  it('reads the header "BAN TUYÊN GIÁO VÀ DÂN VẬN" whole, and its central counterpart in a citation', () => {
    const text = `${partyHeader('ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', '34-KH/BTGDVTU')}`
      + 'Căn cứ Hướng dẫn số 12-HD/BTGDVTW ngày 02/4/2025 của Ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng Kế hoạch như sau:\n\n'
      + '1. Báo Quảng Trị mở chuyên mục.';
    const r = parseDocument(text);
    expect(issuerOf(text)).toEqual({ name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị', key: 'org:ban-tuyen-giao-va-dan-van-tinh-uy@p45', level: 'province' });
    expect(r.citations.map((c) => [c.number, c.issuer?.name, c.relation])).toEqual([['12-HD/BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương', 'basis']]);
  });

  it('resolves the dash spelling "Ban Tuyên giáo – Dân vận" to the same name and node', () => {
    const dash = 'Ban Tuyên giáo – Dân vận Tỉnh ủy Quảng Trị hướng dẫn tuyên truyền như sau:\n\n1. Báo Quảng Trị mở chuyên mục.';
    const va = 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị hướng dẫn tuyên truyền như sau:\n\n1. Báo Quảng Trị mở chuyên mục.';
    expect(issuerOf(dash)).toEqual(issuerOf(va));
    expect(issuerOf(dash).name).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị');
  });
});

describe('a police department\'s header', () => {
  const body = (place: string) => [
    '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', `${place}, ngày 14 tháng 3 năm 2024`, '',
    'KẾ HOẠCH', 'kiểm tra nồng độ cồn', '', '1. Công an các huyện bố trí lực lượng kiểm tra.',
  ].join('\n');

  it('reads "CÔNG AN TỈNH QUẢNG NAM / PHÒNG CẢNH SÁT GIAO THÔNG" as the province police\'s department, not Tam Kỳ\'s', () => {
    const text = `CÔNG AN TỈNH QUẢNG NAM\nPHÒNG CẢNH SÁT GIAO THÔNG\n\nSố: 215/KH-PC08\n${body('Tam Kỳ')}`;
    expect(issuerOf(text)).toEqual({ name: 'Phòng Cảnh sát giao thông Công an tỉnh Quảng Nam', key: 'org:phong-canh-sat-giao-thong-cong-an@p49', level: 'province' });
  });

  it('keeps "CÔNG AN TỈNH HÀ TĨNH / CÔNG AN HUYỆN CAN LỘC" the district police, whatever the date line\'s place', () => {
    const text = `CÔNG AN TỈNH HÀ TĨNH\nCÔNG AN HUYỆN CAN LỘC\n\nSố: 12/KH-CAH\n${body('Nghèn')}`;
    expect(issuerOf(text)).toEqual({ name: 'Công an huyện Can Lộc', key: 'org:cong-an@d443', level: 'district' });
  });

  it('leaves a State department under its people\'s committee to its own level: "UBND TỈNH QUẢNG NAM / SỞ Y TẾ"', () => {
    const text = `UBND TỈNH QUẢNG NAM\nSỞ Y TẾ\n\nSố: 12/KH-SYT\n${body('Tam Kỳ')}`;
    expect(issuerOf(text)).toEqual({ name: 'Sở Y tế tỉnh Quảng Nam', key: 'org:so-y-te@p49', level: 'province' });
  });
});

describe('the signature block of a headless fragment', () => {
  const items = '\n\n1. Các thôn tổ chức ra quân dọn vệ sinh môi trường.\n\n2. Trạm y tế xã phun thuốc khử khuẩn.\n\n';

  it('reads a capacity wrapped before its place: "TM. ỦY BAN NHÂN DÂN / XÃ THẠCH ĐÀI"', () => {
    const text = `Để chủ động phòng, chống dịch sốt xuất huyết, UBND xã yêu cầu các thôn thực hiện tốt các nội dung sau:${items}TM. ỦY BAN NHÂN DÂN\nXÃ THẠCH ĐÀI\nCHỦ TỊCH\n\nNguyễn Văn An`;
    expect(issuerOf(text)).toEqual({ name: 'UBND xã Thạch Đài', key: 'org:ubnd@w18643', level: 'ward' });
  });

  it('reads a block whose signer\'s name is lost, and ends the body before it', () => {
    const text = `Các chi bộ trực thuộc tổ chức quán triệt nghị quyết.${items}T/M ĐẢNG ỦY XÃ THẠCH ĐÀI\nBÍ THƯ`;
    const r = parseDocument(text);
    expect(issuerOf(text)).toEqual({ name: 'Đảng ủy xã Thạch Đài', key: 'org:dang-uy@w18643', level: 'ward' });
    expect(r.assignments.map((a) => a.text)).toEqual(['Các thôn tổ chức ra quân dọn vệ sinh môi trường.', 'Trạm y tế xã phun thuốc khử khuẩn.']);
    expect(r.warnings.map((w) => w.code)).not.toContain('UNIT_UNRESOLVED');
  });
});

describe('a news lead that names the document in other ways', () => {
  const article = (lead: string) => [
    'Hà Tĩnh đẩy mạnh chuyển đổi số', '', 'Thứ Sáu, 12/04/2024 - 08:15', '', `(Báo Hà Tĩnh) - ${lead}`, '',
    'Theo đó, các sở, ngành tập trung rà soát thủ tục hành chính.', '', 'Phan Hà',
  ].join('\n');
  const identity = (text: string) => {
    const r = parseDocument(text);
    return [r.number, r.docType, r.issuedOn, r.issuer?.name ?? null];
  };

  it('reads "Tại Công văn số … ngày … gửi …, UBND tỉnh … yêu cầu …": the subject after the comma is the issuer', () => {
    const text = article('Tại Công văn số 1234/UBND-NL1 ngày 10/4/2024 gửi các sở, ngành, UBND tỉnh Hà Tĩnh yêu cầu đẩy mạnh chuyển đổi số.');
    expect(identity(text)).toEqual(['1234/UBND-NL1', 'Công văn', '2024-04-10', 'UBND tỉnh Hà Tĩnh']);
    expect(parseDocument(text).citations).toEqual([]);
  });

  it('reads a lead whose subject is the document: "Kế hoạch 112/KH-UBND ngày … của UBND tỉnh … đặt mục tiêu …"', () => {
    const text = article('Kế hoạch 112/KH-UBND ngày 10/4/2024 của UBND tỉnh Hà Tĩnh đặt mục tiêu đến năm 2025 có 80% hồ sơ trực tuyến.');
    expect(identity(text)).toEqual(['112/KH-UBND', 'Kế hoạch', '2024-04-10', 'UBND tỉnh Hà Tĩnh']);
  });

  it('reads a council that passed a resolution, its term between: "HĐND tỉnh Hà Tĩnh khóa XVIII đã thông qua Nghị quyết số …"', () => {
    const text = article('HĐND tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 19 đã thông qua Nghị quyết số 45/2024/NQ-HĐND về chuyển đổi số.');
    expect(identity(text)).toEqual(['45/2024/NQ-HĐND', 'Nghị quyết', null, 'HĐND tỉnh Hà Tĩnh']);
  });

  it('does not take "được triển khai thông qua Kế hoạch số …" (through a plan) for an announcement', () => {
    const text = article('Các dự án được triển khai thông qua Kế hoạch số 45/KH-UBND của UBND tỉnh Hà Tĩnh.');
    expect(identity(text)[0]).toBeNull();
  });
});

describe('bodies whose names the vocabulary read wrong', () => {
  it('reads a province\'s bloc committee: "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP" under "ĐẢNG BỘ TỈNH HÀ TĨNH" (was "Đảng ủy phường Khối")', () => {
    const text = [
      'ĐẢNG BỘ TỈNH HÀ TĨNH', 'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP', '*', 'Số 45-KH/ĐUK', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '',
      'Hà Tĩnh, ngày 20 tháng 5 năm 2024', '', 'KẾ HOẠCH', 'tuyên truyền', '', '1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.',
    ].join('\n');
    expect(issuerOf(text)).toEqual({ name: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh', key: 'org:dang-uy-khoi-co-quan-va-doanh-nghiep@p42', level: 'province' });
  });

  it('reads "Đảng ủy Khối các cơ quan tỉnh" as a cited issuer of the province', () => {
    const text = 'Thực hiện Chỉ thị số 12-CT/ĐUK ngày 3/4/2024 của Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh, Đảng ủy xã Thạch Đài yêu cầu:\n\n1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.';
    expect(parseDocument(text).citations.map((c) => [c.number, c.issuer?.name])).toEqual([['12-CT/ĐUK', 'Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh']]);
  });

  it('ends a department\'s name at its province\'s: "Sở Thông tin và Truyền thông Hà Tĩnh đề nghị …"', () => {
    const text = 'Sở Thông tin và Truyền thông Hà Tĩnh đề nghị các đơn vị thực hiện các nội dung sau:\n\n1. Các đơn vị rà soát hệ thống thông tin.';
    expect(issuerOf(text)).toEqual({ name: 'Sở Thông tin và Truyền thông tỉnh Hà Tĩnh', key: 'org:so-thong-tin-va-truyen-thong@p42', level: 'province' });
  });
});

describe('a signed fragment that opens on its superior\'s document', () => {
  const items = '\n\n1. Các xã, thị trấn rà soát các hộ nghèo.\n\n2. Phòng Lao động - Thương binh và Xã hội tổng hợp kết quả.\n\n';
  const opening = 'Ngày 12/3/2024, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch số 45/KH-UBND về giảm nghèo bền vững. Để triển khai kịp thời, Ủy ban nhân dân huyện Can Lộc yêu cầu các cơ quan, đơn vị:';

  it('takes the lead-in\'s body for its issuer, and cites the announced plan', () => {
    const r = parseDocument(`${opening}${items}TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An`);
    expect([r.number, r.issuer?.name]).toEqual([null, 'UBND huyện Can Lộc']);
    expect(r.citations.map((c) => [c.number, c.issuer?.name])).toEqual([['45/KH-UBND', 'UBND tỉnh Hà Tĩnh']]);
  });

  it('leaves an unsigned text (an article\'s copy) to the document it announces', () => {
    const r = parseDocument(`${opening}${items}`);
    expect([r.number, r.issuer?.name]).toEqual(['45/KH-UBND', 'UBND tỉnh Hà Tĩnh']);
  });
});

describe('a header body of no level of its own sits where the line above it says', () => {
  const body = (place: string) => [
    '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', `${place}, ngày 14 tháng 3 năm 2024`, '',
    'KẾ HOẠCH', 'kiểm tra', '', '1. Các đơn vị tổ chức thực hiện.',
  ].join('\n');

  it('reads "UBND HUYỆN CAN LỘC / BAN CHỈ ĐẠO 389" as the district\'s board (was "… 389 quận")', () => {
    expect(issuerOf(`UBND HUYỆN CAN LỘC\nBAN CHỈ ĐẠO 389\n\nSố: 12/KH-BCĐ389\n${body('Can Lộc')}`))
      .toEqual({ name: 'Ban Chỉ đạo 389 huyện Can Lộc', key: 'org:ban-chi-dao-389@d443', level: 'district' });
  });

  it('reads "SỞ Y TẾ HÀ TĨNH / TRUNG TÂM KIỂM SOÁT BỆNH TẬT" as the province\'s centre', () => {
    expect(issuerOf(`SỞ Y TẾ HÀ TĨNH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n\nSố: 12/KH-KSBT\n${body('Hà Tĩnh')}`))
      .toEqual({ name: 'Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh', key: 'org:trung-tam-kiem-soat-benh-tat@p42', level: 'province' });
  });

  it('prefers the line above to a date line that names the district\'s town: "UBND HUYỆN CAN LỘC / PHÒNG Y TẾ", "Nghèn, ngày …"', () => {
    expect(issuerOf(`UBND HUYỆN CAN LỘC\nPHÒNG Y TẾ\n\nSố: 12/KH-PYT\n${body('Nghèn')}`))
      .toEqual({ name: 'Phòng Y tế huyện Can Lộc', key: 'org:phong-y-te@d443', level: 'district' });
  });
});
