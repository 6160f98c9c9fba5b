import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own identity of a fragment without its header (docs/extraction-quality.md, "Round on batch 30's headless
 * fragments"): each mechanism on short documents written for this test, in two variants (another province,
 * another kind of body), with a guard where it must not act.
 */
const parsed = (text: string) => parseDocument(text);

describe('a council\'s resolution passed at a session: "… được HĐND tỉnh X khóa …, kỳ họp thứ … thông qua ngày …"', () => {
  it('a provincial council, its session in words, the day of the vote right after the act', () => {
    const r = parsed(`b) Sở Tài chính bố trí kinh phí hỗ trợ trong dự toán ngân sách hằng năm.

Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 3 năm 2025.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Phú Yên khóa VIII, kỳ họp thứ hai mươi hai thông
qua ngày 18 tháng 02 năm 2025./.

CHỦ TỊCH

Lê Văn Hải
`);
    expect(r.issuer?.name).toBe('HĐND tỉnh Phú Yên');
    expect(r.issuedOn).toBe('2025-02-18');
    expect(r.docType).toBe('Nghị quyết');
  });

  it('a district council, its session in figures and a special session, the date in figures after a comma', () => {
    const r = parsed(`2. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.

Nghị quyết này được Hội đồng nhân dân huyện Krông Pắc khóa XII, kỳ họp thứ 9 chuyên đề thông qua, ngày 27/8/2024.

CHỦ TỊCH
Y Bhin Niê
`);
    expect(r.issuer?.name).toBe('HĐND huyện Krông Pắc');
    expect(r.issuedOn).toBe('2024-08-27');
  });

  it('guard: a date further on in the sentence is not the day of the act', () => {
    const r = parsed(`Nghị quyết này được Hội đồng nhân dân xã Đồng Lạc khóa XXI, kỳ họp thứ 8 thông qua và có hiệu lực từ ngày 01/01/2025./.
`);
    expect(r.issuer?.name).toBe('HĐND xã Đồng Lạc');
    expect(r.issuedOn).toBeNull();
  });
});
