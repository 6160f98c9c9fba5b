import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity as portals and headless fragments give it (issue 9): a portal's
 * property table, a page heading without "số", "<type> này" in the body, the date line printed
 * above the signature, a Party committee's "… xác định". Every document here is written for these
 * tests.
 */

const at = (text: string, span: readonly [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : null);
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null, level: r.issuer?.level ?? null };
};

describe("a portal's property table stands in for the header", () => {
  // As the HTML reader writes a property table: one `label: value` line per row.
  const text = [
    'Kế hoạch 96/KH-UBND năm 2024 về phân loại rác tại nguồn',
    '',
    'Số ký hiệu: 96/KH-UBND',
    'Ngày ban hành: 14/03/2024',
    'Loại văn bản: Kế hoạch',
    'Cơ quan ban hành: UBND phường Quang Trung',
    'Người ký: Trần Văn Hòa',
    'Trích yếu: Triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn phường năm 2024',
    '',
    'Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân quận Hà Đông về quản lý chất thải rắn sinh hoạt, Ủy ban nhân dân phường triển khai như sau:',
    '',
    '1. Các tổ dân phố tuyên truyền đến từng hộ gia đình về lợi ích của việc phân loại rác.',
  ].join('\n');

  it('reads number, date, type and issuer from "Số ký hiệu", "Ngày ban hành", "Loại văn bản", "Cơ quan ban hành"', () => {
    expect(identity(text)).toEqual({ number: '96/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-14', issuer: 'UBND phường Quang Trung', level: 'ward' });
  });

  it('points the spans at the values and says where they came from', () => {
    const r = parseDocument(text);
    expect(at(text, r.spans.number?.[0])).toBe('96/KH-UBND');
    expect(r.spans.number?.[0]?.[0]).toBe(text.indexOf('Số ký hiệu: ') + 'Số ký hiệu: '.length);
    expect(at(text, r.spans.issuedOn?.[0])).toBe('14/03/2024');
    expect(at(text, r.spans.issuer?.[0])).toBe('UBND phường Quang Trung');
    expect(r.warnings.map((w) => w.code)).toEqual(['IDENTITY_FROM_TEXT']);
    expect(r.warnings[0]!.message).toBe("the document has no header: its number, type, date, issuer from the page's property table");
  });

  it('never cites its own number: only the plan it carries out', () => {
    expect(parseDocument(text).citations.map((c) => [c.number, c.issuer?.name, c.relation])).toEqual([['41/KH-UBND', 'UBND quận Hà Đông', 'implements']]);
  });

  it('reads a web copy of the table, label and value split by "|" or a tab', () => {
    const t = [
      'Số ký hiệu | 18-HD/BTGDVTU',
      'Ngày ban hành\t03/4/2025',
      'Loại văn bản | Hướng dẫn',
      'Cơ quan ban hành | Ban Tuyên giáo – Dân vận Tỉnh ủy Nghệ An',
      '',
      'Ban Tuyên giáo – Dân vận Tỉnh ủy hướng dẫn các cấp ủy tổ chức tuyên truyền kỷ niệm ngày Giải phóng miền Nam như sau:',
      '',
      '1. Các huyện ủy, thành ủy, thị ủy xây dựng kế hoạch tuyên truyền.',
    ].join('\n');
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['18-HD/BTGDVTU', 'Hướng dẫn', '2025-04-03', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An']);
    expect(r.citations).toEqual([]);
  });

  it('prefers the document\'s own "Thông báo kết luận" to the portal\'s coarser "Thông báo"', () => {
    const t = [
      'Số ký hiệu: 215-TB/QU',
      'Loại văn bản: Thông báo',
      '',
      'THÔNG BÁO KẾT LUẬN',
      'của Ban Thường vụ Quận ủy về công tác giải phóng mặt bằng',
      '',
      'Ban Thường vụ Quận ủy Ngô Quyền yêu cầu các chi, đảng bộ tập trung lãnh đạo công tác giải phóng mặt bằng.',
    ].join('\n');
    expect(parseDocument(t).docType).toBe('Thông báo kết luận');
  });

  it('keeps a header number line apart: "Số: 96/KH-UBND" is still read as the header\'s', () => {
    const t = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG QUANG TRUNG', 'Số: 96/KH-UBND', 'Hà Đông, ngày 14 tháng 3 năm 2024', 'KẾ HOẠCH', 'Phân loại rác tại nguồn', '', 'Ủy ban nhân dân phường ban hành Kế hoạch như sau:'].join('\n');
    const r = parseDocument(t);
    expect([r.number, r.issuedOn]).toEqual(['96/KH-UBND', '2024-03-14']);
    expect(r.warnings.map((w) => w.code)).not.toContain('IDENTITY_FROM_TEXT');
  });
});

describe('a page heading without "số"', () => {
  it('reads "Công văn 412-CV/HU ngày 05/6/2024 của Huyện ủy Thạch Hà về …" as a title line', () => {
    const t = [
      'Công văn 412-CV/HU ngày 05/6/2024 của Huyện ủy Thạch Hà về tăng cường phòng, chống đuối nước cho trẻ em dịp hè',
      '',
      'Kính gửi: Các chi bộ, đảng bộ trực thuộc Huyện ủy.',
      '',
      'Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc thực hiện tốt các nội dung sau:',
      '',
      '1. Chỉ đạo rà soát, cắm biển cảnh báo tại các ao hồ, sông suối nguy hiểm.',
    ].join('\n');
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.body, r.issuer?.level]).toEqual(['412-CV/HU', 'Công văn', '2024-06-05', 'Huyện ủy Thạch Hà', 'district']);
    expect(r.citations).toEqual([]);
  });

  it('reads a State heading with a year in the symbol: "Nghị quyết 45/2024/NQ-HĐND ngày …"', () => {
    const t = 'Nghị quyết 45/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh Hà Tĩnh về chính sách hỗ trợ người có công\n\nHội đồng nhân dân tỉnh quyết nghị các nội dung sau:\n';
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['45/2024/NQ-HĐND', 'Nghị quyết', '2024-12-10', 'HĐND tỉnh Hà Tĩnh']);
  });

  it('does not take a sentence that starts with a type word and a number for a title', () => {
    const t = 'Kế hoạch 58/KH-UBND của huyện đã đạt nhiều kết quả.\n\nTrong năm, các xã hoàn thành chỉ tiêu.\n';
    expect(parseDocument(t).number).toBe(null);
  });
});

describe('a headless fragment names itself near its end', () => {
  const text = [
    'Để bảo đảm công tác phòng, chống thiên tai trong mùa mưa bão năm 2024 được chủ động, UBND xã Cẩm Hưng yêu cầu các thôn thực hiện tốt các nội dung sau:',
    '',
    '1. Các thôn kiện toàn đội xung kích phòng, chống thiên tai.',
    '',
    'Kế hoạch này được phổ biến đến từng thôn. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về UBND xã để xem xét./.',
    '',
    'Cẩm Hưng, ngày 12 tháng 4',
    'năm 2024',
    '',
    'Nơi nhận:',
    '- UBND huyện Cẩm Xuyên (b/c);',
    '- Lưu VP UBND xã.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
  ].join('\n');

  it('takes its type from "Kế hoạch này" and its date from the line above the signature, wrapped over two lines', () => {
    const r = parseDocument(text);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name, r.issuer?.level]).toEqual([null, 'Kế hoạch', '2024-04-12', 'UBND xã Cẩm Hưng', 'ward']);
    expect(at(text, r.spans.issuedOn?.[0])).toBe('ngày 12 tháng 4\nnăm 2024');
  });

  it('reads the date with the place on the line before: "Hà Tĩnh,\\nngày 08 tháng 5 năm 2024"', () => {
    const t = 'Nhận được Công văn này, đề nghị các đơn vị triển khai thực hiện./.\n\nHà Tĩnh,\nngày 08 tháng 5 năm 2024\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n';
    const r = parseDocument(t);
    expect([r.docType, r.issuedOn]).toEqual(['Công văn', '2024-05-08']);
  });

  it('does not take a date inside a sentence for the document\'s', () => {
    const t = 'Thông báo này thay cho lịch họp đã gửi. Hội nghị dự kiến tổ chức vào ngày 12 tháng 4 năm 2024 tại hội trường.\n';
    const r = parseDocument(t);
    expect([r.docType, r.issuedOn]).toEqual(['Thông báo', null]);
  });

  it('takes a Party issuer from "Ban Chấp hành Đảng bộ phường … xác định"', () => {
    const t = [
      'Ban Chấp hành Đảng bộ phường Trung Đô xác định công tác xây dựng, chỉnh đốn Đảng là nhiệm vụ then chốt trong năm 2024.',
      '',
      '1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề mỗi quý.',
      '',
      'Thông báo này được phổ biến đến các chi bộ.',
      '',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
    ].join('\n');
    const r = parseDocument(t);
    expect([r.docType, r.issuer?.name, r.issuer?.body, r.issuer?.level, r.family]).toEqual(['Thông báo', 'Ban Chấp hành Đảng bộ phường Trung Đô', 'Đảng ủy phường Trung Đô', 'ward', 'party']);
  });
});

describe('numbers of every form the domain guide lists, in a header as web copies give it', () => {
  const header = (issuer: string, num: string, place: string, heading: string) =>
    `${issuer}\n${num}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${place}, ngày 5 tháng 3 năm 2024\n${heading}\nvề bảo đảm an toàn giao thông\n\nĐơn vị triển khai thực hiện các nội dung sau:\n`;

  it('joins a number cut after its slash: "Số: 117/" then "KH-UBND"', () => {
    const r = parseDocument(header('ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ', 'Số: 117/\nKH-UBND', 'Hương Khê', 'KẾ HOẠCH'));
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['117/KH-UBND', 'Kế hoạch', '2024-03-05', 'UBND huyện Hương Khê']);
  });

  it('joins a Party number cut after its dash: "Số 25-" then "CV/HU"', () => {
    const t = 'ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY CAN LỘC\nSố 25-\nCV/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nCan Lộc, ngày 3 tháng 4 năm 2024\nV/v tổng kết công tác dân vận\n\nBan Thường vụ Huyện ủy yêu cầu các chi, đảng bộ thực hiện:\n';
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.body]).toEqual(['25-CV/HU', 'Công văn', '2024-04-03', 'Huyện ủy Can Lộc']);
  });

  it('reads a symbol a web copy lowered: "Số: 08/kh-ubnd"', () => {
    const r = parseDocument(header('ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ', 'Số: 08/kh-ubnd', 'Hương Khê', 'KẾ HOẠCH'));
    expect([r.number, r.docType]).toEqual(['08/KH-UBND', 'Kế hoạch']);
    expect(r.warnings.map((w) => w.code)).not.toContain('NUMBER_MALFORMED');
  });

  it.each([
    ['Số:    96   /KH-UBND', '96/KH-UBND', 'Kế hoạch'],
    ['Số: 312/CAH-CSGT', '312/CAH-CSGT', 'Công văn'],
    ['Số: 287/KH-CAT-PV01', '287/KH-CAT-PV01', 'Kế hoạch'],
    ['Số: 14/KH-BCĐ389', '14/KH-BCĐ389', 'Kế hoạch'],
    ['Số: 45/2024/NQ-HĐND', '45/2024/NQ-HĐND', 'Nghị quyết'],
    ['Số: 21/TTr-UBND', '21/TTr-UBND', 'Tờ trình'],
    ['Số: 18-HD/BTGDVTU', '18-HD/BTGDVTU', 'Hướng dẫn'],
    ['Số: 07-QyĐ/HU', '07-QyĐ/HU', 'Quy định'],
  ])('reads "%s" as %s (%s)', (line, number, type) => {
    const r = parseDocument(header('CÔNG AN HUYỆN HƯƠNG KHÊ', line, 'Hương Khê', ''));
    expect([r.number, r.docType]).toEqual([number, type]);
    expect(r.citations.map((c) => c.number)).not.toContain(number);
  });
});

describe('the archive copy of the Nơi nhận names the issuer of a fragment that names it nowhere else', () => {
  it('takes the owner of "VP UBND huyện Can Lộc" in "- Lưu: VT, VP UBND huyện Can Lộc."', () => {
    const t = [
      '1. Các phòng, ban chuyên môn rà soát thủ tục hành chính thuộc lĩnh vực phụ trách.',
      '2. Các xã, thị trấn niêm yết công khai thủ tục tại bộ phận một cửa.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, VP UBND huyện Can Lộc.',
      '',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '',
      'Nguyễn Văn Bình',
    ].join('\n');
    const r = parseDocument(t);
    expect([r.issuer?.name, r.issuer?.level]).toEqual(['UBND huyện Can Lộc', 'district']);
    expect(at(t, r.spans.issuer?.[0])).toBe('UBND huyện Can Lộc');
    expect(r.warnings.find((w) => w.code === 'IDENTITY_FROM_TEXT')?.message).toBe('the document has no header: its issuer from the archive copy of its Nơi nhận');
  });

  it('takes a Party committee from "- Lưu Văn phòng Đảng ủy xã Thạch Hòa." and the type from "Kế hoạch này"', () => {
    const t = 'Kế hoạch này được triển khai đến các chi bộ.\n\nNơi nhận:\n- Các chi bộ;\n- Lưu Văn phòng Đảng ủy xã Thạch Hòa.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrần Văn Nam\n';
    const r = parseDocument(t);
    expect([r.docType, r.issuer?.body, r.issuer?.level, r.family]).toEqual(['Kế hoạch', 'Đảng ủy xã Thạch Hoà', 'ward', 'party']);
    expect(r.warnings.filter((w) => w.code === 'IDENTITY_FROM_TEXT').map((w) => w.message)).toEqual([
      'the document has no header: its issuer from the archive copy of its Nơi nhận',
      'the document has no header: its type from its closing lines',
    ]);
  });

  it('leaves the issuer a body sentence names: the archive copy is read only when nothing else names one', () => {
    const t = 'UBND xã Cẩm Hưng yêu cầu các thôn thực hiện các nội dung sau:\n\n1. Các thôn dọn vệ sinh đường làng.\n\nNơi nhận:\n- Lưu: VT, VP UBND huyện Cẩm Xuyên.\n';
    expect(parseDocument(t).issuer?.name).toBe('UBND xã Cẩm Hưng');
  });
});

describe('a news lead names the document with a word between its type and its number', () => {
  it.each([
    ['Nghị quyết chuyên đề số 05-NQ/HU', '05-NQ/HU', 'Nghị quyết'],
    ['Công văn hỏa tốc số 1204/SYT-NVY', '1204/SYT-NVY', 'Công văn'],
    ['Kế hoạch liên tịch số 12/KH-LT', '12/KH-LT', 'Kế hoạch'],
  ])('reads "%s"', (named, number, type) => {
    const t = `Hà Tĩnh\n15/3/2024 08:00\nVừa qua, Ủy ban nhân dân huyện Can Lộc đã ban hành ${named} ngày 10/3/2024 về chuyển đổi số giai đoạn 2024-2025.\n`;
    const r = parseDocument(t);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual([number, type, '2024-03-10', 'UBND huyện Can Lộc']);
    expect(r.citations).toEqual([]);
  });
});
