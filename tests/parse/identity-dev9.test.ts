import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of blind batch 13 (24 documents moved whole to tune;
 * docs/extraction-rounds.md, "Document identity: what the misses are", ninth round): each case one
 * structure of the text, on short documents written for this test in their own words, with a guard
 * where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { docType: r.docType, issuer: r.issuer?.name ?? null };
};
const citedIssuers = (text: string) => parseDocument(text).citations.filter((c) => c.number !== null).map((c) => [c.number, c.issuer?.name ?? null]);

describe('the enacting formula of a decision copied from its Căn cứ lines', () => {
  const decision = (authority: string, signature: string) => `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Kế hoạch số 41/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân huyện Phú Tân về chuyển đổi số;
Xét đề nghị của Công chức Văn phòng - Thống kê.

${authority}
QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ chuyển đổi số cộng đồng, gồm các ông (bà) có tên trong danh sách kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-UBND ngày 10/01/2023 của Chủ tịch UBND xã.

Điều 3. Công chức Văn phòng - Thống kê và các thành viên Tổ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
${signature}

Nguyễn Văn Tâm
`;

  it('"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ … / QUYẾT ĐỊNH:" over a bare "CHỦ TỊCH" signature names the issuer, and places the commune\'s own cited decision', () => {
    const text = decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THẠNH', 'CHỦ TỊCH');
    expect(identity(text)).toEqual({ docType: 'Quyết định', issuer: 'UBND xã Phú Thạnh' });
    expect(citedIssuers(text)).toEqual([['41/KH-UBND', 'UBND huyện Phú Tân'], ['12/QĐ-UBND', 'UBND xã Phú Thạnh']]);
  });

  it('"ỦY BAN NHÂN DÂN HUYỆN … / QUYẾT ĐỊNH:" over "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH": the same', () => {
    const text = decision('ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(identity(text).issuer).toBe('UBND huyện Phú Tân');
  });

  it('an enacting line without a place names nothing', () => {
    expect(identity(decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', 'CHỦ TỊCH')).issuer).toBeNull();
  });
});

describe('a signature printed among the recipients of a two-column copy', () => {
  it('"Nơi nhận:" / "- …" / "KT. TRƯỞNG CÔNG AN HUYỆN <place>" / "PHÓ TRƯỞNG …" / "- …": the place completes the body the opening names', () => {
    const text = `Thực hiện Kế hoạch số 88/KH-CAT ngày 01/10/2024 của Công an tỉnh Cao Bằng, Công an huyện yêu cầu các đội nghiệp vụ, Công an các xã thực hiện một số nội dung sau:

1. Đội Cảnh sát hình sự chủ trì lập chuyên án đấu tranh với tội phạm trộm cắp.

2. Công an các xã tăng cường tuần tra vào ban đêm.

Nơi nhận:                                     KT. TRƯỞNG CÔNG AN HUYỆN TRÙNG KHÁNH
- Công an tỉnh (b/c);                         PHÓ TRƯỞNG CÔNG AN HUYỆN
- Các đội nghiệp vụ;
- Lưu: HS.                                    Trung tá Nông Văn Hải
`;
    expect(identity(text).issuer).toBe('Công an huyện Trùng Khánh');
  });
});
