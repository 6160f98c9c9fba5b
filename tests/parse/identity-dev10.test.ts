import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity, from the misses of blind batch 12 (issue 9; docs/extraction-rounds.md,
 * "Document identity: what the misses are", tenth round): each case one structure of the text the
 * parser misread, on a short document written for this test.
 */
const numbers = (text: string) => parseDocument(text).citations.map((c) => c.number);

describe('an announced number wrapped after "số"', () => {
  it('a news lead "… ban hành Chỉ thị số" / "15-CT/TU về …": the article\'s own, and an earlier conclusion named later is cited', () => {
    const text = `Sóc Trăng: Tăng cường phòng, chống sạt lở bờ sông

SÓC TRĂNG (Báo Đảng bộ) - Ngày 04/3/2025, Ban Thường vụ Tỉnh ủy Sóc Trăng ban hành Chỉ thị số
15-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống sạt lở bờ sông.

Ban Thường vụ Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo rà soát các điểm sạt lở.

Trước đó, Ban Thường vụ Tỉnh ủy đã có Kết luận số 88-KL/TU về công tác thủy lợi.
`;
    expect(ownIdentity(text)).toEqual({ number: '15-CT/TU', docType: 'Chỉ thị', issuedOn: '2025-03-04', issuer: 'Ban Thường vụ Tỉnh ủy Sóc Trăng' });
    expect(numbers(text)).toEqual(['88-KL/TU']);
  });

  it('"UBND huyện … vừa ban hành Kế hoạch số" / "52/KH-UBND ngày …": the same in a news lead without a press tag', () => {
    const text = `Thứ Hai, 10/02/2025 - 08:15

UBND huyện Yên Thành vừa ban hành Kế hoạch số
52/KH-UBND ngày 06/02/2025 về tổ chức Tết trồng cây.

Theo đó, các xã trồng ít nhất 2.000 cây phân tán.
`;
    expect(ownIdentity(text)).toEqual({ number: '52/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-02-06', issuer: 'UBND huyện Yên Thành' });
  });
});

describe('a scanned symbol: OCR marks read as the printed symbol', () => {
  it('"Số 12-NQ/ĐĐU" (the first letter of the committee code doubled): 12-NQ/ĐU; "03-KH/HU" untouched', () => {
    const text = `ĐẢNG BỘ HUYỆN TRÀ CÚ
ĐẢNG ỦY XÃ NGÃI XUYÊN
*
Số 12-NQ/ĐĐU                  Ngãi Xuyên, ngày 02 tháng 5 năm 2024

NGHỊ QUYẾT
về phát triển kinh tế hộ

Thực hiện Kế hoạch số 03-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã quyết nghị:

1. Ủy ban nhân dân xã hỗ trợ vốn cho hộ nghèo.
`;
    expect(ownIdentity(text).number).toBe('12-NQ/ĐU');
    expect(numbers(text)).toEqual(['03-KH/HU']);
  });

  it('a symbol wrapped after its hyphen, a blank line between ("Quyết định số 18/QĐ-" / "" / "UBND ngày …"): 18/QĐ-UBND', () => {
    expect(numbers(`Điều 3. Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 18/QĐ-

UBND ngày 02/3/2023 của Chủ tịch UBND xã Triệu Độ. Văn phòng UBND xã chịu trách nhiệm thi hành Quyết định này./.
`)).toEqual(['18/QĐ-UBND']);
  });
});

describe('a headless fragment whose body sets out its own work ("… đề ra các nhiệm vụ sau:")', () => {
  const fragment = (leadIn: string) => `… số mô hình kinh tế thanh niên duy trì được mới đạt khoảng 55%.

Để triển khai Chương trình số 09-CTr/TWĐTN ngày 12/3/2024 của Ban Bí thư Trung ương Đoàn, ${leadIn}

1. Ban Phong trào chủ trì tổ chức cuộc thi ý tưởng khởi nghiệp.
2. Đề nghị Sở Kế hoạch và Đầu tư hỗ trợ thủ tục đăng ký kinh doanh.
`;

  it('"…, Ban Thường vụ Tỉnh Đoàn Tây" / "Ninh đề ra các nhiệm vụ trọng tâm sau:" (the name wrapped): the issuer', () => {
    expect(ownIdentity(fragment('Ban Thường vụ Tỉnh Đoàn Tây\nNinh đề ra các nhiệm vụ trọng tâm sau:')).issuer).toBe('Ban Thường vụ Tỉnh đoàn Tây Ninh');
  });

  it('"…, Ban Thường vụ Huyện đoàn Bến Cầu xác định các nhiệm vụ, giải pháp sau:": the issuer', () => {
    expect(ownIdentity(fragment('Ban Thường vụ Huyện đoàn Bến Cầu xác định các nhiệm vụ, giải pháp sau:')).issuer).toBe('Ban Thường vụ Huyện đoàn Bến Cầu');
  });

  it('a sentence of background ("Năm 2024, Công an huyện … đề ra mục tiêu …; kết quả …") names no issuer', () => {
    expect(ownIdentity(`Năm 2024, Công an huyện Bến Cầu đề ra mục tiêu giảm 10% số vụ tai nạn; kết quả đạt 12%.

1. Đội Cảnh sát giao thông tuần tra trên tuyến đường tỉnh.
`).issuer).toBeNull();
  });
});

describe('a central body\'s name wrapped over two header lines ("ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM")', () => {
  const guidance = (header: string) => `${header}
Số: 902/HD-MTTW-BTT

Hà Nội, ngày 12 tháng 6 năm 2024

HƯỚNG DẪN
Tổ chức lấy ý kiến nhân dân về dự thảo văn bản

Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng, Ban Thường trực hướng dẫn như sau:

1. Ban Dân chủ - Pháp luật chủ trì tổng hợp ý kiến.
`;

  it('with the organ on a third line ("BAN THƯỜNG TRỰC"): the central Front\'s Ban Thường trực, not a district\'s', () => {
    expect(ownIdentity(guidance('ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nBAN THƯỜNG TRỰC')).issuer).toBe('Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam');
  });

  it('the two lines alone: the central Front\'s committee', () => {
    expect(ownIdentity(guidance('ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM')).issuer).toBe('Ủy ban Trung ương MTTQ Việt Nam');
  });
});
