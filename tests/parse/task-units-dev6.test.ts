import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';
import { clean } from '../../src/parse/clean.js';

/**
 * Task units from the misses of the ten blind documents of 2026-12-06 night (issue 9): the names of the
 * units and the structures that carry them, each mechanism in a document written for the test in the
 * same pattern, not in the words of the one that missed.
 */
const surfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => u.surface ?? ''));
const texts = (text: string): string[] => parse(text).assignments.map((a) => a.text);

const hoiTinh = (body: string) => `HỘI NÔNG DÂN VIỆT NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH QUẢNG NGÃI              Độc lập - Tự do - Hạnh phúc
Số: 30-KH/HNDT                          Quảng Ngãi, ngày 11 tháng 3 năm 2025

KẾ HOẠCH
Hỗ trợ hội viên tiêu thụ nông sản năm 2025

${body}

T/M BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Lộc
`;

const boTW = (body: string) => `BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 812/BNNMT-VP                          Hà Nội, ngày 09 tháng 4 năm 2025

V/v phòng, chống hạn hán mùa khô năm 2025

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

${body}

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phùng Đức Tiến
`;

const tinh = (body: string) => `ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ                          Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND                          Quảng Trị, ngày 15 tháng 4 năm 2025

KẾ HOẠCH
Tháng hành động vì người lao động năm 2025

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Văn Hưng
`;

const banTinhUy = (body: string) => `TỈNH ỦY KON TUM
BAN TUYÊN GIÁO
*
Số 52-HD/BTGTU

ĐẢNG CỘNG SẢN VIỆT NAM
Kon Tum, ngày 18 tháng 3 năm 2024

HƯỚNG DẪN
tuyên truyền kỷ niệm ngày thành lập tỉnh

${body}

T/M BAN TUYÊN GIÁO
TRƯỞNG BAN
Hà Thị Lan
`;

const so = (body: string) => `UBND TỈNH NINH THUẬN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                Độc lập - Tự do - Hạnh phúc
Số: 77/KH-SYT                          Ninh Thuận, ngày 02 tháng 5 năm 2024

KẾ HOẠCH
Kiểm tra an toàn thực phẩm Tết Trung thu năm 2024

${body}

GIÁM ĐỐC
Lê Văn Bình
`;

const hdndTinh = (body: string) => `HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÓC TRĂNG                          Độc lập - Tự do - Hạnh phúc
Số: 15/2024/NQ-HĐND                          Sóc Trăng, ngày 10 tháng 7 năm 2024

NGHỊ QUYẾT
Quy định mức hỗ trợ học phí cho học sinh dân tộc thiểu số

${body}

CHỦ TỊCH
Lâm Văn Mẫn
`;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN MỸ TÚ                          Độc lập - Tự do - Hạnh phúc
Số: 88/QĐ-UBND                          Mỹ Tú, ngày 10 tháng 7 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra hoạt động khai thác cát

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Sáu
`;

const xa = (body: string) => `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ YÊN HỢP                          Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND                          Yên Hợp, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô năm 2025

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Quý
`;

describe('task units from the misses of the ten blind documents of 2026-12-06 night', () => {
  it('keeps each numbered row of a wrapped copied table a row of its own, so the table gives its tasks their units', () => {
    const table = `II. NHIỆM VỤ VÀ PHÂN CÔNG
TT | Nội dung | Chủ trì | Phối hợp | Thời gian
1 | Tổ chức hội chợ nông sản an toàn cho hội viên các huyện miền núi | Ban Kinh tế - Xã hội Hội
Nông dân tỉnh | Sở Công Thương | Quý III năm
2 | Xây dựng bản tin điện tử hằng tháng của Hội | Văn phòng Hội Nông dân tỉnh | Báo Quảng Ngãi | Hằng
tháng
3 | Rà soát hội viên đủ điều kiện vay vốn | Ban Tổ chức - Kiểm tra | Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi | Năm 2025`;
    // The cleaning joins a row's wrapped end to it, and never a row to the one above.
    expect(clean(hoiTinh(table)).text).toContain('| Quý III năm\n2 | Xây dựng bản tin');
    const doc = hoiTinh(table);
    expect(texts(doc)).toEqual([
      'Tổ chức hội chợ nông sản an toàn cho hội viên các huyện miền núi',
      'Xây dựng bản tin điện tử hằng tháng của Hội',
      'Rà soát hội viên đủ điều kiện vay vốn',
    ]);
    expect(surfaces(doc)).toEqual([
      ['Ban Kinh tế - Xã hội Hội Nông dân tỉnh', 'Sở Công Thương'],
      ['Văn phòng Hội Nông dân tỉnh', 'Báo Quảng Ngãi'],
      ['Ban Tổ chức - Kiểm tra', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi'],
    ]);
  });

  it('reads a board named by two fields joined by a dash as one board, not the Party\'s Ban Tổ chức', () => {
    const doc = hoiTinh(`1. Ban Tổ chức - Kiểm tra tham mưu kiện toàn chi hội trưởng các chi hội yếu kém.
2. Ban Kiểm tra - Giám sát Hội Nông dân tỉnh phối hợp với Văn phòng Hội Nông dân tỉnh kiểm tra việc sử dụng Quỹ.`);
    expect(surfaces(doc)).toEqual([
      ['Ban Tổ chức - Kiểm tra'],
      ['Ban Kiểm tra - Giám sát Hội Nông dân tỉnh', 'Văn phòng Hội Nông dân tỉnh'],
    ]);
  });

  it('keeps a lower-case compound field joined by a dash inside a name ("lao động - xã hội")', () => {
    const doc = tinh(`1. Trung tâm Truyền thông lao động - xã hội phối hợp với Đài Phát thanh và Truyền hình tỉnh đưa tin về Tháng hành động.
2. Phòng Văn hóa - Xã hội các huyện tuyên truyền đến người lao động.`);
    expect(surfaces(doc)).toEqual([
      ['Trung tâm Truyền thông lao động - xã hội', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['Phòng Văn hóa - Xã hội các huyện'],
    ]);
  });

  it('reads the national bodies of the official lists by their names: the Front\'s and the unions\' central committees, the news agency, a national committee and its office', () => {
    const doc = boTW(`1. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh và Tổng Liên đoàn Lao động Việt Nam vận động đoàn viên tiết kiệm nước.
2. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam đưa tin về tình hình hạn hán.
3. Giao Văn phòng Ủy ban An toàn giao thông Quốc gia phối hợp với Văn phòng Bộ tổng hợp kiến nghị của địa phương.`);
    expect(surfaces(doc)).toEqual([
      ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Tổng Liên đoàn Lao động Việt Nam'],
      ['Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam'],
      ['Văn phòng Ủy ban An toàn giao thông Quốc gia', 'Văn phòng Bộ'],
    ]);
    expect(unitsOf(doc)[0]![0]).toBe('Ủy ban Trung ương MTTQ Việt Nam [assigned]');
  });

  it('does not start a unit at a lower-case "thông tấn" or in a table heading in capitals', () => {
    const doc = tinh(`1. Sở Thông tin và Truyền thông hướng dẫn các cơ quan thông tấn, báo chí đưa tin đúng quy định.`);
    expect(surfaces(doc)).toEqual([['Sở Thông tin và Truyền thông']]);
  });

  it('reads an organ named with the bare kind word of its issuer as the issuer\'s own ("Văn phòng Ban", "Thanh tra Sở")', () => {
    const ban = banTinhUy(`1. Phòng Lý luận chính trị chủ trì, phối hợp với Văn phòng Ban chuẩn bị đề cương tuyên truyền.
2. Văn phòng Ban tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy trước ngày 30/4/2024.`);
    expect(unitsOf(ban)[1]).toEqual(['Văn phòng Ban Tuyên giáo Tỉnh ủy Kon Tum [assigned]']);
    expect(surfaces(ban)[0]![1]).toBe('Văn phòng Ban');
    const sở = so(`1. Thanh tra Sở chủ trì, phối hợp với Chi cục An toàn vệ sinh thực phẩm kiểm tra các cơ sở sản xuất bánh trung thu.
2. Văn phòng Sở tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở.`);
    expect(unitsOf(sở).map((u) => u[0])).toEqual(['Thanh tra Sở Y tế tỉnh Ninh Thuận [lead]', 'Văn phòng Sở Y tế tỉnh Ninh Thuận [assigned]']);
  });

  it('keeps an organ of a body named after it as that body\'s, and a bare kind word of another kind as before', () => {
    const doc = tinh(`1. Văn phòng Sở Lao động - Thương binh và Xã hội tổng hợp danh sách doanh nghiệp tham gia.
2. Văn phòng Ban tổng hợp kết quả thực hiện.`);
    expect(surfaces(doc)).toEqual([['Văn phòng Sở Lao động - Thương binh và Xã hội'], ['Văn phòng Ban']]);
    // A province's plan has no Ban of its own: the office is the People's Committee's, as a bare "Văn phòng" is.
    expect(unitsOf(doc)[1]).toEqual(unitsOf(tinh('1. Văn phòng tổng hợp kết quả thực hiện.'))[0]);
  });

  it('reads the council\'s groups of deputies and its deputies, one council written once after both', () => {
    const own = hdndTinh(`Điều 3. Giao Thường trực Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.`);
    expect(unitsOf(own)).toEqual([[
      'Thường trực HĐND tỉnh Sóc Trăng [assigned]', 'Các Tổ đại biểu HĐND tỉnh Sóc Trăng [assigned]', 'Đại biểu HĐND tỉnh Sóc Trăng [assigned]',
    ]]);
    // In a People's Committee's plan the groups are still the council's, not the committee's.
    const other = huyen(`Điều 2. Đề nghị các Tổ đại biểu và đại biểu HĐND huyện phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức tiếp xúc cử tri.`);
    expect(unitsOf(other)).toEqual([[
      'Các Tổ đại biểu HĐND huyện Mỹ Tú [lead]', 'Đại biểu HĐND huyện Mỹ Tú [lead]', 'Ủy ban MTTQ huyện Mỹ Tú [support]',
    ]]);
  });

  it('reads a team a decision sets up, and its members standing for it; how the team works is no task', () => {
    const doc = huyen(`Điều 1. Thành lập Tổ công tác liên ngành kiểm tra hoạt động khai thác cát trên sông Nhu Gia (sau đây gọi tắt là Tổ công tác).
Điều 2. Nhiệm vụ của Tổ công tác
1. Kiểm tra các bến bãi tập kết cát, lập biên bản các trường hợp vi phạm.
2. Tổng hợp kết quả, báo cáo Chủ tịch UBND huyện hằng tháng.
Tổ công tác hoạt động kiêm nhiệm, tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng Công an huyện và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.`);
    expect(unitsOf(doc)).toEqual([
      ['Tổ công tác huyện Mỹ Tú [assigned]'],
      ['Tổ công tác huyện Mỹ Tú [assigned]'],
      ['Văn phòng HĐND và UBND huyện Mỹ Tú [assigned]', 'Công an huyện Mỹ Tú [assigned]', 'Tổ công tác huyện Mỹ Tú [assigned]'],
    ]);
    expect(surfaces(doc)[2]![2]).toBe('các thành viên Tổ công tác');
  });

  it('reads "các thành viên" before a body as its members, and before "có tên tại Điều" as the members named there', () => {
    const doc = huyen(`Điều 2. Các thành viên Ban Chỉ đạo huyện theo dõi địa bàn được phân công.
Điều 3. Chánh Văn phòng HĐND và UBND huyện và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`);
    expect(surfaces(doc)).toEqual([['Các thành viên Ban Chỉ đạo huyện'], ['Chánh Văn phòng HĐND và UBND huyện', 'các thành viên có tên tại Điều 1']]);
    expect(unitsOf(doc)[0]).toEqual(['Ban Chỉ đạo huyện Mỹ Tú [assigned]']);
  });

  it('reads the bodies a commune\'s laws set up: the military service council, the volunteer fire teams, the grassroots security teams, the ranger of the area', () => {
    const doc = xa(`1. Hội đồng nghĩa vụ quân sự xã rà soát nguồn công dân trong độ tuổi gọi nhập ngũ.
2. Đội dân phòng các thôn phối hợp với Tổ bảo vệ an ninh, trật tự ở cơ sở trực tại các điểm có nguy cơ cháy.
3. Công an xã chủ trì, phối hợp với Kiểm lâm địa bàn kiểm tra việc đốt nương rẫy.`);
    expect(surfaces(doc)).toEqual([
      ['Hội đồng nghĩa vụ quân sự xã'],
      ['Đội dân phòng các thôn', 'Tổ bảo vệ an ninh, trật tự ở cơ sở'],
      ['Công an xã', 'Kiểm lâm địa bàn'],
    ]);
    expect(unitsOf(doc)[0]).toEqual(['Hội đồng nghĩa vụ quân sự xã Yên Hợp [assigned]']);
  });

  it('reads bodies of the official lists whose names hold a lower-case "và" or comma, which end a name the grammar builds', () => {
    const doc = tinh(`1. Ban Chính sách, chiến lược Tỉnh ủy phối hợp với Hội Doanh nghiệp nhỏ và vừa tỉnh tổng hợp kiến nghị của doanh nghiệp.
2. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh vận động hội viên tham gia.
3. Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên mục pháp luật.`);
    expect(surfaces(doc)).toEqual([
      ['Ban Chính sách, chiến lược Tỉnh ủy', 'Hội Doanh nghiệp nhỏ và vừa tỉnh'],
      ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh'],
      ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', 'Báo và Phát thanh, Truyền hình Quảng Trị'],
    ]);
    expect(unitsOf(doc)[0]).toEqual(['Ban Chính sách, chiến lược Tỉnh ủy Quảng Trị [lead]', 'Hội Doanh nghiệp nhỏ và vừa tỉnh Quảng Trị [support]']);
  });

  it('reads the traffic police teams by their official names, which hold a lower-case comma and "và"', () => {
    const doc = tinh(`1. Đội Tuyên truyền, hướng dẫn và điều tra, giải quyết tai nạn giao thông phối hợp với Đài Phát thanh và Truyền hình tỉnh phát phóng sự về an toàn giao thông.
2. Đội Tuần tra, kiểm soát giao thông đường bộ chủ trì, phối hợp với Công an các huyện kiểm tra nồng độ cồn.`);
    expect(surfaces(doc)).toEqual([
      ['Đội Tuyên truyền, hướng dẫn và điều tra, giải quyết tai nạn giao thông', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['Đội Tuần tra, kiểm soát giao thông đường bộ', 'Công an các huyện'],
    ]);
  });
});
