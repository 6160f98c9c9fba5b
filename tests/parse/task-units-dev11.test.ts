import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, eleventh round (issue 9, blind batch 16's headless fragments and news reports): each mechanism behind
 * the misses, tested on documents written for the test in the same pattern, not in the words of the one that missed.
 */

// A commune's plan against a flood season, its duties item by item.
const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ TAM HẢI
-------
Số: 27/KH-UBND
Tam Hải, ngày 04 tháng 9 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai mùa mưa bão năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

const surfaces = (doc: string) => parse(doc).assignments.map((a) => a.units.map((u) => u.surface));

describe('task units, eleventh round: villages made plural', () => {
  it('reads the other kinds of village listed after the first ("các thôn, khu phố", "các ấp, khóm") as the same unit', () => {
    const doc = commune(`1. Trưởng các thôn, tổ dân phố rà soát các hộ sống ở vùng trũng, lập danh sách di dời.
2. Các ấp, khóm bố trí lực lượng trực tại chỗ.
3. Chi hội trưởng nông dân các thôn, khu phố vận động hội viên gia cố nhà cửa.`);
    expect(surfaces(doc)).toEqual([['Trưởng các thôn, tổ dân phố'], ['Các ấp, khóm'], ['Chi hội trưởng nông dân các thôn, khu phố']]);
    expect(unitsOf(doc).map((u) => u.map((x) => x.replace(/ \[.*$/, '')))).toEqual([
      ['Các thôn, tổ dân phố xã Tam Hải'], ['Các ấp, khóm xã Tam Hải'], ['Các chi hội nông dân thôn, khu phố xã Tam Hải'],
    ]);
  });

  it('keeps the words that say which villages ("ven biển", "ven sông Trà", "vùng cao") in the unit\'s name', () => {
    const doc = commune(`1. Trưởng các thôn ven biển kêu gọi tàu thuyền vào nơi tránh trú an toàn.
2. Các thôn ven sông Trà chuẩn bị phương tiện cứu hộ.
3. Trưởng các bản vùng cao kiểm tra các điểm có nguy cơ sạt lở.`);
    expect(surfaces(doc)).toEqual([['Trưởng các thôn ven biển'], ['Các thôn ven sông Trà'], ['Trưởng các bản vùng cao']]);
    expect(unitsOf(doc).map((u) => u.map((x) => x.replace(/ \[.*$/, '')))).toEqual([
      ['Các thôn ven biển xã Tam Hải'], ['Các thôn ven sông Trà xã Tam Hải'], ['Các bản vùng cao xã Tam Hải'],
    ]);
  });

  it('does not take a paper ("các thôn, bản cam kết") or a unit of another kind after the comma into the list', () => {
    const doc = commune(`1. Các thôn, bản cam kết không để người dân ở lại vùng nguy hiểm.
2. Trưởng các thôn và Công an xã tuần tra các tuyến đê.`);
    expect(surfaces(doc)).toEqual([['Các thôn'], ['Trưởng các thôn', 'Công an xã']]);
  });
});

describe('task units, eleventh round: staff by their field', () => {
  it('reads "Cán bộ <field> xã" as a post of the commune, as "Công chức <field> xã" is, with the partner after it', () => {
    const doc = commune(`1. Cán bộ Nông nghiệp xã (thường trực Ban Chỉ huy xã) chủ trì, phối hợp với Trưởng các thôn kiểm tra các tuyến kênh.
2. Ban Chỉ huy Quân sự xã phối hợp với cán bộ Địa chính xã cắm biển cảnh báo.`);
    expect(unitsOf(doc)).toEqual([
      ['Cán bộ Nông nghiệp xã Tam Hải [lead]', 'Các thôn xã Tam Hải [support]'],
      ['Ban Chỉ huy Quân sự xã Tam Hải [lead]', 'Cán bộ Địa chính xã Tam Hải [support]'],
    ]);
  });

  it('keeps "cán bộ" before no field ("Cán bộ, công chức xã", "Cán bộ UBND xã") people, no post', () => {
    const doc = commune(`1. Cán bộ, công chức xã trực ứng phó theo lịch.
2. Cán bộ UBND xã trực tại trụ sở 24/24 giờ.`);
    expect(unitsOf(doc)).toEqual([['UBND xã Tam Hải [assigned]']]);
  });
});

// A district plan that hands out its duties in a table and in prose.
const district = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
-------
Số: 88/KH-UBND
Đức Thọ, ngày 16 tháng 10 năm 2024

KẾ HOẠCH
Bồi thường, giải phóng mặt bằng các dự án năm 2025

III. PHÂN CÔNG NHIỆM VỤ
${body}
`;

describe('task units, eleventh round: a short form defined with its area word', () => {
  it('reads "TTPTQĐ huyện" as the unit the document defined as "Trung tâm Phát triển quỹ đất huyện (TTPTQĐ huyện)"', () => {
    const doc = district(`TT	Nội dung	Đơn vị chủ trì	Đơn vị phối hợp
1	Kiểm kê đất đai, tài sản trên đất	Trung tâm Phát triển quỹ đất huyện (TTPTQĐ huyện)	UBND các xã có dự án
2	Xác định nguồn gốc đất	Phòng Tài nguyên và Môi trường huyện	TTPTQĐ huyện`);
    expect(unitsOf(doc)).toEqual([
      ['Trung tâm Phát triển quỹ đất huyện Đức Thọ [lead]', 'UBND các xã huyện Đức Thọ [support]'],
      ['Phòng Tài nguyên và Môi trường huyện Đức Thọ [lead]', 'Trung tâm Phát triển quỹ đất huyện Đức Thọ [support]'],
    ]);
  });

  it('reads it so in prose too, and the bare short form as before', () => {
    const doc = district(`1. Ban Quản lý dự án đầu tư xây dựng huyện (BQLDA huyện) lập hồ sơ thu hồi đất.
2. BQLDA huyện phối hợp với UBND xã Tùng Ảnh cắm mốc giới.
3. Phòng Kinh tế và Hạ tầng huyện (PKTHT) thẩm định thiết kế.
4. PKTHT báo cáo tiến độ hằng tháng.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Ban Quản lý dự án đầu tư xây dựng huyện'], ['BQLDA huyện', 'UBND xã Tùng Ảnh'], ['Phòng Kinh tế và Hạ tầng huyện'], ['PKTHT'],
    ]);
  });
});

describe('task units, eleventh round: the heads of cells named after them', () => {
  it('reads "Chi hội trưởng các chi hội <association> <village>" as one unit, the cells by their heads', () => {
    const doc = commune(`1. Chi hội trưởng các chi hội nông dân thôn vận động hội viên gia cố chuồng trại.
2. Chi đoàn trưởng các chi đoàn thôn huy động đoàn viên giúp dân chằng chống nhà cửa.`);
    expect(surfaces(doc)).toEqual([['Chi hội trưởng các chi hội nông dân thôn'], ['Chi đoàn trưởng các chi đoàn thôn']]);
    expect(unitsOf(doc)).toEqual([['Các chi hội nông dân thôn xã Tam Hải [assigned]'], ['Các chi đoàn thôn xã Tam Hải [assigned]']]);
  });
});

describe('task units, eleventh round: a commune post named with its People\'s Committee', () => {
  it('reads "Văn phòng - Thống kê UBND xã", "Công chức Địa chính UBND xã" as the post, one unit', () => {
    const doc = commune(`1. Văn phòng - Thống kê UBND xã tổng hợp thiệt hại, báo cáo UBND huyện.
2. Công an xã phối hợp với Công chức Địa chính UBND xã kiểm tra các điểm sạt lở.`);
    expect(surfaces(doc)).toEqual([['Văn phòng - Thống kê UBND xã'], ['Công an xã', 'Công chức Địa chính UBND xã']]);
    expect(unitsOf(doc)).toEqual([
      ['Văn phòng - Thống kê xã Tam Hải [assigned]'],
      ['Công an xã Tam Hải [lead]', 'Công chức Địa chính xã Tam Hải [support]'],
    ]);
  });
});
