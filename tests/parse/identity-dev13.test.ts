import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own issuer and type from the tune split's misses of 2026-12-06 evening
 * (docs/extraction-rounds.md, "Round of 2026-12-06 evening (own issuer and type, tune)"): each case one
 * structure of the header or the title, on short documents written for this test in their own words,
 * with a variant in another province or another kind of body, and a guard where the rule has an edge.
 */
const doc = (header: string, number: string, place: string, type = 'KẾ HOẠCH') => `${header}
Số: ${number}                    ${place}, ngày 12 tháng 3 năm 2024

${type}
Tổ chức đợt ra quân năm 2024

Căn cứ tình hình thực tế của địa phương, ban hành ${type === 'KẾ HOẠCH' ? 'Kế hoạch' : 'văn bản'} như sau:

1. Các thành viên kiểm tra theo lĩnh vực được phân công.
`;
const issuer = (text: string) => parseDocument(text).issuer?.name ?? null;

describe('a board\'s or council\'s name in capitals in the issuer cell, under its superior\'s line', () => {
  it('"UBND HUYỆN X / BAN CHỈ ĐẠO LIÊN NGÀNH / VỀ …": the topic wrapped onto the next line is the board\'s, the place its superior\'s', () => {
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nBAN CHỈ ĐẠO LIÊN NGÀNH\nVỀ VỆ SINH MÔI TRƯỜNG', '14/KH-BCĐ', 'Đắk Glong')))
      .toBe('Ban Chỉ đạo liên ngành về vệ sinh môi trường huyện Đăk Glong');
  });

  it('the same on one line, the topic with a comma ("… VỀ PHÒNG, CHỐNG MA TÚY"), in another province', () => {
    expect(issuer(doc('UBND HUYỆN QUẢNG XƯƠNG\nBAN CHỈ ĐẠO LIÊN NGÀNH VỀ PHÒNG, CHỐNG MA TÚY', '31/KH-BCĐ', 'Quảng Xương')))
      .toBe('Ban Chỉ đạo liên ngành về phòng, chống ma túy huyện Quảng Xương');
  });

  it('a council whose name wraps after its comma ("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, / GIÁO DỤC PHÁP LUẬT")', () => {
    expect(issuer(doc('UBND HUYỆN KRÔNG NĂNG\nHỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT', '05/KH-HĐPH', 'Krông Năng')))
      .toBe('Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện Krông Năng');
  });

  it('a town\'s board whose topic holds "nông thôn" ("thôn" is also a village), wrapped over a motto line', () => {
    const text = `UBND THỊ XÃ NGHI SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO XÂY DỰNG           Độc lập - Tự do - Hạnh phúc
NÔNG THÔN MỚI
Số: 22/TB-BCĐ                    Nghi Sơn, ngày 05 tháng 02 năm 2025

THÔNG BÁO
Phân công thành viên phụ trách tiêu chí

Ban Chỉ đạo phân công nhiệm vụ như sau:

1. Phòng Kinh tế thị xã phụ trách tiêu chí thu nhập.
`;
    expect(issuer(text)).toBe('Ban Chỉ đạo xây dựng nông thôn mới thị xã Nghi Sơn');
  });

  it('the civil-defence command ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ") of a commune and of a district: one name, not "Ban" and a Phòng', () => {
    expect(issuer(doc('UBND XÃ HOÀNG ĐỒNG\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ', '07/PA-BCH', 'Hoàng Đồng', 'PHƯƠNG ÁN'))).toBe('Ban Chỉ huy Phòng thủ dân sự xã Hoàng Đồng');
    expect(issuer(doc('UBND HUYỆN THẠCH HÀ\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ', '12/PA-BCH', 'Thạch Hà', 'PHƯƠNG ÁN'))).toBe('Ban Chỉ huy Phòng thủ dân sự huyện Thạch Hà');
  });

  it('guard: a department with a level of its own, and a body the sentence-case reading does not fill, read as before', () => {
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nPHÒNG Y TẾ', '14/KH-PYT', 'Đắk Glong'))).toBe('Phòng Y tế huyện Đăk Glong');
    // (the name's second line starts no unit of its own: since webhead34 it is read as the name's end, as a
    // company's name wrapped over two lines is; the board-cell reading still leaves it)
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nBAN QUẢN LÝ DỰ ÁN\nĐẦU TƯ XÂY DỰNG', '14/KH-BQLDA', 'Đắk Glong'))).toBe('Ban Quản lý dự án đầu tư xây dựng huyện Đăk Glong');
  });
});

describe('a board under a Party committee\'s line is the committee\'s', () => {
  it('"HUYỆN ỦY X / BAN CHỈ ĐẠO 35": Ban Chỉ đạo 35 Huyện ủy X', () => {
    expect(issuer(doc('HUYỆN ỦY THẠCH HÀ\nBAN CHỈ ĐẠO 35\n*', '09-KH/BCĐ', 'Thạch Hà'))).toBe('Ban Chỉ đạo 35 Huyện ủy Thạch Hà');
  });

  it('under a city committee, below the province\'s Party organisation', () => {
    expect(issuer(doc('ĐẢNG BỘ TỈNH NINH BÌNH\nTHÀNH ỦY TAM ĐIỆP\nBAN CHỈ ĐẠO 35\n*', '04-KH/BCĐ', 'Tam Điệp'))).toBe('Ban Chỉ đạo 35 Thành ủy Tam Điệp');
  });

  it('guard: under a people\'s committee the board is the area\'s ("Ban Chỉ đạo 389 tỉnh X"); an organ of the committee reads as before', () => {
    expect(issuer(doc('UBND TỈNH HÀ TĨNH\nBAN CHỈ ĐẠO 389', '17/KH-BCĐ389', 'Hà Tĩnh'))).toBe('Ban Chỉ đạo 389 tỉnh Hà Tĩnh');
    expect(issuer(doc('HUYỆN ỦY THẠCH HÀ\nBAN TUYÊN GIÁO\n*', '09-KH/BTGHU', 'Thạch Hà'))).toBe('Ban Tuyên giáo Huyện ủy Thạch Hà');
  });
});

describe('"BAN CHẤP HÀNH TRUNG ƯƠNG" beside a mass organisation\'s name is that organisation\'s central committee', () => {
  it('the organisation\'s line above: Trung ương Hội Nông dân Việt Nam', () => {
    expect(issuer(doc('HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n***', '112-HD/HNDTW', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Trung ương Hội Nông dân Việt Nam');
  });

  it('the Youth Union\'s name where the State prints the motto: Trung ương Đoàn', () => {
    expect(issuer(doc('BAN CHẤP HÀNH TRUNG ƯƠNG                ĐOÀN TNCS HỒ CHÍ MINH\n***', '88-HD/TWĐTN-BTN', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Trung ương Đoàn');
  });

  it('guard: alone, or over a province\'s association, it reads as before', () => {
    expect(issuer(doc('BAN CHẤP HÀNH TRUNG ƯƠNG\n*', '50-HD/TW', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Ban Chấp hành Trung ương');
    expect(issuer(doc('HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nBAN CHẤP HÀNH', '12-HD/HNDT', 'Nam Định', 'HƯỚNG DẪN'))).toBe('Ban Chấp hành Hội Nông dân tỉnh Nam Định');
  });
});

describe('a portal page\'s property table above the document\'s own header', () => {
  const page = (props: string, header: string) => `${props}
${header}
Số: 41/PA-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ea Súp, ngày 04 tháng 10 năm 2024
PHƯƠNG ÁN
Ứng phó mưa lũ cuối năm 2024
Ủy ban nhân dân xã Ea Lê xây dựng Phương án như sau:
1. Công an xã bố trí lực lượng trực tại các ngầm tràn.
`;

  it('"Số/Ký hiệu: …", "Ngày ban hành: …" rows, then the header: the heading gives the type, the header the issuer', () => {
    const r = parseDocument(page('Số/Ký hiệu: 41/PA-UBND\nNgày ban hành: 04/10/2024\nTrích yếu: Phương án ứng phó mưa lũ cuối năm 2024\nCơ quan ban hành: UBND xã Ea Lê', 'UBND HUYỆN EA SÚP\nỦY BAN NHÂN DÂN\nXÃ EA LÊ'));
    expect({ number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name }).toEqual({ number: '41/PA-UBND', docType: 'Phương án', issuedOn: '2024-10-04', issuer: 'UBND xã Ea Lê' });
  });

  it('the page\'s title above the rows, a notice of conclusions under them: Thông báo kết luận from the heading and the line under it', () => {
    const text = `Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc về chuyển đổi số
Số/Ký hiệu: 88/TB-VP
Ngày ban hành: 20/06/2024
Loại văn bản: Thông báo
Cơ quan ban hành: Văn phòng HĐND và UBND huyện
Người ký: Trần Minh Tâm
UBND HUYỆN CAM LỘ
VĂN PHÒNG HĐND VÀ UBND
Số: 88/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cam Lộ, ngày 20 tháng 6 năm 2024
THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc về chuyển đổi số
Ngày 18/6/2024, đồng chí Chủ tịch UBND huyện làm việc với các phòng chuyên môn. Đồng chí kết luận như sau:
1. Phòng Văn hóa và Thông tin huyện hoàn thành cổng dịch vụ công trước ngày 30/7/2024.
`;
    const r = parseDocument(text);
    expect({ docType: r.docType, issuer: r.issuer?.name }).toEqual({ docType: 'Thông báo kết luận', issuer: 'Văn phòng HĐND và UBND huyện Cam Lộ' });
  });
});

describe('a letter\'s form names the type over a symbol\'s first code', () => {
  const letter = (number: string) => `CỤC THÚ Y                                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                Độc lập - Tự do - Hạnh phúc
Số: ${number}                              Hà Nội, ngày 03 tháng 9 năm 2024
V/v tăng cường phòng, chống bệnh dại

Kính gửi: Chi cục Chăn nuôi và Thú y các tỉnh, thành phố.

Cục Thú y đề nghị các Chi cục chủ động tiêm phòng cho đàn chó, mèo trước mùa mưa./.
`;

  it('"1482/KL-…" with "V/v …" and "Kính gửi:" and no heading: a Công văn, not a Kết luận', () => {
    expect(parseDocument(letter('915/KL-DT')).docType).toBe('Công văn');
  });

  it('guard: without "Kính gửi:" the symbol\'s code stands; a symbol of no type code is a Công văn as before', () => {
    expect(parseDocument(letter('915/KL-DT').replace('Kính gửi: ', 'Gửi ')).docType).toBe('Kết luận');
    expect(parseDocument(letter('915/TY-DT')).docType).toBe('Công văn');
  });
});

describe('a news headline whose subject is the place the issuer sits in', () => {
  it('"Tỉnh-name verb …" over "(TAG) - UBND tỉnh vừa ban hành Kế hoạch số …": UBND tỉnh of the headline\'s province', () => {
    const text = `Quảng Ngãi tăng cường phòng, chống sốt xuất huyết

Thứ Hai, 08/07/2024 - 10:15

(QNg) - UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND ngày 05/7/2024 về phòng, chống sốt xuất huyết năm 2024.

Theo kế hoạch, Sở Y tế chủ trì giám sát ổ dịch tại các huyện đồng bằng.
`;
    const r = parseDocument(text);
    expect({ number: r.number, issuer: r.issuer?.name }).toEqual({ number: '112/KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi' });
  });

  it('a district\'s name opening the headline under a portal\'s breadcrumb, the Front\'s standing board named without its place', () => {
    const text = `Trang chủ > Tin tức > Mặt trận

Mường Nhé phát động ủng hộ Quỹ Vì người nghèo năm 2024

Cập nhật lúc 14:05, 21/10/2024

Hướng dẫn số 22/HD-MTTQ-BTT ngày 18/10/2024 về vận động ủng hộ Quỹ Vì người nghèo vừa được gửi tới các xã trên địa bàn huyện.

"Ban Thường trực Ủy ban MTTQ Việt Nam huyện ban hành hướng dẫn để các xã chủ động tổ chức", ông Lò Văn Pọm cho biết.
`;
    expect(issuer(text)).toBe('Ban Thường trực Ủy ban MTTQ huyện Mường Nhé');
  });

  it('guard: a headline that opens on no place ("Bộ Y tế yêu cầu …") gives none', () => {
    const text = `Siết chặt an toàn thực phẩm mùa lễ hội

Thứ Hai, 08/07/2024 - 10:15

(QNg) - UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND ngày 05/7/2024 về bảo đảm an toàn thực phẩm.
`;
    expect(issuer(text)).toBe('UBND tỉnh');
  });
});

describe('a headless fragment of a Party committee\'s resolution', () => {
  const fragment = (place: string, item2: string) => `sinh hoạt chi bộ thường kỳ ít nhất mỗi quý một lần.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đảng ủy ${place} lãnh đạo việc quán triệt Nghị quyết đến cán bộ, đảng viên.
2. ${item2}
3. Các chi bộ báo cáo kết quả về Đảng ủy 6 tháng một lần.

Nghị quyết này được phổ biến đến chi bộ và đảng viên.

Nơi nhận:                                               T/M ĐẢNG ỦY
- Ban Thường vụ Thị ủy (b/c);                              BÍ THƯ
- Lưu VPĐU.                                           Nguyễn Thị Hồng
`;

  it('"Đảng ủy giao Ủy ban nhân dân phường xây dựng kế hoạch …": the object of "giao" is no issuer; "T/M ĐẢNG ỦY" named by its standing board in the body', () => {
    const r = parseDocument(fragment('phường Bắc Sơn', 'Đảng ủy giao Ủy ban nhân dân phường xây dựng kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ trước ngày 30/9/2024.'));
    expect({ docType: r.docType, issuer: r.issuer?.name ?? null }).toEqual({ docType: 'Nghị quyết', issuer: 'Đảng ủy phường Bắc Sơn' });
  });

  it('the same with "Đề nghị Ủy ban MTTQ … ban hành hướng dẫn" in a commune', () => {
    const r = parseDocument(fragment('xã Quỳnh Lập', 'Đề nghị Ủy ban MTTQ Việt Nam xã ban hành hướng dẫn vận động Nhân dân tham gia.'));
    expect({ docType: r.docType, issuer: r.issuer?.name ?? null }).toEqual({ docType: 'Nghị quyết', issuer: 'Đảng ủy xã Quỳnh Lập' });
  });

  it('guard: organs of two committees in the body name neither', () => {
    const r = parseDocument(fragment('phường Bắc Sơn', 'Ban Tuyên giáo Đảng ủy phường Nam Sơn phối hợp tuyên truyền.'));
    expect(r.issuer?.name ?? null).toBeNull();
  });
});

describe('a mass organisation\'s committee in the header, its standing board signing', () => {
  const plan = (header: string, capacity: string) => `${header}
***
Số: 12/KH-BTV                    Điện Biên, ngày 20 tháng 01 năm 2025

KẾ HOẠCH
Tuyên truyền phòng, chống mua bán người năm 2025

Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:

1. Ban Gia đình - Xã hội chủ trì tổ chức tuyên truyền.

                                          ${capacity}
                                          CHỦ TỊCH
                                          Lò Thị Mai
`;

  it('"BCH HỘI LHPN TỈNH X" over "TM. BAN THƯỜNG VỤ": Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh X', () => {
    expect(issuer(plan('HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH ĐIỆN BIÊN', 'TM. BAN THƯỜNG VỤ'))).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Điện Biên');
  });

  it('guard: signed "TM. BAN CHẤP HÀNH", the committee stays', () => {
    expect(issuer(plan('HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH ĐIỆN BIÊN', 'TM. BAN CHẤP HÀNH'))).toBe('Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Điện Biên');
  });
});
