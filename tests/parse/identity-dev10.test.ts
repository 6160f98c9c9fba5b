import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity, from the misses of blind batch 12 (issue 9; docs/extraction-quality.md,
 * "Document identity: what the misses are", tenth round): each case one structure of the text the
 * parser misread, on a short document written for this test.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null };
};
const numbers = (text: string) => parseDocument(text).citations.map((c) => c.number);

describe('an announced number wrapped after "số"', () => {
  it('a news lead "… ban hành Chỉ thị số" / "15-CT/TU về …": the article\'s own, and an earlier conclusion named later is cited', () => {
    const text = `Sóc Trăng: Tăng cường phòng, chống sạt lở bờ sông

SÓC TRĂNG (Báo Đảng bộ) - Ngày 04/3/2025, Ban Thường vụ Tỉnh ủy Sóc Trăng ban hành Chỉ thị số
15-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống sạt lở bờ sông.

Ban Thường vụ Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo rà soát các điểm sạt lở.

Trước đó, Ban Thường vụ Tỉnh ủy đã có Kết luận số 88-KL/TU về công tác thủy lợi.
`;
    expect(identity(text)).toEqual({ number: '15-CT/TU', docType: 'Chỉ thị', issuedOn: '2025-03-04', issuer: 'Ban Thường vụ Tỉnh ủy Sóc Trăng' });
    expect(numbers(text)).toEqual(['88-KL/TU']);
  });

  it('"UBND huyện … vừa ban hành Kế hoạch số" / "52/KH-UBND ngày …": the same in a news lead without a press tag', () => {
    const text = `Thứ Hai, 10/02/2025 - 08:15

UBND huyện Yên Thành vừa ban hành Kế hoạch số
52/KH-UBND ngày 06/02/2025 về tổ chức Tết trồng cây.

Theo đó, các xã trồng ít nhất 2.000 cây phân tán.
`;
    expect(identity(text)).toEqual({ number: '52/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-02-06', issuer: 'UBND huyện Yên Thành' });
  });
});
