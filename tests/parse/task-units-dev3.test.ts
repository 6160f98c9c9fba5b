import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units from the misses of the sixteen blind documents of 2026-12-05 late evening (issue 9): the
 * names of the units and their resolution, each mechanism in a document written for the test in the
 * same pattern, not in the words of the one that missed.
 */
const surfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => u.surface ?? ''));

const hoiTrungUong = (body: string) => `HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      ĐOÀN CHỦ TỊCH                          Độc lập - Tự do - Hạnh phúc

Số: 07/KH-ĐCT                              Hà Nội, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
Tuyên truyền về phòng, chống mua bán người năm 2024

${body}

TM. ĐOÀN CHỦ TỊCH
CHỦ TỊCH
Nguyễn Thị Hoa
`;

const tinhDoan = (body: string) => `BCH ĐOÀN TNCS HỒ CHÍ MINH
TỈNH QUẢNG NGÃI
-------
Số: 112-KH/TĐTN-TNTH
Quảng Ngãi, ngày 03 tháng 5 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội việc làm cho thanh niên năm 2024

${body}

TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ
Lê Văn Nam
`;

const boCongThuong = (body: string) => `BỘ CÔNG THƯƠNG
-------
Số: 3321/BCT-TTTN
V/v bảo đảm cung ứng xăng dầu dịp cao điểm
Hà Nội, ngày 02 tháng 8 năm 2024

${body}

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phan Thị Thắng
`;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN VĨNH LINH
-------
Số: 45/KH-UBND
Vĩnh Linh, ngày 06 tháng 3 năm 2024

KẾ HOẠCH
Phòng, chống buôn lậu qua biên giới biển năm 2024

${body}
`;

const dangUyXa = (body: string) => `ĐẢNG BỘ HUYỆN QUỲNH LƯU
ĐẢNG ỦY XÃ QUỲNH THỌ
*
Số 31-TB/ĐU
Quỳnh Thọ, ngày 14 tháng 3 năm 2024

THÔNG BÁO
Phân công chỉ đạo hội nghị khu dân cư

${body}

T/M ĐẢNG ỦY
BÍ THƯ
Hồ Văn Sơn
`;

describe('task units from the misses of the sixteen blind documents of 2026-12-05 late evening', () => {
  it('reads "Ban … Trung ương Hội" as a board of the mass organisation\'s central committee, not the Party\'s nor the city\'s', () => {
    const doc = hoiTrungUong(`IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Trung ương Hội chủ trì, phối hợp với Ban Dân tộc - Tôn giáo Trung ương Hội biên soạn tài liệu tuyên truyền.`);
    expect(unitsOf(doc)).toEqual([['Ban Tuyên giáo Trung ương Hội [lead]', 'Ban Dân tộc - Tôn giáo Trung ương Hội [support]']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.kind)).toEqual(['mass-organization', 'mass-organization']);
  });

  it('reads a journal, and names ending in "Việt Nam" as national bodies of no area', () => {
    expect(unitsOf(hoiTrungUong(`IV. TỔ CHỨC THỰC HIỆN
2. Tạp chí Phụ nữ Việt Nam và Báo Phụ nữ Việt Nam đăng tải loạt bài về các thủ đoạn lừa đảo.`))).toEqual([
      ['Tạp chí Phụ nữ Việt Nam [assigned]', 'Báo Phụ nữ Việt Nam [assigned]'],
    ]);
  });

  it('reads the women\'s associations of the police and the army as units named as printed, not a province named "Quân"', () => {
    expect(unitsOf(hoiTrungUong(`IV. TỔ CHỨC THỰC HIỆN
3. Đề nghị Hội Phụ nữ Công an nhân dân, Hội Phụ nữ Quân đội phối hợp triển khai trong lực lượng vũ trang.`))).toEqual([
      ['Hội Phụ nữ Công an nhân dân [assigned]', 'Hội Phụ nữ Quân đội [assigned]'],
    ]);
  });

  it('reads "Ban <name> Tỉnh đoàn" as one board of the Tỉnh đoàn, and a bank\'s branch as the bank of the province', () => {
    const doc = tinhDoan(`III. TỔ CHỨC THỰC HIỆN
1. Ban Thanh niên trường học Tỉnh đoàn chủ trì, phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức tư vấn vốn vay cho thanh niên.`);
    expect(unitsOf(doc)).toEqual([['Ban Thanh niên trường học Tỉnh đoàn Quảng Ngãi [lead]', 'Ngân hàng Chính sách xã hội tỉnh Quảng Ngãi [support]']]);
    expect(surfaces(doc)).toEqual([['Ban Thanh niên trường học Tỉnh đoàn', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh']]);
  });

  it('reads "Các huyện, thị, thành đoàn" as the three kinds of committee, each printed with the whole list', () => {
    const doc = tinhDoan(`III. TỔ CHỨC THỰC HIỆN
2. Các huyện, thị, thành đoàn lựa chọn thanh niên tiêu biểu tham gia Ngày hội.`);
    expect(unitsOf(doc)).toEqual([['Các Huyện đoàn tỉnh Quảng Ngãi [assigned]', 'Các Thị đoàn tỉnh Quảng Ngãi [assigned]', 'Các Thành đoàn tỉnh Quảng Ngãi [assigned]']]);
    expect(surfaces(doc)).toEqual([['Các huyện, thị, thành đoàn', 'Các huyện, thị, thành đoàn', 'Các huyện, thị, thành đoàn']]);
  });

  it('reads the Young Pioneers\' council of the province as one unit', () => {
    expect(unitsOf(tinhDoan(`III. TỔ CHỨC THỰC HIỆN
3. Hội đồng Đội tỉnh hướng dẫn các liên đội tổ chức sinh hoạt hè cho thiếu nhi.`))).toEqual([['Hội đồng Đội tỉnh Quảng Ngãi [assigned]']]);
  });

  it('reads the State\'s groups and corporations, a proper name before a verb, lower-case words of a Cục\'s name, and a province\'s Cục', () => {
    expect(unitsOf(boCongThuong(`Bộ Công Thương yêu cầu:
1. Tập đoàn Xăng dầu Việt Nam chủ trì, phối hợp với Tổng công ty Hàng hải Việt Nam bảo đảm nguồn hàng cho các tỉnh miền núi phía Bắc.
2. Tổng công ty Tân Cảng bố trí cầu cảng ưu tiên cho tàu chở xăng dầu.
3. Cục Điều tiết điện lực theo dõi tình hình cấp điện cho các kho xăng dầu.
4. Cục Quản lý thị trường tỉnh Lào Cai kiểm tra việc niêm yết giá tại các cửa hàng.`))).toEqual([
      ['Tập đoàn Xăng dầu Việt Nam [lead]', 'Tổng công ty Hàng hải Việt Nam [support]'],
      ['Tổng công ty Tân Cảng [assigned]'],
      ['Cục Điều tiết điện lực [assigned]'],
      ['Cục Quản lý thị trường tỉnh Lào Cai [assigned]'],
    ]);
  });

  it('ends a border post\'s and a corporation\'s name at the verb after their proper names', () => {
    expect(surfaces(huyen(`III. TỔ CHỨC THỰC HIỆN
1. Công an huyện chủ trì, phối hợp với Đồn Biên phòng Cửa Tùng truy xét các đối tượng vận chuyển hàng cấm.
2. Tổng công ty Tân Cảng sắp xếp cầu cảng cho tàu kiểm ngư.`))).toEqual([
      ['Công an huyện', 'Đồn Biên phòng Cửa Tùng'],
      ['Tổng công ty Tân Cảng'],
    ]);
  });

  it('keeps which places ("ven biển") and which agencies ("có lực lượng tự vệ") in a collective\'s name', () => {
    expect(unitsOf(huyen(`III. TỔ CHỨC THỰC HIỆN
3. Chủ tịch UBND các xã, thị trấn ven biển chỉ đạo lực lượng tại chỗ kiểm tra tàu thuyền.
4. Các cơ quan, tổ chức có lực lượng tự vệ cử người tham gia diễn tập.`))).toEqual([
      ['UBND các xã, thị trấn ven biển huyện Vĩnh Linh [assigned]'],
      ['Các cơ quan, tổ chức có lực lượng tự vệ huyện Vĩnh Linh [assigned]'],
    ]);
  });

  it('reads an enterprise\'s grassroots union as one unit, not the unions of the communes and the enterprise', () => {
    expect(surfaces(huyen(`III. TỔ CHỨC THỰC HIỆN
5. Công đoàn cơ sở Công ty Cổ phần Thủy sản Cửa Việt vận động người lao động tham gia.`))).toEqual([
      ['Công đoàn cơ sở Công ty Cổ phần Thủy sản Cửa Việt'],
    ]);
  });

  it('reads the committee members in charge of an area as that unit, and a police team\'s name without the verb', () => {
    const doc = dangUyXa(`1. Các đồng chí Đảng ủy viên phụ trách khu dân cư dự, chỉ đạo hội nghị ở khu dân cư được phân công.
2. Đội An ninh nắm chắc tình hình tại các thôn.`);
    expect(unitsOf(doc)[0]).toEqual(['Các Đảng ủy viên phụ trách khu dân cư Đảng ủy xã Quỳnh Thọ [assigned]']);
    expect(surfaces(doc)).toEqual([['Các đồng chí Đảng ủy viên phụ trách khu dân cư'], ['Đội An ninh']]);
  });
});
