import { describe, expect, it } from 'vitest';
import { unitsOf } from './helpers/task-units.js';

/**
 * Tasks, twelfth round (issue 9, blind batch 17 whole): which sentences of a news report are tasks, tested on reports
 * written for the test in the same pattern, in other provinces than the one that missed.
 */

const report = (body: string) => `Hà Tĩnh: Huyện ủy Cẩm Xuyên kết luận về phát triển du lịch biển

12/10/2024

Huyện ủy Cẩm Xuyên vừa ban hành Thông báo số 210-TB/HU ngày 10/10/2024 kết luận của Ban Thường vụ Huyện ủy về phát triển du lịch biển.

Năm 2023, toàn huyện đón 350.000 lượt khách, doanh thu đạt 420 tỷ đồng.

${body}
`;

describe('tasks, twelfth round: the document named as the one that asks', () => {
  it('reads "Thông báo giao X …" and "Thông báo yêu cầu X …" as the document asking X, and the prose after as its tasks', () => {
    const doc = report(`Để du lịch biển phát triển bền vững, Thông báo giao Đảng ủy xã Cẩm Nhượng lãnh đạo xây dựng làng nghề gắn với du lịch cộng đồng.

Thông báo yêu cầu UBND huyện chỉ đạo hoàn thành tuyến đường ven biển trước quý II/2025. Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức lễ hội biển.`);
    expect(unitsOf(doc)).toEqual([
      ['Đảng ủy xã Cẩm Nhượng [assigned]'],
      ['UBND huyện Cẩm Xuyên [assigned]'],
      ['Phòng Văn hóa và Thông tin huyện Cẩm Xuyên [lead]', 'Trung tâm Văn hóa - Thể thao huyện Cẩm Xuyên [support]'],
    ]);
  });

  it('reads the other kinds of document the same way ("Công điện yêu cầu …", "Kết luận giao …")', () => {
    const doc = report(`Công điện yêu cầu Chủ tịch UBND các xã ven biển tổ chức kêu gọi tàu thuyền vào nơi tránh trú.

Kết luận giao Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền đến các chi bộ.`);
    expect(unitsOf(doc).map((u) => u.length)).toEqual([1, 1]);
    expect(unitsOf(doc)[1]).toEqual(['Ban Tuyên giáo Huyện ủy Cẩm Xuyên [assigned]']);
  });

  it('does not read a document announced ("Thông báo nêu rõ …", "Kế hoạch được ban hành …") as asking anyone', () => {
    const doc = report(`Thông báo nêu rõ, năm 2024 huyện phấn đấu đón 400.000 lượt khách.

Kế hoạch được ban hành nhằm cụ thể hóa Nghị quyết của Tỉnh ủy.`);
    expect(unitsOf(doc)).toEqual([]);
  });
});
