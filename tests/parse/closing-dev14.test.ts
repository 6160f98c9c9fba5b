import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Closing formulas from the spurious tasks of batch 24's 28 documents moved to tune (2026-12-06 night;
 * docs/extraction-rounds.md, "Round on batch 24's moved documents"): a last paragraph that asks "các …"
 * for nothing but to carry the document out is no task, on short documents written for this test.
 */
const plan = (closing: string) => `KẾ HOẠCH
Phòng, chống dịch tả lợn châu Phi năm 2025

1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn tiêu độc, khử trùng chuồng trại.
2. Trạm Chăn nuôi và Thú y huyện cung ứng vắc xin cho các xã.
${closing}
`;
const tasks = (text: string) => parseDocument(text).assignments.length;

describe('the last paragraph asks "các …" only to carry the document out', () => {
  it('the issuer\'s request ending on a plain full stop ("… đề nghị các đơn vị nghiêm túc triển khai thực hiện Kế hoạch này.")', () => {
    expect(tasks(plan('Ban Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện Kế hoạch này.'))).toBe(2);
  });

  it('with "phối hợp" ("… đề nghị các tổ chức thành viên, Ban công tác Mặt trận các thôn phối hợp triển khai thực hiện Kế hoạch này./.")', () => {
    expect(tasks(plan('Ban Thường trực Ủy ban MTTQ Việt Nam xã Ea Kao đề nghị các tổ chức thành viên, Ban công tác Mặt trận các thôn phối hợp triển khai thực hiện Kế hoạch này./.'))).toBe(2);
  });

  it('with the report coming back to the issuer ("Yêu cầu các thành viên …, Chủ tịch UBND các xã triển khai thực hiện; kết quả báo cáo về …./.")', () => {
    expect(tasks(plan('Yêu cầu các thành viên Ban Chỉ đạo và Chủ tịch UBND các xã, thị trấn triển khai thực hiện; kết quả báo cáo về Ban Chỉ đạo (qua Phòng Nông nghiệp và Phát triển nông thôn)./.'))).toBe(2);
  });

  it('the units alone ("Các ngành, đoàn thể căn cứ nhiệm vụ được giao nghiêm túc triển khai thực hiện./.", "Các cơ quan, đơn vị triển khai thực hiện./.")', () => {
    expect(tasks(plan('Các ngành, đoàn thể căn cứ nhiệm vụ được giao nghiêm túc triển khai thực hiện./.'))).toBe(2);
    expect(tasks(plan('Các phòng, ban, đơn vị triển khai thực hiện./.'))).toBe(2);
  });

  it('guard: a last paragraph with work of its own is a task ("Các xã triển khai thực hiện tiêm phòng đợt 2 trước ngày 30/6./.")', () => {
    expect(tasks(plan('Các xã triển khai thực hiện tiêm phòng đợt 2 trước ngày 30/6/2025./.'))).toBe(3);
  });
});
