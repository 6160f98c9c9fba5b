import { describe, expect, it } from 'vitest';
import { ownIdentity, parse } from './docs.js';

/**
 * News reports as batch 40's fresh articles write them (session news40), one short article per shape in my own words, with
 * real places and made-up numbers. Identity: the subject's province in brackets before its day (`UBND TP … (Đắk Lắk)
 * ngày 10/4 đã ban hành …`) or after its comma (`Ban Thường vụ Huyện ủy …, tỉnh … vừa ban hành …`); the document named
 * by its bare type word after the source of the sentence (`Theo chị …, Chủ tịch Hội …, kế hoạch được … ban hành ngày …`);
 * a later paragraph opening on the dateline's place again (`Cần Thơ - Kế hoạch do … ban hành ngày …`). Tasks: an
 * official's first-person request quoted after his colon (`… cho biết: "Chúng tôi đề nghị X …"`) or in a quotation's later sentence is a task of the
 * document, as one opening the sentence is; the quotation's later sentences and a report told by the pronoun (`Theo
 * ông, …`) are not.
 */

/** The tasks as the scorer pairs them: each task's text and its units with their roles. */
const tasksOf = (text: string) => parse(text).assignments.map((a) => [a.text.slice(0, 20), a.units.map((u) => [u.name, u.role])]);

/** A paper's page: masthead, the section and time line, headline, then the paragraphs. */
const page = (headline: string, ...paragraphs: string[]) =>
  `BÁO NHÂN DÂN ĐIỆN TỬ\nThời sự | 18/06/2024 08:15\n\n${headline}\n\n${paragraphs.join('\n\n')}\n\nMinh Châu\n`;

describe('the day and the issuer of a lead whose subject carries its province', () => {
  it('the province in brackets between the subject and its day, the year from the article\'s date', () => {
    const text = page('Krông Pắc ra Chỉ thị 11/CT-UBND về phòng, chống sốt xuất huyết',
      'UBND huyện Krông Pắc (Đắk Lắk) ngày 14/6 đã ban hành chỉ thị về tăng cường phòng, chống dịch sốt xuất huyết trong mùa mưa năm 2024.');
    expect(ownIdentity(text)).toEqual({ number: '11/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-06-14', issuer: 'UBND huyện Krông Pắc' });
  });

  it('the province after the subject\'s comma is still the subject\'s', () => {
    const text = page('Tam Nông siết kỷ luật đảng viên trong quản lý đất đai',
      'Ban Thường vụ Huyện ủy Tam Nông, tỉnh Đồng Tháp vừa ban hành Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý đất đai.',
      'Chỉ thị số 15-CT/HU, ký ngày 10/6/2024, yêu cầu các chi bộ rà soát hồ sơ đất công trên địa bàn.');
    expect(ownIdentity(text)).toEqual({ number: '15-CT/HU', docType: 'Chỉ thị', issuedOn: '2024-06-10', issuer: 'Ban Thường vụ Huyện ủy Tam Nông' });
  });

  it('a place after a national body\'s comma is the subject itself, not that body\'s', () => {
    const text = page('Tháp Mười thành lập tổ hợp tác trồng sen',
      'Nhằm cụ thể hóa Nghị quyết số 46-NQ/TW của Bộ Chính trị về đổi mới hoạt động của Hội Nông dân Việt Nam, huyện Tháp Mười vừa có Đề án số 04-ĐA/HNDH ngày 3/6/2024 về xây dựng tổ hợp tác trồng sen.');
    expect(ownIdentity(text).issuer).not.toBe('Hội Nông dân Việt Nam');
  });
});

describe('the day a later sentence gives the lead\'s document', () => {
  it('after the source of the sentence, by the bare type word', () => {
    const text = page('Phụ nữ xã Tân Phú Đông giữ sạch kênh rạch',
      'Hội Liên hiệp Phụ nữ xã Tân Phú Đông vừa ra kế hoạch ra quân làm sạch kênh rạch trong mùa khô năm 2024.',
      'Theo chị Nguyễn Thị Lan, Chủ tịch Hội, kế hoạch được Ban Chấp hành Hội ban hành ngày 12/6/2024, nhằm hưởng ứng cuộc vận động xây dựng gia đình 5 không, 3 sạch.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-06-12', issuer: 'Hội Liên hiệp Phụ nữ xã Tân Phú Đông' });
  });

  it('in a paragraph opening on the dateline\'s place again', () => {
    const text = page('Cựu chiến binh Cần Thơ đưa hàng Việt về nông thôn',
      '(ND) - Hội Cựu chiến binh thành phố Cần Thơ vừa có kế hoạch đưa hàng Việt về các xã vùng sâu trong năm 2024.',
      'Cần Thơ - Kế hoạch do Ban Thường vụ Hội Cựu chiến binh thành phố ban hành ngày 7/6/2024, nhằm thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-06-07', issuer: 'Ban Thường vụ Hội Cựu chiến binh Thành phố Cần Thơ' });
  });
});

describe('an official\'s quoted request', () => {
  it('after the speaker and his colon, a task with its lead and support', () => {
    const text = page('Huyện Cần Giờ ra kế hoạch phòng chống sốt xuất huyết',
      'UBND huyện Cần Giờ vừa ban hành kế hoạch phòng, chống sốt xuất huyết năm 2024.',
      'Trao đổi với phóng viên, ông Lê Văn Hòa, Chủ tịch UBND huyện cho biết: "Chúng tôi đề nghị Phòng Y tế huyện phối hợp với Trung tâm Y tế huyện phun hóa chất diệt muỗi tại các ổ dịch trong 48 giờ".');
    expect(tasksOf(text)).toEqual([['Chúng tôi đề nghị Ph', [['Phòng Y tế huyện Cần Giờ', 'lead'], ['Trung tâm Y tế huyện Cần Giờ', 'support']]]]);
  });

  it('opening the sentence: its later sentences and the speaker named back by "Theo ông" give none', () => {
    const text = page('Huyện Cần Giờ ra kế hoạch phòng chống sốt xuất huyết',
      'UBND huyện Cần Giờ vừa ban hành kế hoạch phòng, chống sốt xuất huyết năm 2024.',
      '"Chúng tôi giao Đoàn Thanh niên huyện tổ chức ra quân diệt lăng quăng mỗi tuần. Một ổ dịch không được xử lý là cả xã mang bệnh", ông Lê Văn Hòa, Chủ tịch UBND huyện Cần Giờ nói.',
      'Theo ông, UBND huyện sẽ kiểm tra đột xuất các xã có ca bệnh tăng.');
    expect(tasksOf(text)).toEqual([['Chúng tôi giao Đoàn ', [['Đoàn Thanh niên huyện Cần Giờ', 'assigned']]]]);
  });

  it('a second request in the quotation\'s last sentence, the one its closing mark and the speaker follow', () => {
    const text = page('Huyện Cần Giờ ra kế hoạch phòng chống sốt xuất huyết',
      'UBND huyện Cần Giờ vừa ban hành kế hoạch phòng, chống sốt xuất huyết năm 2024.',
      '"Chúng tôi đề nghị Phòng Y tế huyện kiểm tra các ổ dịch. Chúng tôi cũng giao Trung tâm Y tế huyện giám sát ca bệnh tại từng ấp", ông Lê Văn Hòa, Chủ tịch UBND huyện Cần Giờ nhấn mạnh.');
    expect(tasksOf(text)).toEqual([
      ['Chúng tôi đề nghị Ph', [['Phòng Y tế huyện Cần Giờ', 'assigned']]],
      ['Chúng tôi cũng giao ', [['Trung tâm Y tế huyện Cần Giờ', 'assigned']]],
    ]);
  });
});

describe('an official\'s reported request', () => {
  it('"…, Thứ trưởng <name> đề nghị X …": the official named by title and name asks, X is the unit', () => {
    const text = page('Bộ Văn hóa lưu ý an toàn lễ hội Bà Chúa Xứ',
      'Bộ Văn hóa, Thể thao và Du lịch vừa có công văn gửi UBND tỉnh An Giang về tổ chức Lễ hội Vía Bà Chúa Xứ núi Sam năm 2024.',
      'Tại buổi làm việc với tỉnh chiều 10/6, Thứ trưởng Hoàng Đạo Cương đề nghị Sở Văn hóa, Thể thao và Du lịch An Giang bố trí lực lượng hướng dẫn khách hành hương.');
    expect(tasksOf(text)).toEqual([['Tại buổi làm việc vớ', [['Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang', 'assigned']]]]);
  });
});

describe('what a report of the launching event tells', () => {
  it('"Theo kế hoạch <title> mà X ban hành ngày …, …": the maker after the title is no subject; the unit after the comma is', () => {
    const text = page('Thị xã Bến Cát chuẩn bị mùa tựu trường',
      'UBND thị xã Bến Cát vừa ban hành kế hoạch chuẩn bị năm học mới 2024 - 2025.',
      'Theo kế hoạch chuẩn bị năm học mới mà UBND thị xã Bến Cát ban hành ngày 5/6/2024, Phòng Giáo dục và Đào tạo thị xã rà soát cơ sở vật chất các trường trước ngày 15/8.');
    expect(tasksOf(text)).toEqual([['Phòng Giáo dục và Đà', [['Phòng Giáo dục và Đào tạo thị xã Bến Cát', 'assigned']]]]);
  });

  it('"Dịp này, X trao …": what was done at the event, no task', () => {
    const text = page('Huyện đoàn Cần Giờ ra quân chiến dịch tình nguyện hè',
      'Huyện đoàn Cần Giờ vừa ban hành kế hoạch chiến dịch Thanh niên tình nguyện hè năm 2024.',
      'Theo kế hoạch, Đoàn xã Thạnh An tổ chức lớp dạy bơi cho thiếu nhi. Dịp này, Huyện đoàn trao 30 suất học bổng cho học sinh nghèo.');
    expect(tasksOf(text)).toEqual([['Theo kế hoạch, Đoàn ', [['Đoàn xã Thạnh An', 'assigned']]]]);
  });
});
