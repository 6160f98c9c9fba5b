import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity, from the misses of the eleven blind documents of the fourth round
 * (issue 9; docs/extraction-rounds.md, "Document identity: what the misses are", fourth round): each
 * case is one structure of the text the parser misread, on a short document written for this test.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuer: r.issuer?.name ?? null };
};

/** A headless plan whose signature block is printed beside its Nơi nhận, one column each. */
const plan = (capacity: string, position: string) => `các điểm bán lẻ thuốc tân dược trên địa bàn huyện Phù Yên chưa bảo quản thuốc đúng quy định.

I. NHIỆM VỤ

1. Đội Quản lý thị trường số 5 kiểm tra 40 cơ sở bán lẻ thuốc trong quý II/2025.

2. Các xã, thị trấn:
- Rà soát danh sách cơ sở bán lẻ thuốc trên địa bàn;
- Tham mưu Đảng ủy, UBND xã, thị trấn xây dựng quy ước của bản về phòng, chống thuốc giả.

3. Kết quả gửi về Đội Tổng hợp trước ngày 30/6/2025.

Nơi nhận:                                       ${capacity}
- Sở Y tế (b/c);                                  ${position}
- Các xã, thị trấn;
- Lưu: VT.                                        Nguyễn Văn Bình
`;

describe('a signature block printed beside the recipients', () => {
  it('reads the capacity in the right-hand column: "KT. GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN" signs for the district\'s health centre', () => {
    expect(identity(plan('KT. GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN', 'PHÓ GIÁM ĐỐC')).issuer).toBe('Trung tâm Y tế huyện Phù Yên');
  });

  it('"TM. ỦY BAN NHÂN DÂN" with no level names no issuer, and "UBND xã, thị trấn" in a task is none either', () => {
    expect(identity(plan('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')).issuer).toBeNull();
  });
});
