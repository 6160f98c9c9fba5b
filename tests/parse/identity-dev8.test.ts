import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity in headless fragments and news reports, from the misses of the eleven
 * blind documents of the eighth round (issue 9; docs/extraction-rounds.md, "Document identity: what
 * the misses are", eighth round): each case is one structure of the text the parser misread, on a
 * short document written for this test, with a variant and a guard where the rule has an edge.
 */

describe('an abbreviation introduced in brackets between a body\'s name and its place', () => {
  it('a news lead "Ban Thường vụ Hội Nông dân (HND) huyện … vừa ban hành Kế hoạch số …": the article\'s own plan', () => {
    const text = `Krông Pắc: Nông dân được vay vốn trồng cà phê tái canh

Thứ Tư, 09/04/2025 - 15:20

(ĐLO) - Ban Thường vụ Hội Nông dân (HND) huyện Krông Pắc vừa ban hành Kế hoạch số 21/KH-HND ngày 02/4/2025 về hỗ trợ hội viên tái canh cà phê năm 2025, nhằm triển khai Kế hoạch số 64/KH-HND của Hội Nông dân tỉnh Đắk Lắk.

Theo kế hoạch, Hội Nông dân các xã tổ chức tập huấn kỹ thuật ghép cải tạo cho hội viên.

Minh Tâm
`;
    expect(ownIdentity(text)).toEqual({ number: '21/KH-HND', docType: 'Kế hoạch', issuedOn: '2025-04-02', issuer: 'Ban Thường vụ Hội Nông dân huyện Krông Pắc' });
    // The article's own plan is no citation of itself; the provincial plan it carries out is.
    expect(parseDocument(text).citations.map((c) => [c.number, c.issuer?.name ?? null, c.relation])).toEqual([['64/KH-HND', 'Hội Nông dân tỉnh Đắk Lắk', 'implements']]);
  });

  it('an abbreviation of several capitals joined by "-" and "&" ("Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh …"): the same', () => {
    const text = `Hậu Giang: Rà soát lao động đi làm việc ở nước ngoài

Thứ Hai, 03/03/2025 - 10:00

(HG) - Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Hậu Giang vừa có Công văn số 215/SLĐTBXH-LĐVL ngày 27/02/2025 đề nghị UBND các huyện, thị xã, thành phố rà soát lao động đi làm việc ở nước ngoài.

Theo công văn, UBND các huyện báo cáo kết quả trước ngày 20/3/2025.

Ngọc Trâm
`;
    expect(ownIdentity(text)).toEqual({ number: '215/SLĐTBXH-LĐVL', docType: 'Công văn', issuedOn: '2025-02-27', issuer: 'Sở Lao động - Thương binh và Xã hội tỉnh Hậu Giang' });
  });

  it('a headless lead-in "Hội Cựu chiến binh (CCB) xã Tân Lập đề nghị …": the issuer keeps its commune', () => {
    expect(ownIdentity(`trong năm 2024 toàn xã có 42 hội viên được hỗ trợ sửa chữa nhà ở.

Để thực hiện tốt chương trình an sinh năm 2025, Hội Cựu chiến binh (CCB) xã Tân Lập đề nghị các chi hội thực hiện như sau:

1. Các chi hội rà soát hội viên có hoàn cảnh khó khăn, gửi danh sách về Hội trước ngày 15/5/2025.
2. Các chi hội vận động hội viên đóng góp ngày công giúp đỡ nhau.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Lò Văn Thành
`).issuer).toBe('Ban Chấp hành Hội Cựu chiến binh xã Tân Lập');
  });
});

describe('a numbered item\'s subject and its object are a task, not the document', () => {
  it('"1. Ban Thường vụ Đảng ủy xây dựng kế hoạch kiểm tra …" in a resolution that says "Nghị quyết này": a Nghị quyết, no issuer read', () => {
    expect(ownIdentity(`- 100% chi bộ tổ dân phố tổ chức sinh hoạt chuyên đề về giữ gìn vệ sinh môi trường.

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đảng ủy xây dựng kế hoạch kiểm tra việc thực hiện, định kỳ báo cáo Ban Chấp hành.
2. Ủy ban nhân dân phường chủ trì ra quân dọn vệ sinh các tuyến phố vào sáng thứ Bảy hằng tuần.
3. Các chi bộ đưa nội dung Nghị quyết vào sinh hoạt hằng tháng.

Nghị quyết này được phổ biến đến các chi bộ và đảng viên./.

T/M ĐẢNG ỦY
BÍ THƯ

Hoàng Văn Nam
`)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: null });
  });

  it('"- Công an xã xây dựng phương án …" in a plan that says "Kế hoạch này": a Kế hoạch, and the police are no issuer', () => {
    expect(ownIdentity(`- Đến cuối năm 2025, 90% hộ gia đình phân loại rác tại nguồn.

IV. TỔ CHỨC THỰC HIỆN
- Công an xã xây dựng phương án bảo đảm an ninh trật tự tại các điểm tập kết rác.
- Đoàn Thanh niên xã ra quân thu gom rác thải nhựa vào chủ nhật hằng tuần.

Kế hoạch này được triển khai đến các thôn./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đặng Thị Mai
`)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: null });
  });
});

describe('"phân công" leads in to the work a committee hands out', () => {
  it('"…, Ban Chấp hành Đảng bộ phường Tân Lợi phân công nhiệm vụ như sau:": the issuer', () => {
    expect(ownIdentity(`- Giảm 20% số hộ nghèo so với đầu năm.

IV. TỔ CHỨC THỰC HIỆN
Để đưa Nghị quyết vào cuộc sống, Ban Chấp hành Đảng bộ phường Tân Lợi phân công nhiệm vụ như sau:
1. Ủy ban nhân dân phường chủ trì rà soát hộ nghèo, hộ cận nghèo.
2. Hội Cựu chiến binh phường hướng dẫn hội viên chuyển đổi cây trồng.

Nghị quyết này được phổ biến đến các chi bộ./.

T/M ĐẢNG ỦY
BÍ THƯ

Y Sơn Niê
`)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: 'Ban Chấp hành Đảng bộ phường Tân Lợi' });
  });
});

describe('the document as the subject of a passive, its issuer the agent', () => {
  it('"Nghị quyết này được Ban Chấp hành Đảng bộ phường … thông qua tại Hội nghị …": the issuer, and the replaced resolution\'s issuer placed by it', () => {
    const text = `3. Đoàn Thanh niên phường ra quân làm đường giao thông nông thôn vào tháng 7/2025.

Nghị quyết này được Ban Chấp hành Đảng bộ phường Thắng Lợi thông qua tại Hội nghị lần thứ 15, thay thế Nghị quyết số 08-NQ/ĐU ngày 12/3/2022 của Đảng ủy phường về giao thông nông thôn./.

T/M ĐẢNG ỦY
BÍ THƯ

Trần Minh Khôi
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: 'Ban Chấp hành Đảng bộ phường Thắng Lợi' });
    expect(parseDocument(text).citations.map((c) => [c.number, c.issuer?.name ?? null])).toEqual([['08-NQ/ĐU', 'Đảng ủy phường Thắng Lợi']]);
  });

  it('"Kế hoạch này đã được Ủy ban nhân dân xã Phước Hưng thông qua …": the same with "đã"', () => {
    expect(ownIdentity(`2. Công chức Văn hóa - Xã hội xã tổng hợp danh sách hộ được hỗ trợ.

Kế hoạch này đã được Ủy ban nhân dân xã Phước Hưng thông qua tại phiên họp thường kỳ tháng 6/2025 và được gửi đến các ấp để thực hiện./.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thanh Tùng
`).issuer).toBe('UBND xã Phước Hưng');
  });

  it('"Kế hoạch này được các chi bộ trực thuộc thông qua …": many bodies, no issuer', () => {
    expect(ownIdentity(`2. Các chi bộ tổ chức quán triệt đến đảng viên.

Kế hoạch này được các chi bộ trực thuộc thông qua tại kỳ sinh hoạt tháng 8/2025./.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Vũ Thị Lan
`).issuer).toBeNull();
  });
});

describe('a signature that names an organ but not whose', () => {
  it('"TM. BAN THƯỜNG TRỰC", the body naming that organ with its ward in a sentence not about a superior: that ward\'s', () => {
    expect(ownIdentity(`2. Các tổ chức thành viên vận động hội viên đóng góp ngày công sửa nhà cho hộ nghèo.
3. Ban Thường trực Ủy ban MTTQ Việt Nam phường tổng hợp kết quả, định kỳ báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đông Hà.

Trong quá trình thực hiện, nếu có vướng mắc, các khu phố kịp thời phản ánh về Ban Thường trực Ủy ban MTTQ Việt Nam phường Đông Lương để giải quyết./.

Nơi nhận:
- BTT UBMTTQ VN thành phố (b/c);
- Lưu: VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Nguyễn Thị Thu
`).issuer).toBe('Ban Thường trực Ủy ban MTTQ phường Đông Lương');
  });

  it('"T/M BAN THƯỜNG VỤ", the body handing work to two organs of one Huyện ủy (a Tỉnh ủy\'s organ only as a cited issuer): the Huyện ủy\'s', () => {
    expect(ownIdentity(`2. Tăng cường kiểm tra, giám sát việc thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy hướng dẫn các chi bộ, đảng bộ cơ sở tổ chức học tập chuyên đề theo Hướng dẫn số 05-HD/BTGTU ngày 10/01/2025 của Ban Tuyên giáo Tỉnh ủy.
2. Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2025.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hà Văn Quý
`).issuer).toBe('Ban Thường vụ Huyện ủy');
  });

  it('"TM. ỦY BAN NHÂN DÂN", the tasks going to units "… xã", the closing naming "Chủ tịch UBND xã Sơn Hà": that commune\'s UBND', () => {
    expect(ownIdentity(`- Phấn đấu 100% thôn có tổ tự quản về môi trường.

III. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng xã theo dõi, đôn đốc các thôn.
2. Đoàn Thanh niên xã ra quân dọn vệ sinh vào chủ nhật cuối tháng.

Giao Văn phòng - Thống kê xã theo dõi việc thực hiện Kế hoạch này, báo cáo Chủ tịch UBND xã Sơn Hà kết quả trước ngày 30/11/2025./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đinh Văn Sáu
`)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND xã Sơn Hà' });
  });

  it('the same at ward level, results sent "về Ủy ban nhân dân phường Phú Lợi (qua Văn phòng)"', () => {
    expect(ownIdentity(`2. Công an phường phối hợp với Ban điều hành các khu phố rà soát nhà trọ.
3. Hội Cựu chiến binh phường vận động hội viên tham gia tổ tự quản.

Các khu phố gửi kết quả thực hiện về Ủy ban nhân dân phường Phú Lợi (qua Văn phòng) trước ngày 25 hằng tháng để tổng hợp./.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Ngọc
`).issuer).toBe('UBND phường Phú Lợi');
  });

  it('a commune fragment reporting to "UBND huyện Sơn Tây": a superior, no issuer', () => {
    expect(ownIdentity(`III. TỔ CHỨC THỰC HIỆN
1. Công an xã tăng cường tuần tra vào ban đêm.
2. Đoàn Thanh niên xã tổ chức đội thanh niên tình nguyện.

Định kỳ hằng quý, Văn phòng - Thống kê xã tổng hợp kết quả, báo cáo UBND huyện Sơn Tây./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đinh Văn Sáu
`).issuer).toBeNull();
  });

  it('one organ of the committee only: no issuer', () => {
    expect(ownIdentity(`IV. TỔ CHỨC THỰC HIỆN
1. Các chi bộ, đảng bộ cơ sở tổ chức học tập chuyên đề theo Hướng dẫn số 05-HD/BTGTU ngày 10/01/2025 của Ban Tuyên giáo Tỉnh ủy.
2. Văn phòng Huyện ủy theo dõi, tổng hợp kết quả.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hà Văn Quý
`).issuer).toBeNull();
  });
});
