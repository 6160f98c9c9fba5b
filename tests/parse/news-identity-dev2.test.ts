import { describe, expect, it } from 'vitest';
import { ownIdentity, citedNumbers, newsArticle } from './docs.js';

/**
 * A news report's identity read over the whole article (src/parse/find/news-identity.ts), from the older news
 * reports moved to tune in session 31 (docs/extraction-rounds.md, "News reports of batches 28–29, moved"): where
 * the article states which document it is about and its number, date and issuer. Each shape in two variants
 * (another province, another kind of body), on short articles written for this test.
 */

const article = newsArticle('Minh Châu');

describe('the lead\'s content "stated in" a numbered document, its owner after "của"', () => {
  it('a provincial standing board\'s directive: "Đó là yêu cầu tại Chỉ thị số … của Ban Thường vụ Tỉnh ủy …"', () => {
    const text = article('Quảng Trị: Siết kỷ cương trong quản lý đất đai', 'Thứ Năm, 14/11/2024 - 08:30',
      '(BQT) - Người đứng đầu cấp ủy được yêu cầu chịu trách nhiệm trực tiếp nếu để xảy ra lấn chiếm đất công kéo dài.',
      'Đó là yêu cầu tại Chỉ thị số 31-CT/TU ngày 11/11/2024 của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường quản lý đất đai.',
      'Theo Chỉ thị, Ban cán sự đảng UBND tỉnh chỉ đạo rà soát các dự án chậm tiến độ.');
    expect(ownIdentity(text)).toEqual({ number: '31-CT/TU', docType: 'Chỉ thị', issuedOn: '2024-11-11', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Trị' });
    expect(citedNumbers(text)).toEqual([]);
  });

  it('a district\'s union notice: "… là nội dung nêu tại Thông báo số … của Ban Thường vụ Huyện đoàn …"', () => {
    const text = article('Tuổi trẻ Krông Pắc ra quân hè tình nguyện', 'Cập nhật lúc 10:05, 03/6/2025',
      'Mỗi cơ sở Đoàn phải có ít nhất một công trình thanh niên trong dịp hè.',
      'Đây là nội dung nêu tại Thông báo số 45-TB/HĐTN ngày 30/5/2025 của Ban Thường vụ Huyện đoàn Krông Pắc.',
      'Các chi đoàn thôn được giao dọn vệ sinh đường làng mỗi tuần.');
    expect(ownIdentity(text)).toEqual({ number: '45-TB/HĐTN', docType: 'Thông báo', issuedOn: '2025-05-30', issuer: 'Ban Thường vụ Huyện đoàn Krông Pắc' });
  });

  it('not when the sentence goes on to announce another document: "Theo yêu cầu tại Công văn số … của Bộ …, UBND tỉnh vừa ban hành kế hoạch …"', () => {
    const text = article('Lâm Đồng lên kế hoạch phòng dịch sốt xuất huyết', 'Thứ Hai, 02/6/2025 - 09:00',
      'Theo yêu cầu tại Công văn số 812/BYT-DP ngày 20/5/2025 của Bộ Y tế, UBND tỉnh Lâm Đồng vừa ban hành kế hoạch phòng, chống dịch sốt xuất huyết năm 2025.',
      'Theo kế hoạch, Sở Y tế tổ chức phun hóa chất diệt muỗi tại các ổ dịch.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Lâm Đồng' });
    expect(citedNumbers(text)).toEqual(['812/BYT-DP']);
  });
});

describe('"… ban hành tại Thông báo số …": the passive\'s agent issued it, a later clause names its type exactly', () => {
  it('a district party standing board\'s notice of conclusions', () => {
    const text = article('Yên Lập: Tháo gỡ mặt bằng khu tái định cư', 'Thứ Ba, 15/10/2024 - 07:40',
      '(PTO) - Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy đã kết luận, yêu cầu bàn giao mặt bằng trước ngày 30/11.',
      'Nội dung kết luận được Ban Thường vụ Huyện ủy Yên Lập ban hành tại Thông báo số 402-TB/HU ngày 11/10/2024.',
      'Thông báo kết luận nêu rõ: UBND huyện hoàn thiện phương án bồi thường trước ngày 20/10.');
    expect(ownIdentity(text)).toEqual({ number: '402-TB/HU', docType: 'Thông báo kết luận', issuedOn: '2024-10-11', issuer: 'Ban Thường vụ Huyện ủy Yên Lập' });
    expect(citedNumbers(text)).toEqual([]);
  });

  it('a provincial people\'s committee\'s notice, its type not named again', () => {
    const text = article('Bình Phước đẩy nhanh giải ngân vốn đầu tư công', 'Cập nhật lúc 16:20, 08/8/2024',
      'Các chủ đầu tư phải giải ngân ít nhất 60% kế hoạch vốn trước ngày 30/9.',
      'Ý kiến chỉ đạo được UBND tỉnh Bình Phước ban hành tại Thông báo số 318/TB-UBND ngày 06/8/2024.');
    expect(ownIdentity(text)).toEqual({ number: '318/TB-UBND', docType: 'Thông báo', issuedOn: '2024-08-06', issuer: 'UBND tỉnh Bình Phước' });
  });
});

describe('a later clause "<type> số … của <owner> được ban hành / được xây dựng …" speaks of the document itself', () => {
  it('a department\'s letter announced by the generic word, named back as "của Sở"', () => {
    const text = article('Gia Lai khẩn cấp chống dịch cúm gia cầm', 'Cập nhật: 15:10, Thứ Tư, 12/3/2025',
      'Gia Lai (TTXVN) - Sở Nông nghiệp và Môi trường tỉnh Gia Lai vừa có văn bản hỏa tốc gửi UBND các huyện yêu cầu tập trung chống dịch cúm gia cầm.',
      'Dịch đã xuất hiện tại 14 hộ chăn nuôi ở 5 xã.',
      'Công văn số 611/SNNMT-CNTY ngày 11/3/2025 của Sở được ban hành nhằm triển khai Công điện số 21/CĐ-TTg ngày 05/3/2025 của Thủ tướng Chính phủ.');
    expect(ownIdentity(text)).toEqual({ number: '611/SNNMT-CNTY', docType: 'Công văn', issuedOn: '2025-03-11', issuer: 'Sở Nông nghiệp và Môi trường tỉnh Gia Lai' });
    expect(citedNumbers(text)).toEqual(['21/CĐ-TTg']);
  });

  it('a commune party committee\'s resolution, the lead naming only the commune, quoted from its secretary', () => {
    const text = article('Xã Tân Lập ra nghị quyết phát triển chè an toàn', 'Cập nhật: 09:30 ngày 18/4/2024',
      'Nhằm nâng cao giá trị cây chè, xã Tân Lập vừa ban hành nghị quyết chuyên đề về phát triển vùng chè an toàn.',
      'Đồng chí Bí thư Đảng ủy xã cho biết: "Nghị quyết số 07-NQ/ĐU ngày 15/4/2024 của Đảng ủy xã Tân Lập được xây dựng để cụ thể hóa Nghị quyết số 11-NQ/HU của Huyện ủy".');
    expect(ownIdentity(text)).toEqual({ number: '07-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-04-15', issuer: 'Đảng ủy xã Tân Lập' });
    expect(citedNumbers(text)).toEqual(['11-NQ/HU']);
  });
});

describe('the owner and the day right after the lead\'s type word', () => {
  it('"đã công bố kế hoạch của Ban Thường trực … ban hành ngày …"', () => {
    const text = article('Cao Bằng chung tay xóa nhà tạm', '22/10/2024 | 10:15',
      'CBO - Sáng 22/10, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã công bố kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng ban hành ngày 17/10/2024 về vận động xóa nhà tạm.',
      'Kế hoạch giao Ủy ban MTTQ các huyện lập danh sách hộ được hỗ trợ.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-10-17', issuer: 'Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng' });
  });

  it('"… đã ban hành Kế hoạch ngày …" after a carrying-out clause that quotes a project\'s title', () => {
    const text = article('Nông dân Ea Kar phát triển kinh tế tập thể', 'Cập nhật: 11/9/2024 08:20 | Lượt xem: 98',
      'Ea Kar (11/9) - Nhằm tiếp tục thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị và Đề án "Nông dân làm kinh tế tập thể giai đoạn 2021 - 2025", Ban Thường vụ Hội Nông dân huyện Ea Kar đã ban hành Kế hoạch ngày 05/9/2024 về hỗ trợ hội viên thành lập tổ hợp tác.',
      'Theo kế hoạch, mỗi cơ sở Hội xây dựng ít nhất một tổ hợp tác.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-09-05', issuer: 'Ban Thường vụ Hội Nông dân huyện Ea Kar' });
  });
});

describe('the first number the article gives the lead\'s document, not one it replaces further down', () => {
  it('a district party committee\'s directive replacing an older one', () => {
    const text = article('Huyện Tiên Phước phòng cháy rừng mùa khô', 'Thứ Tư, 13/3/2024, 07:45',
      '(QNO) - Huyện ủy Tiên Phước vừa ban hành chỉ thị về tăng cường lãnh đạo công tác phòng cháy, chữa cháy rừng năm 2024.',
      'Chỉ thị (số 11-CT/HU, ký ngày 07/3/2024) yêu cầu các xã có rừng bố trí lực lượng trực cháy.',
      'Chỉ thị mới thay thế Chỉ thị số 05-CT/HU ngày 12/3/2021 của Ban Thường vụ Huyện ủy về cùng nội dung.');
    expect(ownIdentity(text)).toEqual({ number: '11-CT/HU', docType: 'Chỉ thị', issuedOn: '2024-03-07', issuer: 'Huyện ủy Tiên Phước' });
    expect(citedNumbers(text)).toEqual(['05-CT/HU']);
  });

  it('a provincial people\'s committee\'s plan replacing an older one', () => {
    const text = article('Sóc Trăng kiểm soát dịch sốt xuất huyết', 'Cập nhật lúc 08:15, 20/5/2024',
      'UBND tỉnh Sóc Trăng vừa ban hành kế hoạch phòng, chống dịch sốt xuất huyết năm 2024.',
      'Kế hoạch (số 92/KH-UBND, ngày 17/5/2024) giao Sở Y tế chủ trì giám sát ổ dịch.',
      'Kế hoạch thay thế Kế hoạch số 40/KH-UBND ngày 02/4/2022 của UBND tỉnh về cùng nội dung.');
    expect(ownIdentity(text)).toEqual({ number: '92/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-05-17', issuer: 'UBND tỉnh Sóc Trăng' });
    expect(citedNumbers(text)).toEqual(['40/KH-UBND']);
  });
});

describe('the signer named right after the level word, the place left to the paper\'s breadcrumb', () => {
  it('a provincial chairman\'s telegram under "Báo Lào Cai điện tử > …"', () => {
    const text = `Báo Lào Cai điện tử > Thời sự > Phòng chống thiên tai

Ứng phó mưa lớn kéo dài

Thứ Hai, 10/6/2024 - 09:00

(BLC) - Chiều 10/6, Chủ tịch UBND tỉnh Trịnh Xuân Trường đã ký công điện khẩn yêu cầu các huyện ứng phó mưa lũ.

Công điện giao Sở Công Thương bảo đảm hàng hóa thiết yếu cho vùng bị chia cắt.
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Công điện', issuedOn: '2024-06-10', issuer: 'UBND tỉnh Lào Cai' });
  });

  it('a provincial vice-chairman\'s plan under "Báo Hà Giang điện tử > …"', () => {
    const text = `Báo Hà Giang điện tử > Kinh tế

Hà Giang tăng tốc giải ngân vốn

Thứ Năm, 18/7/2024 - 15:30

(BHG) - Sáng 18/7, Phó Chủ tịch UBND tỉnh Hoàng Gia Long đã ký ban hành kế hoạch đẩy nhanh giải ngân vốn đầu tư công năm 2024.

Kế hoạch yêu cầu các chủ đầu tư giải ngân hết vốn trước ngày 31/12.
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-07-18', issuer: 'UBND tỉnh Hà Giang' });
  });

  it('a city the gazetteer knows keeps its name, though it reads as a person\'s', () => {
    const text = article('TP.HCM siết chặt an toàn thực phẩm', 'Thứ Hai, 10/6/2024 - 09:00',
      '(SGGP) - Chiều 10/6, Chủ tịch UBND thành phố Hồ Chí Minh đã ký công điện yêu cầu các quận kiểm tra bếp ăn tập thể.',
      'Công điện giao Sở Y tế chủ trì.');
    expect(ownIdentity(text).issuer).toBe('UBND Thành phố Hồ Chí Minh');
  });
});
