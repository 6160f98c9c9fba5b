import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { citedRelations as cited } from './docs.js';

/**
 * Citations in headless fragments and news reports, from the misses of the eleven blind documents of
 * the eighth round (issue 9; docs/extraction-rounds.md, "Document identity: what the misses are",
 * eighth round): each case one structure of the text, on a short document written for this test.
 */

describe('a congress resolution named by its term, not its number', () => {
  it('"… đạt 70% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đề ra": cited, its name ending at the term', () => {
    expect(cited(`số hộ nghèo giảm còn 3,1%, mới đạt 70% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đề ra.

III. NHIỆM VỤ
1. Phòng Nông nghiệp huyện hướng dẫn các xã chuyển đổi cây trồng.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lê Văn A
`)).toEqual([['Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025', 'cites']]);
  });

  it('"… mục tiêu mà Nghị quyết Đại hội đại biểu Đảng bộ xã nhiệm kỳ 2020 - 2025 đã xác định": the same', () => {
    expect(cited(`Năm 2024, tỷ lệ trường học đạt chuẩn quốc gia của xã mới đạt 60%, thấp hơn mục tiêu mà Nghị quyết Đại hội đại biểu Đảng bộ xã nhiệm kỳ 2020 - 2025 đã xác định.

1. Ủy ban nhân dân xã rà soát, lập hồ sơ đề nghị công nhận trường đạt chuẩn.

T/M ĐẢNG ỦY
BÍ THƯ

Phạm Văn Bình
`)).toEqual([['Nghị quyết Đại hội đại biểu Đảng bộ xã nhiệm kỳ 2020 - 2025', 'cites']]);
  });

  it('"… lần thứ XXI, nhiệm kỳ 2020 - 2025, …": the number names it, the term after a comma stays out', () => {
    expect(cited(`Để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy yêu cầu:

1. Các chi bộ, đảng bộ cơ sở quán triệt đến đảng viên.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Phạm Văn Bình
`)).toEqual([['Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI', 'implements']]);
  });
});

describe('a news lead places its issuer in brackets, and the superior it cites with it', () => {
  const read = (text: string) => {
    const r = parseDocument(text);
    return { number: r.number, issuer: r.issuer?.name ?? null, province: r.issuer?.area?.province ?? null, cited: r.citations.map((c) => [c.number, c.issuer?.name ?? null, c.relation]) };
  };

  it('"Đảng ủy xã Tân Phú (huyện Đồng Phú) vừa ban hành Kế hoạch số …": Bình Phước\'s, and its Tỉnh ủy cited', () => {
    expect(read(`Thứ Hai, 21/04/2025 - 07:30

Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Tân Phú (huyện Đồng Phú) vừa ban hành Kế hoạch số 87-KH/ĐU về nâng cao chất lượng sinh hoạt chi bộ năm 2025.

Theo đó, các chi bộ ấp sinh hoạt chuyên đề ít nhất một lần mỗi quý.

Hoàng Phúc
`)).toEqual({
      number: '87-KH/ĐU', issuer: 'Đảng ủy xã Tân Phú', province: 'Bình Phước', cited: [['05-CT/TU', 'Ban Thường vụ Tỉnh ủy Bình Phước', 'implements']],
    });
  });

  it('the province alone in the bracket ("Đảng ủy xã Tân Phú (Bình Phước)"): the same', () => {
    expect(read(`Thứ Sáu, 15/11/2024 - 10:20

(BQN) - Nhằm cụ thể hóa Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Tân Phú (Bình Phước) vừa ban hành Kế hoạch số 41-KH/ĐU về phát triển đảng viên ở thôn năm 2025.

Theo kế hoạch, các chi bộ thôn giới thiệu quần chúng ưu tú học lớp nhận thức về Đảng.

Bích Ngọc
`)).toEqual({
      number: '41-KH/ĐU', issuer: 'Đảng ủy xã Tân Phú', province: 'Bình Phước', cited: [['12-CT/TU', 'Ban Thường vụ Tỉnh ủy Bình Phước', 'implements']],
    });
  });
});
