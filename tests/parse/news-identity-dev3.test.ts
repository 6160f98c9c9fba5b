import { describe, expect, it } from 'vitest';
import { ownIdentity, citedNumbers, newsArticle } from './docs.js';

/**
 * A news report's identity read over the whole article (src/parse/find/news-identity.ts), from batch 31's news
 * reports moved to tune in session 32: the document's making told in the passive after its type word and title
 * ("được <body> ban hành", "do <signer> ký ngày …"), a title holding "kỷ luật" before its bracketed number, and a
 * "Đăng ngày:" dateline. Each shape in two variants (another province, another kind of body), on short articles
 * written for this test.
 */

const article = newsArticle('Minh Châu');

describe('the passive\'s agent after the type word issued the document: "… theo kế hoạch được <body> ban hành …"', () => {
  it('a district youth union\'s plan, the day only as a month', () => {
    const text = article('Tuổi trẻ Krông Pắc ra quân hè tình nguyện', 'Cập nhật lúc 09:10, Thứ Hai, 03/6/2024',
      'Chiến dịch hè năm 2024 của tuổi trẻ huyện diễn ra từ ngày 05/6 đến 25/8, theo kế hoạch được Ban Thường vụ Huyện đoàn Krông Pắc ban hành trong tháng 5 vừa qua.',
      'Theo kế hoạch, các chi đoàn thôn dọn vệ sinh đường làng mỗi tuần.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'Ban Thường vụ Huyện đoàn Krông Pắc' });
  });

  it('a provincial council\'s resolution with a quoted title, "được … thông qua tại kỳ họp"', () => {
    const text = article('Hỗ trợ học phí cho học sinh vùng khó khăn', 'Thứ Sáu, 18/10/2024, 07:50',
      '(BNB) - Nghị quyết "Quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh" được HĐND tỉnh Ninh Bình thông qua tại kỳ họp chuyên đề trong tháng 10/2024.',
      'Nghị quyết thay thế Nghị quyết số 08/2021/NQ-HĐND ngày 09/7/2021 của HĐND tỉnh Hà Nam.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: 'HĐND tỉnh Ninh Bình' });
    expect(citedNumbers(text)).toEqual(['08/2021/NQ-HĐND']);
  });

  it('not where the making is "ban hành tại" another document: that one is the lead\'s', () => {
    const text = article('Đoan Hùng: Tháo gỡ mặt bằng cụm công nghiệp', 'Thứ Tư, 16/10/2024 - 07:40',
      '(PTO) - Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy đã kết luận, yêu cầu bàn giao mặt bằng trước ngày 30/11.',
      'Nội dung kết luận được Ban Thường vụ Huyện ủy Đoan Hùng ban hành tại Thông báo số 515-TB/HU ngày 14/10/2024.');
    expect(ownIdentity(text)).toEqual({ number: '515-TB/HU', docType: 'Thông báo', issuedOn: '2024-10-14', issuer: 'Ban Thường vụ Huyện ủy Đoan Hùng' });
  });
});

describe('the day a signer signed it: "Chỉ thị "…", do đồng chí … ký ngày …"', () => {
  it('a provincial standing board\'s directive, numbered further down', () => {
    const text = article('Siết chặt quản lý đất công', '22/04/2024 | 16:40 - Thanh Hải',
      '(BTN) - Ban Thường vụ Tỉnh ủy Tây Ninh vừa ban hành Chỉ thị "Về tăng cường quản lý đất công trên địa bàn tỉnh", do đồng chí Phó Bí thư Thường trực Tỉnh ủy ký ngày 18/4/2024.',
      'Chỉ thị số 27-CT/TU được ban hành để thay thế Chỉ thị số 11-CT/TU ngày 05/01/2019 của Ban Thường vụ Tỉnh ủy.');
    expect(ownIdentity(text)).toEqual({ number: '27-CT/TU', docType: 'Chỉ thị', issuedOn: '2024-04-18', issuer: 'Ban Thường vụ Tỉnh ủy Tây Ninh' });
    expect(citedNumbers(text)).toEqual(['11-CT/TU']);
  });

  it('a city council\'s plan opening on its owner: "Kế hoạch của … về … được Chủ tịch … ký ngày …"', () => {
    const text = article('Cần Thơ chuẩn bị Tết cho người lao động', 'Thứ Ba, 10/12/2024 06:30 (GMT+7)',
      'Kế hoạch của UBND thành phố Cần Thơ về chăm lo Tết Nguyên đán Ất Tỵ năm 2025 được Chủ tịch UBND thành phố Trần Việt Trường ký ngày 06/12/2024.',
      'Theo kế hoạch, Sở Lao động tổ chức thăm hỏi công nhân khó khăn.',
      'Kế hoạch số 244/KH-UBND thay thế Kế hoạch số 230/KH-UBND ngày 01/12/2023 của UBND thành phố.');
    expect(ownIdentity(text)).toEqual({ number: '244/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-12-06', issuer: 'UBND Thành phố Cần Thơ' });
    expect(citedNumbers(text)).toEqual(['230/KH-UBND']);
  });
});

describe('"kỷ luật" in the title names no law: the bracket after the title numbers the lead\'s document', () => {
  it('a provincial chairman\'s directive', () => {
    const text = article('Hà Tĩnh siết kỷ cương hành chính', 'Thứ Tư, 05/06/2024 - 16:20',
      '(Baohatinh) - UBND tỉnh Hà Tĩnh vừa ban hành Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ (Chỉ thị số 12/CT-UBND ngày 03/6/2024).',
      'Chỉ thị này thay thế Chỉ thị số 05/CT-UBND ngày 10/3/2021 của UBND tỉnh.');
    expect(ownIdentity(text)).toEqual({ number: '12/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-06-03', issuer: 'UBND tỉnh Hà Tĩnh' });
    expect(citedNumbers(text)).toEqual(['05/CT-UBND']);
  });

  it('a district party committee\'s plan', () => {
    const text = article('Nâng cao kỷ luật đảng viên', 'Thứ Hai, 08/07/2024 - 10:15',
      '(BBG) - Ban Thường vụ Huyện ủy Lục Nam vừa ban hành kế hoạch về siết chặt kỷ luật đảng viên năm 2024 (Kế hoạch số 145-KH/HU ngày 04/7/2024).',
      'Theo kế hoạch, các chi bộ rà soát đảng viên vi phạm.');
    expect(ownIdentity(text)).toEqual({ number: '145-KH/HU', docType: 'Kế hoạch', issuedOn: '2024-07-04', issuer: 'Ban Thường vụ Huyện ủy Lục Nam' });
  });
});

describe('a "Đăng ngày:" dateline: the lead under it reports the document', () => {
  it('a ward Front committee\'s plan', () => {
    const text = `Trang thông tin điện tử phường Hòa Khánh - Thành phố Đà Nẵng
Tin tức - Sự kiện » Mặt trận - Đoàn thể
Đăng ngày: 20/10/2025

Ủy ban MTTQ Việt Nam phường Hòa Khánh vừa triển khai Kế hoạch "Tổ chức Ngày hội Đại đoàn kết năm 2025" đến các ban công tác Mặt trận.

Theo kế hoạch, các khối phố tổ chức Ngày hội trước ngày 15/11/2025.
`;
    expect(ownIdentity(text)).toMatchObject({ number: null, docType: 'Kế hoạch', issuedOn: null });
  });

  it('a commune People\'s Committee\'s plan', () => {
    const text = `Cổng thông tin điện tử xã Tân Phú - Tỉnh Đồng Nai
Tin tức » Chính quyền
Đăng ngày: 03/09/2025

UBND xã Tân Phú vừa triển khai Kế hoạch "Chuyển đổi số năm 2025" đến các ấp.

Theo kế hoạch, các ấp lập tổ công nghệ số cộng đồng trong tháng 9.
`;
    expect(ownIdentity(text)).toMatchObject({ number: null, docType: 'Kế hoạch', issuedOn: null });
  });
});

describe('the generic word with a quoted letter\'s subject line: `văn bản "Về việc …"` is a công văn', () => {
  it('a ministry\'s letter to the provinces of a region', () => {
    const text = article('Đồng bằng sông Cửu Long chủ động ứng phó xâm nhập mặn', 'Thứ Năm, 12/12/2024',
      'Cần Thơ - Trước dự báo mặn xâm nhập sâu, Bộ Nông nghiệp và Phát triển nông thôn trong tháng 12 đã có văn bản "Về việc chủ động phòng, chống xâm nhập mặn mùa khô năm 2024 - 2025" gửi UBND các tỉnh vùng đồng bằng.',
      'Theo đó, Bộ đề nghị các tỉnh vận hành cống ngăn mặn hợp lý.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Công văn', issuedOn: null, issuer: 'Bộ Nông nghiệp và Phát triển nông thôn' });
  });

  it('a provincial department\'s letter, "V/v" in the quotation', () => {
    const text = article('Quảng Nam siết an toàn thực phẩm dịp Tết', 'Thứ Hai, 13/01/2025 - 08:00',
      '(QNO) - Sở Y tế tỉnh Quảng Nam vừa có văn bản "V/v tăng cường bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ" gửi UBND các huyện, thị xã, thành phố.',
      'Theo văn bản, các địa phương kiểm tra cơ sở sản xuất bánh mứt kẹo.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Công văn', issuedOn: null, issuer: 'Sở Y tế tỉnh Quảng Nam' });
  });

  it('not a quoted title of another kind: the generic word alone gives no type', () => {
    const text = article('Quảng Nam vận động hiến máu', 'Thứ Hai, 13/01/2025 - 08:00',
      '(QNO) - Sở Y tế tỉnh Quảng Nam vừa có văn bản "Tết an toàn" gửi các bệnh viện.',
      'Các bệnh viện được yêu cầu bảo đảm thuốc trong dịp Tết.');
    expect(ownIdentity(text).docType).not.toBe('Công văn');
  });
});
