import { describe, expect, it } from 'vitest';
import { markerOf } from '../../src/parse/find/enumeration.js';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Closing paragraphs of portal pages read as tasks (tune h327, h334; tasks38 round): the issuer's request to carry the
 * plan out, naming it without "này", and the plan's report duty at its end, on short documents written for this test.
 */
const plan = (closing: string) => `KẾ HOẠCH
Chăm sóc cây ăn trái năm 2026

1. Phòng Nông nghiệp và Môi trường chủ trì hướng dẫn kỹ thuật ghép cải tạo vườn.
2. Trạm Khuyến nông huyện xây dựng mô hình tưới tiết kiệm cho các xã.
${closing}
`;
const tasks = (text: string) => parseDocument(text).assignments.length;

describe('the last paragraph is no task', () => {
  it('the issuer asks "các …" to carry out the plan named without "này" ("… triển khai thực hiện Kế hoạch./.")', () => {
    expect(tasks(plan('Ban Thường vụ Huyện đoàn đề nghị các chi đoàn nghiêm túc triển khai thực hiện Kế hoạch./.'))).toBe(2);
  });

  it('the report duty after how often ("Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả về … để tổng hợp./.")', () => {
    expect(tasks(plan('Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả về Phòng Nông nghiệp và Môi trường để tổng hợp./.'))).toBe(2);
  });

  it('guard: a named body with work of its own before the report stays a task', () => {
    expect(tasks(plan('Định kỳ 6 tháng, Ủy ban nhân dân các xã rà soát diện tích vườn tạp, báo cáo kết quả về Phòng Nông nghiệp và Môi trường để tổng hợp./.'))).toBe(3);
  });
});

describe('a wrapped line that opens with a range of numbers is no item', () => {
  // "… có khả năng xuất hiện\n3 - 4 cơn bão, …" (tune w226): "3 - 4" is how many. Read as item 3, it took in the
  // paragraph after it, which leads in the items ("Thực hiện …, Sở … đề nghị các đơn vị … một số nội dung sau:").
  it('"2 - 3 đợt nắng nóng" opens no item; "3- Rà soát" and "3 - Rà soát" do', () => {
    expect(markerOf('2 - 3 đợt nắng nóng gay gắt, lượng mưa thấp.')).toBeNull();
    expect(markerOf('2 – 3 đợt nắng nóng gay gắt.')).toBeNull();
    expect(markerOf('3- Rà soát diện tích lúa thiếu nước.')).toMatchObject({ kind: 'arabic', label: '3' });
    expect(markerOf('3 - Rà soát diện tích lúa thiếu nước.')).toMatchObject({ kind: 'arabic', label: '3' });
  });
});

describe('a monitoring centre named with "và" inside', () => {
  // "Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu …" (tune h332): "và" ended the name.
  it('names "Trung tâm Quan trắc tài nguyên và môi trường" whole', () => {
    const doc = `SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
KẾ HOẠCH
Kiểm tra bãi chôn lấp chất thải rắn năm 2026
III. TỔ CHỨC THỰC HIỆN
1. Chi cục Bảo vệ môi trường chủ trì lập lịch kiểm tra các bãi chôn lấp.
2. Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu nước mặt quanh các bãi chôn lấp.
`;
    const units = parseDocument(doc).assignments.map((a) => a.units.map((u) => u.name));
    expect(units).toEqual([['Chi cục Bảo vệ môi trường tỉnh Lâm Đồng'], ['Trung tâm Quan trắc tài nguyên và môi trường tỉnh Lâm Đồng']]);
  });
});
