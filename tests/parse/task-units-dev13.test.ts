import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, thirteenth round (issue 9, the older tune documents and ten moved from the holdout): each mechanism behind
 * the misses, tested on documents written for the test in the same pattern, in other provinces and bodies than the one
 * that missed.
 */

const highlandCommune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ EA TIÊU
-------
Số: 18/KH-UBND
Ea Tiêu, ngày 05 tháng 2 năm 2025

KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô năm 2025

III. TỔ CHỨC THỰC HIỆN
${body}
`;

const communeParty = (body: string) => `ĐẢNG BỘ HUYỆN ĐĂK HÀ
ĐẢNG ỦY XÃ ĐĂK LONG
*
Số: 52-TB/ĐU
Đăk Long, ngày 14 tháng 8 năm 2024

THÔNG BÁO
Kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban tháng 8

${body}
`;

const surfaces = (doc: string) => parse(doc).assignments.map((a) => a.units.map((u) => u.surface));

describe('task units, thirteenth round: kinds of village listed after the first', () => {
  it('reads the Central Highlands\' villages listed with "thôn" as one unit with them', () => {
    const doc = highlandCommune(`1. Trưởng các thôn, buôn tổ chức cho các hộ có rẫy giáp rừng ký cam kết.
2. Bí thư các chi bộ thôn, buôn vận động đảng viên đi đầu trong việc phát dọn thực bì.`);
    expect(surfaces(doc)).toEqual([['Trưởng các thôn, buôn'], ['Bí thư các chi bộ thôn, buôn']]);
  });

  it('reads "làng" and "bon" the same in a Party committee\'s conclusions, and "buôn bán" as no village', () => {
    const doc = communeParty(`1. Bí thư các chi bộ thôn, làng chỉ đạo tổ tự quản canh gác vườn cà phê.
2. Trưởng các thôn, bon tổ chức họp dân; các hộ buôn bán nhỏ ký cam kết.`);
    expect(surfaces(doc)).toEqual([['Bí thư các chi bộ thôn, làng'], ['Trưởng các thôn, bon']]);
  });
});

describe('task units, thirteenth round: one holder of two posts', () => {
  it('gives the task to the body of the second post, not also to the Party committee of the first', () => {
    const doc = communeParty(`1. Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã chỉ đạo các bộ phận hoàn thành hỗ trợ xóa nhà tạm.
2. Đảng ủy viên, Trưởng Công an xã chỉ đạo lực lượng tăng cường tuần tra ban đêm.`);
    expect(unitsOf(doc)).toEqual([['UBND xã Đăk Long [assigned]'], ['Công an xã Đăk Long [assigned]']]);
  });

  it('keeps two units where the posts are joined by "và" or the second is made plural', () => {
    const doc = communeParty(`1. Đảng ủy xã và Chủ tịch UBND xã chỉ đạo rà soát hộ nghèo.
2. Bí thư Đảng ủy, Chủ tịch UBND các xã trong cụm dự hội nghị.`);
    expect(surfaces(doc)).toEqual([['Đảng ủy xã', 'Chủ tịch UBND xã'], ['Bí thư Đảng ủy', 'Chủ tịch UBND các xã']]);
  });

  it('keeps both in a district\'s letter, where the posts are every commune\'s two officers', () => {
    const doc = `HUYỆN ỦY KRÔNG PA
*
Số: 88-CV/HU
Krông Pa, ngày 09 tháng 7 năm 2024

Kính gửi: Các chi bộ, đảng bộ trực thuộc

1. Đồng chí Bí thư Đảng ủy, Chủ tịch UBND xã phải bám sát địa bàn, chỉ đạo thu hoạch mùa vụ.
`;
    expect(unitsOf(doc)).toEqual([['Đảng ủy các xã huyện Krông Pa [assigned]', 'UBND các xã huyện Krông Pa [assigned]']]);
  });
});

const provinceInspection = (body: string) => `TỈNH ỦY QUẢNG TRỊ
ỦY BAN KIỂM TRA
*
Số: 09-KH/UBKTTU
Quảng Trị, ngày 20 tháng 3 năm 2025

KẾ HOẠCH
Kiểm tra, giám sát chuyên đề năm 2025

IV. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, thirteenth round: the office of an organ or of a body\'s agency', () => {
  it('reads the office of a committee\'s organ as one unit, not the committee\'s office and the organ', () => {
    const doc = provinceInspection(`1. Văn phòng Ủy ban Kiểm tra Tỉnh ủy bảo đảm kinh phí, phương tiện cho các đoàn.
2. Văn phòng Ban Tuyên giáo Tỉnh ủy tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy.
3. Văn phòng Tỉnh ủy bố trí phòng họp.`);
    expect(surfaces(doc)).toEqual([['Văn phòng Ủy ban Kiểm tra Tỉnh ủy'], ['Văn phòng Ban Tuyên giáo Tỉnh ủy'], ['Văn phòng Tỉnh ủy']]);
  });

  it('reads "Văn phòng cơ quan" before a named body as that body\'s office, and a bare "Văn phòng cơ quan" as before', () => {
    const doc = provinceInspection(`1. Ban Tổ chức chủ trì, phối hợp với Văn phòng cơ quan Ủy ban MTTQ Việt Nam tỉnh chuẩn bị hội trường.
2. Văn phòng cơ quan Hội Nông dân tỉnh bảo đảm xe đưa đón đại biểu.`);
    expect(surfaces(doc)).toEqual([['Ban Tổ chức', 'Văn phòng cơ quan Ủy ban MTTQ Việt Nam tỉnh'], ['Văn phòng cơ quan Hội Nông dân tỉnh']]);
  });

  it('reads the department of the Ban Dân vận named by its fields as one unit', () => {
    const doc = provinceInspection(`1. Phòng Dân vận chính quyền, Mặt trận và các đoàn thể thẩm định hồ sơ mô hình.
2. Phòng Dân vận chính quyền, Mặt trận và đoàn thể thuộc Ban Dân vận Tỉnh ủy tổng hợp, đề xuất khen thưởng.`);
    expect(surfaces(doc)).toEqual([['Phòng Dân vận chính quyền, Mặt trận và các đoàn thể'], ['Phòng Dân vận chính quyền, Mặt trận và đoàn thể']]);
  });
});

describe('task units, thirteenth round: committees made plural over the places named after them', () => {
  it('reads each committee of the places listed after "Các huyện ủy", the list as printed', () => {
    const doc = `TỈNH ỦY ĐẮK LẮK
*
Số: 31-CT/TU
Buôn Ma Thuột, ngày 02 tháng 4 năm 2025

CHỈ THỊ
Về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số

1. Các huyện ủy Lắk, Krông Bông và M'Đrắk phân công đảng viên giúp đỡ hộ nghèo.
2. Huyện ủy Ea Súp, Ban Tuyên giáo Tỉnh ủy tổ chức tuyên truyền gương thoát nghèo.
`;
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.name} {${u.surface}}`))).toEqual([
      ['Huyện ủy Lắk {Các huyện ủy Lắk, Krông Bông và M\'Đrắk}', 'Huyện ủy Krông Bông {Các huyện ủy Lắk, Krông Bông và M\'Đrắk}', 'Huyện ủy M\'Đrắk {Các huyện ủy Lắk, Krông Bông và M\'Đrắk}'],
      ['Huyện ủy Ea Súp {Huyện ủy Ea Súp}', 'Ban Tuyên giáo Tỉnh ủy Đắk Lắk {Ban Tuyên giáo Tỉnh ủy}'],
    ]);
  });
});

describe('task units, thirteenth round: a national institute named by its city', () => {
  it('keeps a capitalised city with its area word in the institute\'s name', () => {
    const doc = `BỘ Y TẾ
-------
Số: 812/BYT-DP
Hà Nội, ngày 11 tháng 6 năm 2024

Kính gửi: Sở Y tế các tỉnh khu vực phía Nam

1. Viện Pasteur Thành phố Hồ Chí Minh hỗ trợ các tỉnh giám sát véc tơ.
2. Viện Y tế công cộng Thành phố Hồ Chí Minh, Viện Pasteur Nha Trang tập huấn cho cán bộ y tế dự phòng.
`;
    expect(surfaces(doc)).toEqual([['Viện Pasteur Thành phố Hồ Chí Minh'], ['Viện Y tế công cộng Thành phố Hồ Chí Minh', 'Viện Pasteur Nha Trang']]);
  });
});

describe('task units, thirteenth round: units listed with semicolons over an item\'s bullets', () => {
  it('reads every unit of the list, not the last alone, when names with commas are set apart by semicolons', () => {
    const doc = `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------
Số: 2210/BNN-TT
Hà Nội, ngày 03 tháng 4 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

2. Đối với Sở Nông nghiệp và Phát triển nông thôn; Sở Tài nguyên và Môi trường:
- Rà soát diện tích cây trồng bị hạn, báo cáo Ủy ban nhân dân tỉnh;
- Gửi báo cáo kết quả về Bộ trước ngày 30/4/2024.
`;
    expect(surfaces(doc)).toEqual([
      ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
      ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
    ]);
  });

  it('reads the same in a district\'s plan, and stops at a clause that is more than units', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN TRIỆU PHONG
-------
Số: 74/KH-UBND
Triệu Phong, ngày 18 tháng 1 năm 2025

KẾ HOẠCH
Bảo đảm hàng hóa dịp Tết Nguyên đán

III. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch; Phòng Kinh tế và Hạ tầng:
- Kiểm tra niêm yết giá tại các chợ.
2. Thị trường đã ổn định; Công an huyện:
- Tuần tra bảo đảm an ninh tại các chợ.
`;
    expect(surfaces(doc)).toEqual([['Phòng Tài chính - Kế hoạch', 'Phòng Kinh tế và Hạ tầng'], ['Công an huyện']]);
  });
});

describe('task units, thirteenth round: national bodies the tables lacked', () => {
  it('reads a publisher by its head and the border guard\'s national command as one body', () => {
    const doc = `BỘ GIÁO DỤC VÀ ĐÀO TẠO
-------
Số: 1502/BGDĐT-GDTH
Hà Nội, ngày 08 tháng 5 năm 2024

Kính gửi: Sở Giáo dục và Đào tạo các tỉnh vùng biên giới

1. Nhà xuất bản Giáo dục Việt Nam in và phát hành đủ sách giáo khoa song ngữ trước năm học mới.
2. Đề nghị Bộ Tư lệnh Bộ đội Biên phòng chỉ đạo các đồn biên phòng phối hợp duy trì lớp học tình thương.
`;
    expect(unitsOf(doc)).toEqual([
      ['Nhà xuất bản Giáo dục Việt Nam [assigned]'],
      ['Bộ Tư lệnh Bộ đội Biên phòng [assigned]', 'Các Đồn Biên phòng [assigned]'],
    ]);
  });
});
