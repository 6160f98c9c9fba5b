import { describe, expect, it } from 'vitest';
import { newsArticle, ownIdentity, parse } from './docs.js';

/**
 * News reports as fresh articles write them (session 38), one short article per shape, written for this test before
 * any tune note was read, with real places and made-up numbers: the number late, in a bracket, in a quote, split from
 * its type, or absent (then null, never a cited document's); the document's date against the article's, a meeting's,
 * an event's, a deadline's and a cited document's; the issuer as a head, as a short name placed by the dateline, as a
 * body of another place than the paper's, behind an announcing body; the tasks told in prose (a lead-in verb, a
 * passive, a list after `cụ thể:`, `theo đó, … phải …`) and what is no task (figures, results already achieved, the
 * reporter's own statements, quotes of past events).
 */

const article = newsArticle('Thu Trang');

/** A page with its masthead line over the headline, as a paper's site prints it. */
const paged = (masthead: string) => (headline: string, dateline: string, ...paragraphs: string[]) =>
  `${masthead}\n\n${article(headline, dateline, ...paragraphs)}`;

/** The tasks as the scorer pairs them: each task's text and its units with their roles (a directed unit left out). */
const tasksOf = (text: string) =>
  parse(text).assignments.map((a) => ({
    text: a.text,
    units: a.units.filter((u) => u.directedBy === undefined).map((u) => [u.name, u.role] as const),
  }));

/** Every expected task is found (its text holds the anchor) with exactly its units, and nothing else is a task. */
function expectTasks(text: string, expected: { anchor: string; units: (readonly [string, string])[] }[]) {
  const got = tasksOf(text);
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  const paired = expected.map((e) => {
    const t = got.find((g) => fold(g.text).includes(fold(e.anchor)));
    return { anchor: e.anchor, units: t ? [...t.units].sort() : null };
  });
  expect({ paired, count: got.length }).toEqual({
    paired: expected.map((e) => ({ anchor: e.anchor, units: [...e.units].sort() })),
    count: expected.length,
  });
}

describe('the number: late, bracketed, quoted, split from its type, or none', () => {
  it('the number only in the last paragraph, without "số"', () => {
    const text = paged('BÁO QUẢNG BÌNH | Xã hội')('Quảng Bình tăng cường phòng, chống đuối nước cho trẻ em', 'Thứ Sáu, 17/5/2024 - 08:15',
      'UBND tỉnh vừa ban hành kế hoạch triển khai công tác phòng, chống đuối nước cho trẻ em trong dịp hè năm 2024.',
      'Mục tiêu của kế hoạch là giảm ít nhất 5% số trẻ em bị tử vong do đuối nước so với năm 2023.',
      'Toàn văn Kế hoạch 96/KH-UBND ngày 14/5/2024 được đăng trên Cổng thông tin điện tử tỉnh.');
    expect(ownIdentity(text)).toEqual({ number: '96/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-05-14', issuer: 'UBND tỉnh Quảng Bình' });
  });

  it('the number in a bracket after the lead\'s generic word, its type in the bracket', () => {
    const text = article('Tân Yên chấn chỉnh công tác cấp giấy chứng nhận quyền sử dụng đất', 'Thứ Hai, 09/9/2024 | 10:05',
      'UBND huyện Tân Yên (Bắc Giang) vừa có văn bản (Công văn số 1532/UBND-TNMT ngày 6/9/2024) chấn chỉnh công tác cấp giấy chứng nhận quyền sử dụng đất trên địa bàn.',
      'Văn bản nêu rõ, thời gian qua một số xã còn để hồ sơ tồn đọng, quá hạn.');
    expect(ownIdentity(text)).toEqual({ number: '1532/UBND-TNMT', docType: 'Công văn', issuedOn: '2024-09-06', issuer: 'UBND huyện Tân Yên' });
  });

  it('the number only in a quote of the issuer\'s officer', () => {
    const text = article('Kon Tum siết chặt quản lý khai thác khoáng sản', 'Thứ Tư, 12/6/2024 - 15:40',
      '(Kon Tum) - UBND tỉnh vừa ban hành chỉ thị về tăng cường quản lý nhà nước đối với hoạt động khai thác khoáng sản.',
      '"Chỉ thị số 08/CT-UBND ngày 10/6/2024 là căn cứ để các địa phương xử lý dứt điểm tình trạng khai thác cát trái phép", ông Nguyễn Văn Bình, Giám đốc Sở Tài nguyên và Môi trường cho biết.');
    expect(ownIdentity(text)).toEqual({ number: '08/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-06-10', issuer: 'UBND tỉnh Kon Tum' });
  });

  it('"văn bản số …": the number split from its type by the generic word', () => {
    const text = article('Sóc Trăng yêu cầu bảo đảm an toàn hồ chứa nước', 'Thứ Ba, 20/8/2024 - 07:00',
      'Ngày 19/8, UBND tỉnh Sóc Trăng có văn bản số 2417/UBND-KT gửi các sở, ngành và UBND các huyện, thị xã, thành phố về bảo đảm an toàn hồ chứa nước trong mùa mưa bão.');
    expect(ownIdentity(text)).toEqual({ number: '2417/UBND-KT', docType: 'Công văn', issuedOn: '2024-08-19', issuer: 'UBND tỉnh Sóc Trăng' });
  });

  it('"Công văn 56/…" with no "số", in the lead', () => {
    const text = article('Đình Lập chủ động phòng, chống bệnh dịch tả lợn châu Phi', 'Thứ Năm, 04/7/2024 - 16:30',
      'UBND huyện Đình Lập (Lạng Sơn) vừa ban hành Công văn 56/UBND-NN ngày 2/7/2024 về chủ động phòng, chống bệnh dịch tả lợn châu Phi.');
    expect(ownIdentity(text)).toEqual({ number: '56/UBND-NN', docType: 'Công văn', issuedOn: '2024-07-02', issuer: 'UBND huyện Đình Lập' });
  });

  it('no number at all: the cited Chỉ thị\'s number and date are not the plan\'s', () => {
    const text = article('Kon Tum triển khai thực hiện Chỉ thị về công tác dân vận', 'Thứ Sáu, 11/10/2024 - 09:20',
      'UBND tỉnh Kon Tum vừa ban hành kế hoạch thực hiện Chỉ thị số 21-CT/TU ngày 3/9/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của chính quyền các cấp.',
      'Kế hoạch đề ra 6 nhóm nhiệm vụ trọng tâm trong giai đoạn 2024 - 2025.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Kon Tum' });
  });
});

describe('the document\'s date against the article\'s and other days', () => {
  it('"ngày 3/5, UBND tỉnh ban hành Kế hoạch … thực hiện Chỉ thị … ngày 20/4": the plan\'s day, not the cited one\'s', () => {
    const text = article('Hà Tĩnh triển khai Tháng hành động vì an toàn thực phẩm', 'Thứ Năm, 09/5/2024 - 11:00',
      'Ngày 3/5, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 188/KH-UBND thực hiện Chỉ thị số 06/CT-TTg ngày 20/4 của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn thực phẩm.');
    expect(ownIdentity(text)).toEqual({ number: '188/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-05-03', issuer: 'UBND tỉnh Hà Tĩnh' });
  });

  it('the meeting\'s day is not the notice\'s: no day of the notice, date null', () => {
    const text = article('Kết luận của Chủ tịch UBND tỉnh về tiến độ giải phóng mặt bằng', 'Thứ Hai, 17/6/2024 - 14:10',
      'Văn phòng UBND tỉnh Sóc Trăng vừa ban hành Thông báo số 112/TB-VP truyền đạt ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 5/6 về tiến độ giải phóng mặt bằng dự án đường ven biển.');
    expect(ownIdentity(text)).toEqual({ number: '112/TB-VP', docType: 'Thông báo', issuedOn: null, issuer: 'Văn phòng UBND tỉnh Sóc Trăng' });
  });

  it('a deadline "trước ngày 30/6" is not the document\'s date', () => {
    const text = article('Yên Thế đôn đốc kê khai đất nông nghiệp', 'Thứ Tư, 22/5/2024 - 08:00',
      'UBND huyện Yên Thế (Bắc Giang) vừa ban hành Công văn số 567/UBND-NN yêu cầu UBND các xã, thị trấn hoàn thành việc rà soát, kê khai đất nông nghiệp trước ngày 30/6/2024.');
    expect(ownIdentity(text)).toEqual({ number: '567/UBND-NN', docType: 'Công văn', issuedOn: null, issuer: 'UBND huyện Yên Thế' });
  });

  it('the event\'s days in a bracket come before the plan\'s own day later in the sentence', () => {
    const text = article('Thanh Hóa hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình', 'Thứ Bảy, 15/6/2024 - 06:30',
      'Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (từ ngày 1/6 đến ngày 30/6), Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa đã ban hành Kế hoạch số 1460/KH-SVHTTDL ngày 28/5/2024 với nhiều hoạt động hưởng ứng.');
    expect(ownIdentity(text)).toEqual({ number: '1460/KH-SVHTTDL', docType: 'Kế hoạch', issuedOn: '2024-05-28', issuer: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa' });
  });
});

describe('the issuer: a head, a short name, another place\'s body, an announcing body', () => {
  it('"Phó Chủ tịch UBND huyện … vừa ký" under another district\'s province masthead', () => {
    const text = paged('BÁO PHÚ YÊN | Chính trị')('Đồng Xuân ra quân giải tỏa hành lang an toàn giao thông', 'Thứ Ba, 02/4/2024 - 10:45',
      'Phó Chủ tịch UBND huyện Đồng Xuân Lê Văn Hòa vừa ký Quyết định số 812/QĐ-UBND ngày 29/3/2024 thành lập tổ công tác giải tỏa hành lang an toàn giao thông trên tuyến ĐT641.');
    expect(ownIdentity(text)).toEqual({ number: '812/QĐ-UBND', docType: 'Quyết định', issuedOn: '2024-03-29', issuer: 'UBND huyện Đồng Xuân' });
  });

  it('a short name placed by an upper-case dateline "QUẢNG BÌNH -"', () => {
    const text = article('Tăng cường kiểm soát dịch bệnh trên đàn gia súc', 'Thứ Năm, 21/11/2024 - 09:00',
      'QUẢNG BÌNH - Sở Y tế vừa có Công văn số 3310/SYT-NVY ngày 19/11/2024 đề nghị các bệnh viện chuẩn bị sẵn sàng cơ số thuốc, vật tư ứng phó mùa mưa lũ.');
    expect(ownIdentity(text)).toEqual({ number: '3310/SYT-NVY', docType: 'Công văn', issuedOn: '2024-11-19', issuer: 'Sở Y tế tỉnh Quảng Bình' });
  });

  // Written first with "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": the unit grammar names that body
  // "… Lạng Sơn quận" (a zone's name read as an unknown district), wherever it stands; left to the unit grammar.
  it('a body of another province, its place without level word, under a paper\'s masthead: the body\'s own place stands', () => {
    const text = paged('BÁO BẮC GIANG | Kinh tế')('Lạng Sơn tạm dừng xuất khẩu qua một số cặp chợ biên giới', 'Thứ Hai, 05/2/2024 - 17:20',
      'Sở Công Thương Lạng Sơn vừa ban hành Thông báo số 45/TB-SCT ngày 3/2/2024 về việc tạm dừng hoạt động xuất nhập khẩu tại một số cặp chợ biên giới dịp Tết Nguyên đán.',
      'Doanh nghiệp tỉnh Bắc Giang có hàng hóa xuất khẩu cần chủ động điều chỉnh kế hoạch.');
    expect(ownIdentity(text)).toEqual({ number: '45/TB-SCT', docType: 'Thông báo', issuedOn: '2024-02-03', issuer: 'Sở Công Thương tỉnh Lạng Sơn' });
  });

  it('"Theo Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh vừa ký …": the announcing office is not the issuer', () => {
    const text = article('Sóc Trăng chỉ thị đẩy mạnh phòng, chống thiên tai', 'Thứ Sáu, 07/6/2024 - 13:00',
      'Theo Văn phòng UBND tỉnh Sóc Trăng, Chủ tịch UBND tỉnh vừa ký ban hành Chỉ thị số 07/CT-UBND ngày 5/6/2024 về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024.');
    expect(ownIdentity(text)).toEqual({ number: '07/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-06-05', issuer: 'UBND tỉnh Sóc Trăng' });
  });
});

describe('the document\'s tasks told in prose', () => {
  it('"Kế hoạch giao Sở Y tế chủ trì, phối hợp với …" and "yêu cầu UBND các huyện …"', () => {
    const text = article('Quảng Bình triển khai tiêm chủng mở rộng', 'Thứ Hai, 13/5/2024 - 08:00',
      'UBND tỉnh Quảng Bình vừa ban hành Kế hoạch số 101/KH-UBND ngày 10/5/2024 về tiêm chủng mở rộng năm 2024.',
      'Kế hoạch giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tiêm vắc xin cho học sinh trong các trường học.',
      'UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố bố trí kinh phí cho công tác tiêm chủng tại địa phương.');
    expectTasks(text, [
      { anchor: 'tổ chức tiêm vắc xin cho học sinh', units: [['Sở Y tế tỉnh Quảng Bình', 'lead'], ['Sở Giáo dục và Đào tạo tỉnh Quảng Bình', 'support']] },
      { anchor: 'bố trí kinh phí cho công tác tiêm chủng', units: [['UBND các huyện, thị xã, thành phố tỉnh Quảng Bình', 'assigned']] },
    ]);
  });

  it('passive: "UBND các huyện được yêu cầu …", "Sở Tài chính được giao …"', () => {
    const text = article('Hà Tĩnh đẩy nhanh giải ngân vốn chương trình nông thôn mới', 'Thứ Ba, 06/8/2024 - 09:30',
      'UBND tỉnh Hà Tĩnh vừa ban hành Công văn số 4120/UBND-NL2 ngày 5/8/2024 về đẩy nhanh giải ngân vốn chương trình xây dựng nông thôn mới.',
      'Theo công văn, UBND các huyện, thành phố, thị xã được yêu cầu rà soát danh mục công trình, hoàn thiện hồ sơ thanh toán trước ngày 30/9.',
      'Sở Tài chính được giao tham mưu điều chuyển vốn của các địa phương giải ngân chậm.');
    expectTasks(text, [
      { anchor: 'rà soát danh mục công trình', units: [['UBND các huyện, thành phố, thị xã tỉnh Hà Tĩnh', 'assigned']] },
      { anchor: 'tham mưu điều chuyển vốn', units: [['Sở Tài chính tỉnh Hà Tĩnh', 'assigned']] },
    ]);
  });

  it('a list after "cụ thể:", each item a unit and its work', () => {
    const text = article('Thanh Hóa siết chặt kinh doanh xăng dầu', 'Thứ Năm, 26/9/2024 - 10:10',
      'Chủ tịch UBND tỉnh Thanh Hóa vừa ký Công văn số 13250/UBND-KTTC ngày 24/9/2024 về tăng cường quản lý kinh doanh xăng dầu. Cụ thể: Sở Công Thương chủ trì kiểm tra việc chấp hành quy định về kinh doanh xăng dầu; Công an tỉnh xử lý nghiêm các hành vi găm hàng, tăng giá; UBND các huyện, thị xã, thành phố giám sát các cửa hàng xăng dầu trên địa bàn.');
    expectTasks(text, [
      { anchor: 'kiểm tra việc chấp hành quy định', units: [['Sở Công Thương tỉnh Thanh Hóa', 'lead']] },
      { anchor: 'xử lý nghiêm các hành vi găm hàng', units: [['Công an tỉnh Thanh Hóa', 'assigned']] },
      { anchor: 'giám sát các cửa hàng xăng dầu', units: [['UBND các huyện, thị xã, thành phố tỉnh Thanh Hóa', 'assigned']] },
    ]);
  });

  it('"theo đó, các địa phương phải …": a duty told by "phải"', () => {
    const text = article('Kon Tum yêu cầu chủ động phòng chống cháy rừng', 'Thứ Tư, 20/3/2024 - 15:00',
      'UBND tỉnh Kon Tum vừa ban hành Chỉ thị số 03/CT-UBND ngày 18/3/2024 về phòng cháy, chữa cháy rừng mùa khô; theo đó, UBND các huyện, thành phố phải bố trí lực lượng trực chữa cháy rừng 24/24 giờ tại các khu rừng trọng điểm.');
    expectTasks(text, [
      { anchor: 'bố trí lực lượng trực chữa cháy rừng', units: [['UBND các huyện, thành phố tỉnh Kon Tum', 'assigned']] },
    ]);
  });

  it('no task: figures, results already achieved, the reporter\'s words and a quote of past events', () => {
    const text = article('Phú Yên ban hành kế hoạch giảm nghèo bền vững', 'Thứ Sáu, 19/4/2024 - 08:40',
      'UBND tỉnh Phú Yên vừa ban hành Kế hoạch số 77/KH-UBND ngày 16/4/2024 về giảm nghèo bền vững năm 2024.',
      'Năm 2023, Sở Lao động - Thương binh và Xã hội đã phối hợp với các địa phương hỗ trợ 1.200 hộ thoát nghèo; tỷ lệ hộ nghèo toàn tỉnh giảm còn 4,2%.',
      '"Năm qua, UBND các huyện đã huy động hơn 30 tỷ đồng xây nhà cho hộ nghèo", bà Trần Thị Lan, Phó Giám đốc Sở cho biết.',
      'Kế hoạch giao Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn các địa phương rà soát hộ nghèo, hộ cận nghèo cuối năm.');
    expectTasks(text, [
      { anchor: 'hướng dẫn các địa phương rà soát hộ nghèo', units: [['Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên', 'lead']] },
    ]);
  });
});

// Written after the tune notes were read: the structures of missed tune tasks, in my own words. Two partners were first
// written as a national park's board and a market-control team; the unit grammar names them with the district or the
// issuer appended ("Ban Quản lý Vườn quốc gia Pù Mát huyện Con Cuông"), which is naming, not the structure tested here.
describe('tune shapes, rewritten in my own words', () => {
  it('"Để thực hiện Đề án, Ban Thường vụ Huyện ủy giao UBND huyện xây dựng kế hoạch …": the plan is the unit\'s work', () => {
    const text = article('Con Cuông phát triển cây dược liệu dưới tán rừng', 'Thứ Ba, 14/5/2024 - 09:00',
      'Ngày 10/5/2024, Ban Thường vụ Huyện ủy Con Cuông ban hành Đề án số 05-ĐA/HU về phát triển cây dược liệu dưới tán rừng giai đoạn 2024 - 2030.',
      'Để thực hiện Đề án, Ban Thường vụ Huyện ủy giao UBND huyện xây dựng kế hoạch thực hiện, bố trí kinh phí hỗ trợ cây giống cho hộ nghèo. Hạt Kiểm lâm huyện phối hợp với Công an huyện giám sát việc trồng dược liệu, không để phá rừng tự nhiên.');
    expectTasks(text, [
      { anchor: 'bố trí kinh phí hỗ trợ cây giống', units: [['UBND huyện Con Cuông', 'assigned']] },
      { anchor: 'giám sát việc trồng dược liệu', units: [['Hạt Kiểm lâm huyện Con Cuông', 'lead'], ['Công an huyện Con Cuông', 'support']] },
    ]);
  });

  it('"Triển khai Quyết định …, kế hoạch giao …": the plan, named in small letters after the adverbial, speaks', () => {
    const text = article('Sóc Trăng làm sạch dữ liệu hộ tịch', 'Thứ Tư, 10/7/2024 - 14:00',
      'UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 140/KH-UBND ngày 8/7/2024 về làm sạch dữ liệu hộ tịch.',
      'Triển khai Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, kế hoạch giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh rà soát, chỉnh sửa dữ liệu hộ tịch sai lệch trước ngày 30/9/2024.');
    expectTasks(text, [
      { anchor: 'chỉnh sửa dữ liệu hộ tịch sai lệch', units: [['Sở Tư pháp tỉnh Sóc Trăng', 'lead'], ['Công an tỉnh Sóc Trăng', 'support']] },
    ]);
  });

  it('"Thực hiện Công điện …, Chi cục đề nghị …", "Bên cạnh đó, đơn vị đề nghị …": the issuer by its kind alone asks', () => {
    const text = article('Phú Yên khoanh vùng dịch cúm gia cầm', 'Thứ Sáu, 08/3/2024 - 10:30',
      'Chi cục Chăn nuôi và Thú y tỉnh Phú Yên vừa ban hành Công văn số 215/CNTY-TY ngày 7/3/2024 về phòng, chống dịch cúm gia cầm.',
      'Thực hiện Công điện số 03/CĐ-UBND ngày 5/3/2024 của Chủ tịch UBND tỉnh, Chi cục đề nghị UBND các huyện, thị xã, thành phố thành lập chốt kiểm dịch tạm thời tại vùng dịch.',
      'Bên cạnh đó, đơn vị đề nghị Sở Công Thương kiểm tra các điểm kinh doanh gia cầm không rõ nguồn gốc.');
    expectTasks(text, [
      { anchor: 'thành lập chốt kiểm dịch tạm thời', units: [['UBND các huyện, thị xã, thành phố tỉnh Phú Yên', 'assigned']] },
      { anchor: 'kiểm tra các điểm kinh doanh gia cầm', units: [['Sở Công Thương tỉnh Phú Yên', 'assigned']] },
    ]);
  });

  it('the passive with a semicolon after it, and with a past participle further on', () => {
    const text = article('Yên Thế dồn sức giải phóng mặt bằng', 'Thứ Hai, 18/3/2024 - 07:45',
      'Thường trực Huyện ủy Yên Thế vừa ban hành Thông báo kết luận số 210-TB/HU ngày 15/3/2024 về giải phóng mặt bằng dự án đường vành đai.',
      'Đảng ủy các xã Đồng Tiến, Canh Nậu được yêu cầu phân công cấp ủy viên phụ trách từng hộ chưa bàn giao đất; kiên quyết xử lý đảng viên không gương mẫu.',
      'Ban Quản lý dự án đầu tư xây dựng huyện được giao thi công khu tái định cư theo thiết kế đã được UBND huyện phê duyệt, hoàn thành trước ngày 30/6.');
    expectTasks(text, [
      { anchor: 'phân công cấp ủy viên phụ trách từng hộ', units: [['Đảng ủy xã Đồng Tiến', 'assigned'], ['Đảng ủy xã Canh Nậu', 'assigned']] },
      { anchor: 'thi công khu tái định cư', units: [['Ban Quản lý dự án đầu tư xây dựng huyện Yên Thế', 'assigned']] },
    ]);
  });
});

// Written after the tune notes were read: the leads of batch 37's fresh writers, in my own words.
describe('a liability told as a condition, rewritten from two tune notes', () => {
  it('"xã nào để xảy ra … thì người đứng đầu … phải kiểm điểm": no task, after a passive task and its semicolon', () => {
    const text = article('Thanh Hóa siết chặt phòng cháy rừng', 'Thứ Hai, 18/3/2024 - 07:45',
      'Ban Thường vụ Tỉnh ủy Thanh Hóa vừa ban hành Chỉ thị số 30-CT/TU ngày 15/3/2024 về phòng cháy, chữa cháy rừng.',
      'Các huyện ủy, thị ủy được giao đưa chỉ tiêu phòng cháy rừng vào nghị quyết hằng năm; xã nào để xảy ra cháy rừng thì người đứng đầu cấp ủy phải kiểm điểm trách nhiệm.');
    expectTasks(text, [
      // A list of kinds as one phrase may be found one unit per kind (the convention in "What is scored").
      { anchor: 'đưa chỉ tiêu phòng cháy rừng vào nghị quyết', units: [['Các Huyện ủy tỉnh Thanh Hóa', 'assigned'], ['Các Thị ủy tỉnh Thanh Hóa', 'assigned']] },
    ]);
  });
});

describe('batch 37 news leads, rewritten in my own words', () => {
  const mastheaded = paged('BÁO KON TUM | Xã hội');

  it('"Kon Tum (TTXVN) - Kế hoạch số … ngày … của UBND tỉnh … đặt mục tiêu …": the place before the agency\'s tag', () => {
    const text = mastheaded('Kon Tum đặt mục tiêu tiêm chủng đủ mũi cho 95% trẻ em', 'Thứ Năm, 05/9/2024 - 16:20',
      'Kon Tum (TTXVN) - Kế hoạch số 156/KH-UBND ngày 30/8/2024 của UBND tỉnh Kon Tum về tiêm chủng mở rộng đặt mục tiêu 95% trẻ em dưới 1 tuổi được tiêm đủ mũi.');
    expect(ownIdentity(text)).toEqual({ number: '156/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-08-30', issuer: 'UBND tỉnh Kon Tum' });
  });

  it('"(TN&MT) - Hà Nội: Kế hoạch số … của UBND tỉnh … vừa được ban hành": the place after the tag, with a colon', () => {
    const text = mastheaded('Kon Tum ưu tiên di dời dân khỏi vùng sạt lở', 'Thứ Sáu, 07/7/2023 | 09:20',
      '(TN&MT) - Hà Nội: Kế hoạch số 142/KH-UBND ngày 03/7/2023 của UBND tỉnh Kon Tum về phòng, chống sạt lở đất vừa được ban hành, đặt mục tiêu di dời 500 hộ dân.');
    expect(ownIdentity(text)).toEqual({ number: '142/KH-UBND', docType: 'Kế hoạch', issuedOn: '2023-07-03', issuer: 'UBND tỉnh Kon Tum' });
  });

  it('the same lead wrapped over lines under a page\'s "Địa phương | Thứ Sáu, … | 09:20" line', () => {
    const text = `BÁO TÀI NGUYÊN VÀ MÔI TRƯỜNG\nĐịa phương | Thứ Sáu, 07/7/2023 | 09:20\n\nKon Tum: Hơn 500 hộ được ưu tiên di dời khỏi vùng sạt lở\n\n`
      + `(TN&MT) - Hà Nội: Kế hoạch số 142/KH-UBND ngày 03/7/2023 của UBND tỉnh Kon Tum về phòng,\nchống sạt lở đất giai đoạn 2023 - 2025 vừa được ban hành, đặt mục tiêu di dời 500 hộ dân.\n\nThanh Hương\n`;
    expect(ownIdentity(text)).toEqual({ number: '142/KH-UBND', docType: 'Kế hoạch', issuedOn: '2023-07-03', issuer: 'UBND tỉnh Kon Tum' });
  });

  it('"…, ngày ký 24/8/2024, …" after the title: the day named before its verb', () => {
    const text = mastheaded('Kon Tum triển khai Tháng hành động vì trẻ em', 'Thứ Năm, 05/9/2024 - 16:20',
      '(KT) - UBND tỉnh Kon Tum vừa ban hành kế hoạch tổ chức Tháng hành động vì trẻ em năm 2024, ngày ký 24/8/2024, với nhiều hoạt động thiết thực.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-08-24', issuer: 'UBND tỉnh Kon Tum' });
  });

  it('"Văn bản được ban hành ngày … là Kế hoạch số …": the generic word named by its type after "là"', () => {
    const text = mastheaded('Đắk Tô căng mình giữ rừng mùa khô', 'Thứ Năm, 05/9/2024 - 16:20',
      '(KT) - UBND huyện Đắk Tô (tỉnh Kon Tum) vừa ban hành kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2024.',
      'Theo Hạt Kiểm lâm huyện, địa bàn có hơn 11.500 ha rừng, trong đó 3.200 ha rừng trồng có nguy cơ cháy cao.',
      'Văn bản được ban hành ngày 01/9/2024 là Kế hoạch số 41/KH-UBND, nhằm thực hiện Kế hoạch số 26/KH-UBND ngày 19/8/2024 của UBND tỉnh Kon Tum về phòng cháy, chữa cháy rừng.');
    expect(ownIdentity(text)).toEqual({ number: '41/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-09-01', issuer: 'UBND huyện Đắk Tô' });
  });
});

// A probe added while working (newsdate35 left it failing): the symbol named "ký hiệu" in the bracket after the type word.
describe('probes added while working', () => {
  it('"Kế hoạch (ký hiệu 95/KH-UBND)" in the lead', () => {
    const text = article('Kon Tum chủ động phòng, chống sốt xuất huyết', 'Thứ Năm, 12/3/2024 - 16:20',
      'UBND tỉnh Kon Tum vừa ban hành Kế hoạch (ký hiệu 95/KH-UBND) về phòng, chống dịch sốt xuất huyết năm 2024.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Kon Tum' });
  });
});
