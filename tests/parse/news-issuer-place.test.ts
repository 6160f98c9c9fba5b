import { describe, expect, it } from 'vitest';
import { mastheadProvince } from '../../src/parse/resolve/masthead-place.js';
import { newsArticle, ownIdentity } from './docs.js';

/**
 * Where a news report's issuer sits (src/parse/resolve/context.ts): first what the article binds to the issuer (a
 * body of the same kind named with its place, a signer's title, the city a city's committee is named with), then the
 * article's other names, then the paper's masthead (resolve/masthead-place.ts); a body named only as a cited
 * document's issuer places that document (resolve/cited-owner.ts) and is taken last. Articles written for this test.
 */

const article = newsArticle('Thu Hà');
/** The page's first line, the paper's name and its section links, above the article. */
const onPage = (masthead: string, text: string) => `${masthead}\n\n${text}`;
const issuerOf = (text: string) => ownIdentity(text).issuer;

describe('a masthead places an issuer the article writes with its level word only', () => {
  it('a provincial standing board, the paper\'s name in capitals before its section', () => {
    const text = onPage('BÁO THÁI NGUYÊN ĐIỆN TỬ | Chính trị', article('Siết chặt quản lý đất rừng sản xuất', '12/03/2024 | 10:15',
      '(TN) - Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị "Về tăng cường quản lý đất rừng sản xuất trên địa bàn tỉnh", do đồng chí Phó Bí thư Thường trực Tỉnh ủy ký ngày 08/3/2024.',
      'Chỉ thị yêu cầu các huyện ủy, thành ủy rà soát toàn bộ diện tích đất rừng giao khoán trước tháng 9.'));
    expect(issuerOf(text)).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên');
  });

  it('a provincial people\'s committee, the province at the end of a broadcaster\'s name', () => {
    const text = onPage('BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ', article('Nâng chất lượng bộ phận một cửa cấp xã', 'Thứ Năm, 14/3/2024 - 08:20',
      'UBND tỉnh vừa ban hành kế hoạch nâng cao chất lượng bộ phận tiếp nhận và trả kết quả cấp xã năm 2024 (Kế hoạch số 41/KH-UBND ngày 11/3/2024).',
      'Theo kế hoạch, Sở Nội vụ chủ trì kiểm tra các xã có tỷ lệ hồ sơ trễ hạn cao.'));
    expect(issuerOf(text)).toBe('UBND tỉnh Quảng Trị');
  });

  it('nothing breaks where the masthead\'s province is the one the article names', () => {
    const text = onPage('BÁO NGHỆ AN ĐIỆN TỬ > Thời sự', article('Nghệ An siết chặt quản lý khai thác cát', 'Thứ Hai, 06/5/2024 - 15:00',
      'UBND tỉnh Nghệ An vừa ban hành Chỉ thị về tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông (Chỉ thị số 09/CT-UBND ngày 03/5/2024).',
      'Chỉ thị giao Sở Tài nguyên và Môi trường chủ trì kiểm tra các mỏ đã hết hạn giấy phép.'));
    expect(issuerOf(text)).toBe('UBND tỉnh Nghệ An');
  });
});

describe('what the article binds to the issuer comes before the masthead', () => {
  it('the signer\'s title names another province than the paper\'s', () => {
    const text = onPage('BÁO HÀ TĨNH | Thời sự', article('Quảng Bình siết kỷ luật phòng, chống tham nhũng', 'Thứ Ba, 16/4/2024 - 09:30',
      'Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị về tăng cường phòng, chống tham nhũng vặt trong giải quyết thủ tục hành chính.',
      'Đồng chí Bí thư Tỉnh ủy Quảng Bình yêu cầu người đứng đầu các sở, ngành chịu trách nhiệm nếu để xảy ra nhũng nhiễu.'));
    expect(issuerOf(text)).toBe('Ban Thường vụ Tỉnh ủy Quảng Bình');
  });

  it('a city\'s youth union named with its city is the city\'s, not the province\'s of the paper', () => {
    const text = onPage('Báo Quảng Nam | Xã hội | Thanh niên', article('Tuổi trẻ Tam Kỳ ra quân hè tình nguyện', 'Cập nhật lúc 07:45, Thứ Bảy, 01/06/2024',
      'Chiến dịch Thanh niên tình nguyện hè năm 2024 của tuổi trẻ thành phố Tam Kỳ diễn ra từ ngày 01/6 đến 31/8, theo kế hoạch được Ban Thường vụ Thành đoàn ban hành trong tháng 5.',
      'Năm nay, Thành đoàn Tam Kỳ đặt mục tiêu thực hiện 30 công trình thanh niên, thu hút 4.000 lượt đoàn viên tham gia.'));
    expect(issuerOf(text)).toBe('Ban Thường vụ Thành đoàn Tam Kỳ');
  });
});

describe('a body named only as a cited document\'s issuer places that document', () => {
  it('not the city council the article reports: another area word, and a cited resolution\'s issuer', () => {
    const text = onPage('BÁO ĐÀ NẴNG | Thời sự', article('Hỗ trợ học phí cho học sinh từ năm học mới', 'Thứ Sáu, 12/7/2024, 07:50',
      '(ĐNO) - Nghị quyết "Quy định mức hỗ trợ học phí cho học sinh trên địa bàn thành phố" được HĐND thành phố thông qua tại kỳ họp thứ 17, ngày 10/7/2024.',
      'Nghị quyết được xây dựng trên cơ sở tham khảo Nghị quyết số 07/2022/NQ-HĐND ngày 10/5/2022 của HĐND tỉnh Quảng Nam về chính sách tương tự.',
      'HĐND thành phố giao UBND thành phố tổ chức thực hiện Nghị quyết.'));
    expect(issuerOf(text)).toBe('HĐND Thành phố Đà Nẵng');
  });

  it('still taken where nothing else places the issuer: a national paper, a provincial plan implementing its own directive', () => {
    const text = onPage('NÔNG NGHIỆP MÔI TRƯỜNG | Kinh tế', article('Chủ động phòng dịch cho đàn lợn vùng cao', 'Thứ Tư, 20/3/2024 - 06:00',
      'UBND tỉnh vừa ban hành kế hoạch phòng, chống dịch tả lợn châu Phi năm 2024 để thực hiện Chỉ thị số 05/CT-UBND ngày 02/02/2024 của UBND tỉnh Lào Cai.',
      'Theo kế hoạch, Sở Nông nghiệp và Phát triển nông thôn chủ trì tiêm phòng cho đàn lợn trước tháng 5.'));
    expect(issuerOf(text)).toBe('UBND tỉnh Lào Cai');
  });
});

describe('the masthead\'s province (mastheadProvince)', () => {
  it('a province\'s name with its dash, in a paper\'s name in capitals', () => {
    expect(mastheadProvince('BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ\n\nHeadline')?.name).toBe('Bà Rịa - Vũng Tàu');
  });

  it('the paper\'s name before its section links, in capitals or opening on "Báo"', () => {
    expect(mastheadProvince('YÊN BÁI ONLINE | Xã hội\n\nHeadline')?.name).toBe('Yên Bái');
    expect(mastheadProvince('Báo Sóc Trăng › Kinh tế\n\nHeadline')?.name).toBe('Sóc Trăng');
  });

  it('none from a national paper, a headline in sentence case or a breadcrumb', () => {
    expect(mastheadProvince('CỰU CHIẾN BINH VIỆT NAM - Cơ quan của Trung ương Hội\n\nHeadline')).toBeNull();
    expect(mastheadProvince('Hà Giang: Siết chặt quản lý du lịch\n\nHeadline')).toBeNull();
    expect(mastheadProvince('Trang chủ » Tin địa phương » An Giang\n\nHeadline')).toBeNull();
  });
});
