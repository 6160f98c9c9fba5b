import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { extractHtmlText } from '../../src/read/html.js';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks, from the misses of documents written blind (issue 9): the mechanisms
 * behind them, each in a document written for the test in the same pattern, not in the words of the
 * one that missed.
 */

// A district decision that issues a plan printed under its signature, as the decision's annex.
const decision = (plan: string) => `ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN
-------
Số: 95/QĐ-UBND
Đông Sơn, ngày 14 tháng 2 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2024

ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2024.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Nông nghiệp và Phát triển nông thôn, Tài chính - Kế hoạch; Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tâm


ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG SƠN                                Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2024
(Kèm theo Quyết định số 95/QĐ-UBND ngày 14/02/2024 của UBND huyện)

${plan}
`;

const plan = `I. TÌNH HÌNH
Năm 2023, Phòng Nông nghiệp và Phát triển nông thôn phát hiện 12 ổ dịch tả lợn châu Phi, tiêu hủy 310 con.

II. NHIỆM VỤ
1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã tổ chức tiêm phòng đợt 1 trước ngày 30/4/2024.
2. Phòng Tài chính - Kế hoạch bố trí kinh phí mua vắc xin từ nguồn dự phòng ngân sách huyện.
3. Ủy ban nhân dân các xã, thị trấn:
- Lập danh sách hộ chăn nuôi, gửi về Phòng Nông nghiệp và Phát triển nông thôn;
- Bố trí nơi tiêu hủy gia súc mắc bệnh xa khu dân cư.`;

// A Công văn of a commune, its closing formulas in the forms writers use.
const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ THẠCH LÂM
-------
Số: 41/UBND
V/v tiêm phòng cho đàn gia cầm
Thạch Lâm, ngày 02 tháng 4 năm 2024

Kính gửi: Trưởng các thôn.

${body}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
`;

describe('which sentences are tasks, from the misses of blind documents', () => {
  it('reads the tasks of a plan annexed under the decision\'s signature, after the decision\'s own', () => {
    expect(taskTexts(decision(plan))).toEqual([
      'Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Nông nghiệp và Phát triển nông thôn, Tài chính - Kế hoạch; Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.',
      'Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã tổ chức tiêm phòng đợt 1 trước ngày 30/4/2024.',
      'Phòng Tài chính - Kế hoạch bố trí kinh phí mua vắc xin từ nguồn dự phòng ngân sách huyện.',
      'Lập danh sách hộ chăn nuôi, gửi về Phòng Nông nghiệp và Phát triển nông thôn;',
      'Bố trí nơi tiêu hủy gia súc mắc bệnh xa khu dân cư.',
    ]);
    expect(unitsOf(decision(plan)).slice(1)).toEqual([
      ['Phòng Nông nghiệp và Phát triển nông thôn huyện Đông Sơn [assigned]'],
      ['Phòng Tài chính - Kế hoạch huyện Đông Sơn [assigned]'],
      ['UBND các xã, thị trấn huyện Đông Sơn [assigned]'],
      ['UBND các xã, thị trấn huyện Đông Sơn [assigned]'],
    ]);
  });

  it('reads no annex where the lines under the signature are not tied to the decision', () => {
    const text = decision(plan).replace('(Kèm theo Quyết định số 95/QĐ-UBND ngày 14/02/2024 của UBND huyện)', '');
    expect(taskTexts(text)).toHaveLength(1);
  });

  it('reads "Trưởng các phòng: A, B;" in an execution article as units, not a task of its own', () => {
    expect(parseDocument(decision(plan)).assignments[0]!.text).toMatch(/^Chánh Văn phòng .* chịu trách nhiệm thi hành Quyết định này/);
  });

  it('makes no task of a sentence that opens with a year before the document\'s', () => {
    const text = commune(`Ủy ban nhân dân xã đề nghị Trưởng các thôn thực hiện các nội dung sau:

1. Năm 2023, Công an xã phát hiện 3 vụ vận chuyển gia cầm trái phép, xử phạt 12 triệu đồng.
2. Năm học 2022 - 2023, các trường trên địa bàn xã tuyên truyền phòng dịch cho 900 học sinh.
3. Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.
4. Năm 2024, mỗi thôn lập một tổ tiêm phòng gồm 3 người.`);
    expect(taskTexts(text)).toEqual([
      'Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.',
      'Năm 2024, mỗi thôn lập một tổ tiêm phòng gồm 3 người.',
    ]);
  });

  it('makes no task of what a section on how things stand says units do, and reads the tasks of the next section', () => {
    const text = commune(`Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH
Xã có 6 thôn, 1.450 hộ chăn nuôi gia cầm. Công an xã kiểm soát 2 chốt trên Quốc lộ 15, xử phạt 5 trường hợp vận chuyển gia cầm không rõ nguồn gốc.

II. NHIỆM VỤ
1. Công an xã kiểm soát việc vận chuyển gia cầm qua địa bàn, xử lý nghiêm các trường hợp vi phạm.`);
    expect(taskTexts(text)).toEqual(['Công an xã kiểm soát việc vận chuyển gia cầm qua địa bàn, xử lý nghiêm các trường hợp vi phạm.']);
  });

  it('makes no task of the closing formulas: "nếu phát sinh vướng mắc, đề nghị …", and "đề nghị các … thực hiện nghiêm túc; quá trình thực hiện có khó khăn …"', () => {
    const text = commune(`Ủy ban nhân dân xã đề nghị Trưởng các thôn thực hiện các nội dung sau:

1. Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.

Trong quá trình thực hiện, nếu phát sinh vướng mắc, đề nghị các thôn phản ánh về UBND xã (qua công chức Địa chính - Nông nghiệp).

Ủy ban nhân dân xã đề nghị các thôn, các bộ phận liên quan triển khai thực hiện nghiêm túc; quá trình thực hiện có khó khăn, vướng mắc báo cáo về UBND xã để được hướng dẫn./.`);
    expect(taskTexts(text)).toEqual(['Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.']);
  });

  it('makes no task of a reply\'s closing ("trả lời để … biết, thực hiện./.", "kính gửi … tổng hợp./."), nor of whom a sanction falls on', () => {
    const text = commune(`Ủy ban nhân dân xã đề nghị Trưởng các thôn thực hiện các nội dung sau:

1. Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.
2. Các hộ không đưa gia cầm đi tiêm sẽ bị lập biên bản theo quy định.

Ủy ban nhân dân xã trả lời để Trưởng các thôn biết, thực hiện./.

Ủy ban nhân dân xã Thạch Lâm kính gửi Phòng Nông nghiệp và Phát triển nông thôn huyện tổng hợp./.`);
    expect(taskTexts(text)).toEqual(['Thông báo lịch tiêm phòng đến từng hộ chăn nuôi trước ngày 10/4/2024.']);
  });

  it('reads a scanned lead-in whose "đề nghị" lost its mark ("để nghị"), and a closing whose "thực hiện" OCR read "thực biện"', () => {
    const text = commune(`Thực hiện Kế hoạch số 30/KH-UBND ngày 20/3/2024 của UBND huyện, Ủy ban nhân dân xã để nghị
Trưởng các thôn thực hiện một số nội dung sau:

1. Tổ chức họp dân, phổ biến lịch tiêm phòng cho gia cầm.

2. Báo cáo số lượng gia cầm đã tiêm về UBND xã trước ngày 25/4/2024.

Ủy ban nhân dân xã đề nghị các thôn nghiêm túc triển khai thực biện./.`);
    expect(unitsOf(text)).toEqual([
      ['Các thôn xã Thạch Lâm [assigned]'],
      ['Các thôn xã Thạch Lâm [assigned]'],
    ]);
    expect(taskTexts(text)[1]).toBe('Báo cáo số lượng gia cầm đã tiêm về UBND xã trước ngày 25/4/2024.');
  });

  it('makes no task of a news report\'s "Theo ông X, <office>, …": whose words it gives', () => {
    const text = `Quảng Bình giám sát chính sách hỗ trợ nhà ở cho hộ nghèo

Ngày 12/3/2024, Thường trực HĐND tỉnh Quảng Bình ban hành Kế hoạch giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo giai đoạn 2021 - 2023.

Theo kế hoạch, Sở Xây dựng chuẩn bị báo cáo kết quả hỗ trợ, gửi Đoàn giám sát trước ngày 10/4/2024.

Theo bà Nguyễn Thị Hạnh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, đợt giám sát sẽ tập trung vào các huyện miền núi.

Minh Châu`;
    expect(taskTexts(text)).toEqual(['Theo kế hoạch, Sở Xây dựng chuẩn bị báo cáo kết quả hỗ trợ, gửi Đoàn giám sát trước ngày 10/4/2024.']);
  });
});

describe('a web page\'s task table and header', () => {
  const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch phòng, chống sốt xuất huyết</title></head><body>
<main>
<h1>Kế hoạch phòng, chống sốt xuất huyết năm 2024</h1>
<table class="thuoc-tinh">
<tr><th>Số ký hiệu</th><td>92/KH-TTYT</td><th>Ngày ban hành</th><td>05/6/2024</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td><th>Cơ quan ban hành</th><td>Trung tâm Y tế huyện Yên Lập</td></tr>
</table>
<table width="100%"><tr>
<td align="center">SỞ Y TẾ PHÚ THỌ<br><b>TRUNG TÂM Y TẾ HUYỆN YÊN LẬP</b><br>Số: 92/KH-TTYT</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Yên Lập, ngày 05 tháng 6 năm 2024</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng, chống sốt xuất huyết trên địa bàn huyện Yên Lập năm 2024</b></p>
<p><b>I. PHÂN CÔNG NHIỆM VỤ</b></p>
<table border="1">
<tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Giám sát ca bệnh, xử lý ổ dịch trong 48 giờ</td><td>Trạm Y tế các xã, thị trấn</td><td>Công an các xã, thị trấn</td><td>Thường xuyên</td></tr>
<tr><td>2</td><td>Tổng hợp số ca mắc, báo cáo Sở Y tế hằng tuần</td><td>Phòng Kế hoạch - Nghiệp vụ</td><td></td><td>Thứ Sáu hằng tuần</td></tr>
<tr><td>3</td><td>Phun hóa chất diệt muỗi tại các ổ dịch</td><td>Trạm Y tế các xã, thị trấn</td><td>Đoàn Thanh niên các xã, thị trấn</td><td></td></tr>
</table>
<p>Trung tâm Y tế huyện đề nghị các đơn vị nghiêm túc thực hiện./.</p>
<p><b>GIÁM ĐỐC</b><br>Hà Văn Phúc</p>
</main></body></html>`;
  const text = extractHtmlText(new TextEncoder().encode(page), 'page.html').text;

  it('keeps the empty cell between two others, so that the rows after it stay in the table', () => {
    expect(text).toContain('2 | Tổng hợp số ca mắc, báo cáo Sở Y tế hằng tuần | Phòng Kế hoạch - Nghiệp vụ | | Thứ Sáu hằng tuần');
    expect(taskTexts(text)).toEqual([
      'Giám sát ca bệnh, xử lý ổ dịch trong 48 giờ',
      'Tổng hợp số ca mắc, báo cáo Sở Y tế hằng tuần',
      'Phun hóa chất diệt muỗi tại các ổ dịch',
    ]);
  });

  it('reads no task in the national motto that the page prints after its properties, and names the centre department as its office', () => {
    expect(taskTexts(text).some((t) => /CỘNG HÒA/u.test(t))).toBe(false);
    expect(unitsOf(text)[1]).toEqual(['Phòng Kế hoạch - Nghiệp vụ Trung tâm Y tế huyện Yên Lập [lead]']);
  });
});
