import { describe, expect, it } from 'vitest';
import { citedNumbers, newsArticle, ownIdentity } from './docs.js';

/**
 * A news report's identity as fresh writers give it (src/parse/find/news-identity.ts), one short article per shape, written
 * for this test before any tune news report was read (session 33): the lead names the document by its type only and a later
 * paragraph numbers it; the number first in the lead; no number at all; the date only as "ký ngày", "ngày … ban hành" or the
 * lead's day; other documents (carried out, replaced, recalled, of another province) numbered around the article's own.
 */

const article = newsArticle('Hoàng Anh');

describe('the lead names the document by its type, a later paragraph numbers it', () => {
  it('"Kế hoạch số … do <signer> ký ngày …" two paragraphs down', () => {
    const text = article('Quảng Trị đẩy mạnh chuyển đổi số trong trường học', 'Thứ Ba, 12/11/2024 - 08:15',
      '(QTO) - UBND tỉnh Quảng Trị vừa ban hành kế hoạch đẩy mạnh chuyển đổi số trong ngành giáo dục giai đoạn 2024 - 2026.',
      'Mục tiêu đến cuối năm 2026, toàn bộ trường trung học có phòng học thông minh.',
      'Kế hoạch số 214/KH-UBND do Phó Chủ tịch UBND tỉnh Hoàng Nam ký ngày 8/11 giao Sở Giáo dục và Đào tạo chủ trì thực hiện.');
    expect(ownIdentity(text)).toEqual({ number: '214/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-11-08', issuer: 'UBND tỉnh Quảng Trị' });
  });

  it('"Theo kế hoạch (số …)": the number in brackets after the lead\'s type word', () => {
    const text = article('Phú Yên ra quân làm sạch bờ biển', 'Cập nhật lúc 15:40, Thứ Sáu, 07/6/2024',
      'Sở Tài nguyên và Môi trường tỉnh Phú Yên vừa triển khai kế hoạch ra quân làm sạch bờ biển hưởng ứng Tháng hành động vì môi trường.',
      'Theo kế hoạch (số 96/KH-STNMT, ngày 4/6/2024), các địa phương ven biển tổ chức thu gom rác thải nhựa vào sáng thứ Bảy hằng tuần.');
    expect(ownIdentity(text)).toEqual({ number: '96/KH-STNMT', docType: 'Kế hoạch', issuedOn: '2024-06-04', issuer: 'Sở Tài nguyên và Môi trường tỉnh Phú Yên' });
  });

  it('"Văn bản (số …) nêu rõ …": the generic word names the lead\'s letter back, its number in brackets', () => {
    const text = article('Yêu cầu kiểm tra an toàn thực phẩm dịp Tết', 'Thứ Hai, 13/01/2025 10:05',
      'Sở Y tế tỉnh Thái Bình vừa ban hành công văn gửi các huyện, thành phố về bảo đảm an toàn thực phẩm dịp Tết Nguyên đán.',
      'Văn bản (số 58/SYT-ATTP ngày 10/01/2025) nêu rõ, các đoàn kiểm tra liên ngành phải hoàn thành việc kiểm tra trước ngày 25/01.');
    expect(ownIdentity(text)).toEqual({ number: '58/SYT-ATTP', docType: 'Công văn', issuedOn: '2025-01-10', issuer: 'Sở Y tế tỉnh Thái Bình' });
  });

  it('"Kế hoạch trên …": the back-reference with its number after it', () => {
    const text = article('Bắc Giang tổ chức hội chợ nông sản', 'Thứ Năm, 19/9/2024 | 09:30',
      'UBND tỉnh Bắc Giang vừa ban hành kế hoạch tổ chức hội chợ nông sản an toàn năm 2024.',
      'Kế hoạch trên mang số 301/KH-UBND, ký ngày 16/9/2024, giao Sở Công Thương tổ chức hội chợ trong tháng 10.');
    expect(ownIdentity(text)).toEqual({ number: '301/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-09-16', issuer: 'UBND tỉnh Bắc Giang' });
  });
});

describe('the number first in the lead', () => {
  it('the document fronted with its number and owner, then what it sets', () => {
    const text = article('Kon Tum phòng chống dịch tả lợn châu Phi', 'Thứ Tư, 21/8/2024 - 14:20',
      'Công văn số 2890/UBND-NNTN ngày 19/8/2024 của UBND tỉnh Kon Tum yêu cầu các huyện khoanh vùng ổ dịch tả lợn châu Phi trong 24 giờ.',
      'Trước đó, ngày 02/7/2024, UBND tỉnh đã ban hành Kế hoạch số 150/KH-UBND về phòng, chống dịch bệnh động vật.');
    expect(ownIdentity(text)).toEqual({ number: '2890/UBND-NNTN', docType: 'Công văn', issuedOn: '2024-08-19', issuer: 'UBND tỉnh Kon Tum' });
  });
});

describe('no number at all', () => {
  it('a standing board\'s directive known by its subject alone, signed on a day the article gives', () => {
    const text = article('Lạng Sơn siết chặt quản lý khai thác khoáng sản', 'Thứ Bảy, 05/10/2024, 07:00',
      'Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý khoáng sản.',
      'Chỉ thị do đồng chí Phó Bí thư Thường trực Tỉnh ủy ký ngày 02/10/2024, yêu cầu các cấp ủy kiểm tra toàn bộ mỏ đang khai thác.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Chỉ thị', issuedOn: '2024-10-02', issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn' });
  });
});

describe('the date only as "ngày … ban hành" or the lead\'s day', () => {
  it('"<body> ngày 20/9 ban hành Quyết định số …": the day between the subject and its verb', () => {
    const text = article('Bình Định công bố thủ tục hành chính mới', 'Thứ Hai, 23/9/2024 - 16:45',
      'UBND tỉnh Bình Định ngày 20/9 ban hành Quyết định số 3315/QĐ-UBND công bố danh mục thủ tục hành chính lĩnh vực đất đai.',
      'Quyết định có hiệu lực kể từ ngày ký.');
    expect(ownIdentity(text)).toEqual({ number: '3315/QĐ-UBND', docType: 'Quyết định', issuedOn: '2024-09-20', issuer: 'UBND tỉnh Bình Định' });
  });

  it('"Sáng 27/10, Chủ tịch UBND tỉnh … ký công điện …": the lead\'s day, the number in a later paragraph', () => {
    const text = article('Quảng Bình ứng phó bão số 6', 'Chủ Nhật, 27/10/2024 - 11:30',
      'Sáng 27/10, Chủ tịch UBND tỉnh Quảng Bình Vũ Đại Thắng ký công điện yêu cầu các địa phương ven biển chủ động ứng phó với bão số 6.',
      'Công điện số 19/CĐ-UBND yêu cầu kêu gọi tàu thuyền vào nơi tránh trú an toàn trước 17 giờ cùng ngày.');
    expect(ownIdentity(text)).toEqual({ number: '19/CĐ-UBND', docType: 'Công điện', issuedOn: '2024-10-27', issuer: 'UBND tỉnh Quảng Bình' });
  });
});

describe('other documents numbered around the article\'s own', () => {
  it('the plan carries out a provincial committee\'s directive named in the lead; its own number further down', () => {
    const text = article('Hậu Giang triển khai chỉ thị về phòng cháy', 'Thứ Ba, 16/4/2024 - 09:00',
      'Để thực hiện Chỉ thị số 19-CT/TU ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy, UBND tỉnh Hậu Giang vừa ban hành kế hoạch phòng cháy, chữa cháy mùa khô.',
      'Kế hoạch số 77/KH-UBND ngày 12/4/2024 giao Công an tỉnh kiểm tra các cơ sở kinh doanh có nguy cơ cháy nổ cao.');
    expect(ownIdentity(text)).toEqual({ number: '77/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-12', issuer: 'UBND tỉnh Hậu Giang' });
    expect(citedNumbers(text)).toContain('19-CT/TU');
  });

  it('the new decision replaces an older one of the same type; the older one\'s number comes first in its paragraph', () => {
    const text = article('Điều chỉnh giá dịch vụ xe buýt', 'Thứ Sáu, 15/3/2024 | 17:10',
      'UBND thành phố Đà Nẵng vừa ban hành quyết định điều chỉnh giá vé xe buýt có trợ giá trên địa bàn thành phố.',
      'Quyết định này thay thế Quyết định số 12/2022/QĐ-UBND ngày 20/5/2022 của UBND thành phố.',
      'Theo Quyết định số 08/2024/QĐ-UBND, giá vé lượt tối đa là 10.000 đồng.');
    expect(ownIdentity(text)).toEqual({ number: '08/2024/QĐ-UBND', docType: 'Quyết định', issuedOn: null, issuer: 'UBND Thành phố Đà Nẵng' });
    expect(citedNumbers(text)).toContain('12/2022/QĐ-UBND');
  });

  it('another province\'s letter of the same type cited in a later paragraph is not the lead\'s', () => {
    const text = article('Gia Lai đề nghị phối hợp quản lý rừng giáp ranh', 'Thứ Tư, 10/7/2024 - 10:20',
      'UBND tỉnh Gia Lai vừa có công văn đề nghị UBND tỉnh Đắk Lắk phối hợp tuần tra bảo vệ rừng vùng giáp ranh.',
      'Trước đó, tại Công văn số 4410/UBND-NNMT ngày 28/6/2024 của UBND tỉnh Đắk Lắk, tỉnh bạn đề nghị thành lập tổ tuần tra liên tỉnh.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Công văn', issuedOn: null, issuer: 'UBND tỉnh Gia Lai' });
  });
});
