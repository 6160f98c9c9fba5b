import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/** Each task's units as printed: the surface a reader checks where the name is resolved to its kind. */
const parseSurfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => `${u.surface ?? u.name} [${u.role}]`));

/**
 * Task units, tenth round (issue 9, blind batch 12): the mechanisms by which the parser gave a task the wrong units
 * in the 24 documents of batch 12, each tested on documents written for the test in the same pattern.
 */

// A district association's plan, its duties item by item.
const huyen = (body: string) => `HỘI CỰU CHIẾN BINH
HUYỆN TÂN UYÊN
-------
Số: 18-KH/CCB
Tân Uyên, ngày 06 tháng 3 năm 2024

KẾ HOẠCH
Xây dựng mô hình cựu chiến binh làm kinh tế giỏi năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, tenth round (blind batch 12)', () => {
  it('reads a place named like a unit\'s head ("Đoàn Kết", "Hội Hợp") as one more place of a list of places', () => {
    const doc = huyen(`1. Hội Cựu chiến binh các xã Phúc Khoa, Trung Đồng, Đoàn Kết rà soát hội viên có nhu cầu vay vốn.
2. Hội Cựu chiến binh các xã Mường Khoa, Hội Hợp và Nậm Sỏ tổ chức tham quan mô hình điểm.`);
    expect(unitsOf(doc)).toEqual([
      ['Hội Cựu chiến binh xã Phúc Khoa [assigned]', 'Hội Cựu chiến binh xã Trung Đồng [assigned]', 'Hội Cựu chiến binh xã Đoàn Kết [assigned]'],
      ['Hội Cựu chiến binh xã Mường Khoa [assigned]', 'Hội Cựu chiến binh xã Hội Hợp [assigned]', 'Hội Cựu chiến binh xã Nậm Sỏ [assigned]'],
    ]);
  });

  it('still ends a list of places at a unit whose name goes on in lower case', () => {
    const doc = huyen(`1. Ủy ban nhân dân các xã Phúc Khoa, Trung Đồng, Đoàn Thanh niên huyện phối hợp rà soát hộ nghèo.`);
    expect(unitsOf(doc)[0]).toContain('Đoàn Thanh niên huyện Tân Uyên [assigned]');
  });
});

// A provincial department's guidance on a campaign.
const so = (body: string) => `SỞ THÔNG TIN VÀ TRUYỀN THÔNG
TỈNH QUẢNG TRỊ
-------
Số: 905/HD-STTTT
Quảng Trị, ngày 11 tháng 6 năm 2024

HƯỚNG DẪN
Tuyên truyền kỷ niệm Ngày Thương binh - Liệt sĩ năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, tenth round: two units joined by "và"', () => {
  it('ends a name at "và" before a head that is also a common word ("Tạp chí", "Học viện") with a name of its own', () => {
    const doc = so(`1. Phòng Thông tin điện tử chủ trì, phối hợp với Báo Quảng Trị và Tạp chí Cửa Việt mở chuyên mục về Ngày Thương binh - Liệt sĩ.
2. Trường Chính trị tỉnh phối hợp với Sở Nội vụ và Học viện Hành chính Quốc gia tổ chức lớp tập huấn.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Thông tin điện tử Sở Thông tin và truyền thông tỉnh Quảng Trị [lead]', 'Báo Quảng Trị [support]', 'Tạp chí Cửa Việt tỉnh Quảng Trị [support]'],
      ['Trường Chính trị tỉnh Quảng Trị [lead]', 'Sở Nội vụ tỉnh Quảng Trị [support]', 'Học viện Hành chính Quốc gia tỉnh Quảng Trị [support]'],
    ]);
  });
});

// A district police's plan, its teams item by item.
const congAn = (body: string) => `CÔNG AN TỈNH NGHỆ AN
CÔNG AN HUYỆN ĐÔ LƯƠNG
-------
Số: 412/KH-CAH
Đô Lương, ngày 20 tháng 12 năm 2024

KẾ HOẠCH
Bảo đảm trật tự an toàn giao thông dịp Tết Dương lịch 2025

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, tenth round: a police team named by two fields joined by a dash', () => {
  it('keeps "Đội Cảnh sát giao thông - trật tự" and "- trật tự - cơ động" whole', () => {
    const doc = congAn(`1. Đội Cảnh sát giao thông - trật tự tổ chức tuần tra trên Quốc lộ 7A vào ban đêm.
2. Đội Cảnh sát giao thông - Trật tự - Cơ động phối hợp với Công an các xã xử lý xe quá tải.`);
    expect(unitsOf(doc).map((t) => t[0])).toEqual([
      'Đội Cảnh sát giao thông - trật tự Công an huyện Đô Lương [assigned]',
      'Đội Cảnh sát giao thông - Trật tự - Cơ động Công an huyện Đô Lương [lead]',
    ]);
  });
});

// A ministry's letter to the provinces, its departments' duties after it.
const bo = (body: string) => `BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
-------
Số: 1207/BTNMT-KTTV
Hà Nội, ngày 04 tháng 3 năm 2024

V/v chủ động ứng phó với nắng nóng

${body}
`;

describe('task units, tenth round: central bodies the unit vocabulary lacked or cut', () => {
  it('reads a research institute ("Viện …") as a unit, with the region it serves ("miền Bắc")', () => {
    const doc = bo(`- Cục Biến đổi khí hậu chủ trì, phối hợp với Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu theo dõi diễn biến nắng nóng.
- Viện Địa chất miền Bắc phối hợp với Cục Khí tượng Thủy văn đánh giá nguồn nước dưới đất.`);
    expect(unitsOf(doc)).toEqual([
      ['Cục Biến đổi khí hậu [lead]', 'Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu [support]'],
      ['Viện Địa chất miền Bắc [lead]', 'Cục Khí tượng Thủy văn [support]'],
    ]);
  });

  it('keeps a field whose two verbs a comma joins inside the name ("Phòng, chống thiên tai", "Khám, chữa bệnh")', () => {
    const doc = bo(`- Tổng cục Phòng, chống thiên tai phối hợp với Cục Quản lý Khám, chữa bệnh hướng dẫn các địa phương sơ cứu người bị say nắng.`);
    expect(parseSurfaces(doc)).toEqual([['Tổng cục Phòng, chống thiên tai [lead]', 'Cục Quản lý Khám, chữa bệnh [support]']]);
  });
});

// A commune's plan whose duties stand under one heading per unit, copied without its header.
const xaHeadless = (body: string) => `III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, tenth round: what the unit is, before its roles', () => {
  it('reads the roles past "Là lực lượng nòng cốt," / "Là cơ quan tham mưu," under a heading that names the unit', () => {
    const doc = xaHeadless(`1. Công an xã
Là lực lượng nòng cốt, chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tuần tra các tuyến đường liên thôn vào ban đêm.
2. Công chức Tư pháp - Hộ tịch
Là cơ quan tham mưu, phối hợp với Công an xã rà soát người chấp hành xong án phạt tù về địa phương.`);
    expect(unitsOf(doc)).toEqual([
      ['Công an xã [lead]', 'Ban Chỉ huy Quân sự xã [support]'],
      ['Công chức Tư pháp - Hộ tịch xã [lead]', 'Công an xã [support]'],
    ]);
  });
});
