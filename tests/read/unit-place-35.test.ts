import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/read/html.js';
import { parseDocument } from '../../src/parse/index.js';
import { toPredicted } from '../../scripts/eval/corpus.js';
import { scoreDocument } from '../../scripts/eval/score.js';
import { Expectation } from '../../scripts/eval/expectation.js';

/**
 * A task's unit named without its place (issue 9, unitplace35): `Công an xã`, `Phòng Văn hóa - Thông tin`,
 * `Trung tâm Y tế`, `các trường học` take their place from the issuer, and the place the document's structure gives
 * them is easily another: a superior in the header, a cited document's issuer, a unit named with a place of another
 * level, a lead unit's place given to its partner, a province's Sở in a district's document, the commune after
 * `trên địa bàn xã X`. Short documents written before reading any tune note (real places, made-up numbers), clean
 * text and portal pages, scored as the eval scores them: a document passes when no task disagreement is noted.
 */

type Unit = string | { name: string | string[]; role: 'lead' | 'support' | 'assigned' };
type Task = { anchor: string; units: Unit[] };

function notesOf(text: string, path: string, tasks: Task[]): string[] {
  const record = parseDocument(text, { path, sha256: '0'.repeat(64), encoding: path.endsWith('.html') ? 'html' : 'utf-8', warnings: [] });
  const exp = Expectation.parse({
    style: path.endsWith('.html') ? 'html' : 'clean', split: 'tune', level: 'district', family: 'state', covers: ['unit places'],
    document: { number: null, type: null, date: null, issuer: null }, citations: [], tasks,
  });
  return scoreDocument(exp, toPredicted(record)).notes.filter((n) => n.startsWith('task'));
}

const clean = (text: string, tasks: Task[]) => notesOf(text, 'doc.txt', tasks);
const html = (body: string, tasks: Task[]) => {
  const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Văn bản</title></head><body>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></div>
<div class="content-detail">${body}</div>
<div class="related"><a href="/vb/1">Kế hoạch 12/KH-UBND năm 2023</a></div></body></html>`;
  const text = extractHtmlText(new TextEncoder().encode(page), 'page.html').text;
  return notesOf(text, 'page.html', tasks);
};
const htmlHeader = (left: string, number: string, placeDate: string) => `<table width="100%"><tr><td align="center">${left}<br>Số: ${number}</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${placeDate}</i></td></tr></table>`;

const lead = (name: string | string[]): Unit => ({ name, role: 'lead' });
const support = (name: string | string[]): Unit => ({ name, role: 'support' });
const assigned = (name: string | string[]): Unit => ({ name, role: 'assigned' });

const cases: { name: string; run: () => string[] }[] = [
  {
    name: 'clean: a commune issuer under its district in the header; units of the commune without a place',
    run: () => clean(`UBND HUYỆN HƯƠNG SƠN
UBND XÃ SƠN TÂY
Số: 41/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sơn Tây, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
Phòng, chống cháy rừng mùa khô năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời các vụ cháy rừng.

II. TỔ CHỨC THỰC HIỆN
1. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tổ chức tuần tra các khu rừng trọng điểm.
2. Trạm Y tế xã bố trí cán bộ, thuốc men sẵn sàng sơ cứu người bị nạn.
3. Công chức Địa chính - Xây dựng xã rà soát diện tích rừng trồng của các hộ gia đình.
4. Các trường học trên địa bàn xã tuyên truyền cho học sinh về phòng cháy rừng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hòa
`, [
      { anchor: 'tổ chức tuần tra các khu rừng', units: [lead('Công an xã Sơn Tây'), support('Ban Chỉ huy Quân sự xã Sơn Tây')] },
      { anchor: 'bố trí cán bộ, thuốc men', units: [assigned('Trạm Y tế xã Sơn Tây')] },
      { anchor: 'rà soát diện tích rừng trồng', units: [assigned('Công chức Địa chính - Xây dựng xã Sơn Tây')] },
      { anchor: 'tuyên truyền cho học sinh', units: [assigned(['trường học trên địa bàn xã Sơn Tây', 'Các trường học trên địa bàn xã', 'trường học xã Sơn Tây'])] },
    ]),
  },
  {
    name: 'clean: a commune plan implementing its district\'s plan; the units are the commune\'s',
    run: () => clean(`ỦY BAN NHÂN DÂN
XÃ CẨM LĨNH
Số: 58/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cẩm Lĩnh, ngày 03 tháng 4 năm 2024

KẾ HOẠCH
Triển khai tháng hành động vì an toàn thực phẩm năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2024 của UBND huyện Cẩm Xuyên về triển khai tháng hành động vì an toàn thực phẩm năm 2024, UBND xã Cẩm Lĩnh xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Trạm Y tế xã chủ trì kiểm tra các bếp ăn tập thể.
2. Công an xã phối hợp với Trạm Y tế xã xử lý các cơ sở vi phạm.
3. Công chức Văn hóa - Xã hội tuyên truyền trên hệ thống loa truyền thanh.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Minh
`, [
      { anchor: 'kiểm tra các bếp ăn tập thể', units: [lead('Trạm Y tế xã Cẩm Lĩnh')] },
      { anchor: 'xử lý các cơ sở vi phạm', units: [lead('Công an xã Cẩm Lĩnh'), support('Trạm Y tế xã Cẩm Lĩnh')] },
      { anchor: 'tuyên truyền trên hệ thống loa', units: [assigned(['Công chức Văn hóa - Xã hội xã Cẩm Lĩnh', 'Công chức Văn hóa - Xã hội'])] },
    ]),
  },
  {
    name: 'clean: a commune document naming the district\'s police and health centre',
    run: () => clean(`ỦY BAN NHÂN DÂN
XÃ KỲ SƠN
Số: 27/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kỳ Sơn, ngày 08 tháng 5 năm 2024

KẾ HOẠCH
Bảo đảm an ninh trật tự dịp lễ hội đền Kỳ Sơn năm 2024

Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân xã Kỳ Sơn, huyện Kỳ Anh ban hành Kế hoạch như sau:

II. NHIỆM VỤ
1. Công an xã chủ trì, phối hợp với Công an huyện bố trí lực lượng giữ gìn trật tự khu vực lễ hội.
2. Trạm Y tế xã phối hợp với Trung tâm Y tế huyện bố trí tổ cấp cứu lưu động.
3. Đoàn Thanh niên xã huy động đoàn viên hướng dẫn du khách gửi xe.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tài
`, [
      { anchor: 'bố trí lực lượng giữ gìn trật tự', units: [lead('Công an xã Kỳ Sơn'), support('Công an huyện Kỳ Anh')] },
      { anchor: 'bố trí tổ cấp cứu lưu động', units: [lead('Trạm Y tế xã Kỳ Sơn'), support('Trung tâm Y tế huyện Kỳ Anh')] },
      { anchor: 'huy động đoàn viên', units: [assigned('Đoàn Thanh niên xã Kỳ Sơn')] },
    ]),
  },
  {
    name: 'clean: a district document; a commune leads and the district\'s offices support',
    run: () => clean(`ỦY BAN NHÂN DÂN
HUYỆN ĐOAN HÙNG
Số: 91/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đoan Hùng, ngày 15 tháng 6 năm 2024

KẾ HOẠCH
Xây dựng xã Chân Mộng đạt chuẩn nông thôn mới nâng cao

III. NHIỆM VỤ
1. UBND xã Chân Mộng chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn rà soát các tiêu chí chưa đạt.
2. UBND xã Chân Mộng phối hợp với Phòng Văn hóa - Thông tin xây dựng khu dân cư văn hóa kiểu mẫu.
3. Phòng Tài chính - Kế hoạch tham mưu bố trí vốn đầu tư công cho xã Chân Mộng.
4. Trung tâm Y tế hướng dẫn Trạm Y tế xã Chân Mộng đạt Bộ tiêu chí quốc gia về y tế xã.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Quý
`, [
      { anchor: 'rà soát các tiêu chí chưa đạt', units: [lead('UBND xã Chân Mộng'), support('Phòng Nông nghiệp và Phát triển nông thôn huyện Đoan Hùng')] },
      { anchor: 'khu dân cư văn hóa kiểu mẫu', units: [lead('UBND xã Chân Mộng'), support('Phòng Văn hóa - Thông tin huyện Đoan Hùng')] },
      { anchor: 'bố trí vốn đầu tư công', units: [assigned('Phòng Tài chính - Kế hoạch huyện Đoan Hùng')] },
      { anchor: 'Bộ tiêu chí quốc gia về y tế', units: [assigned('Trung tâm Y tế huyện Đoan Hùng')] },
    ]),
  },
  {
    name: 'clean: a district document naming the province\'s departments',
    run: () => clean(`ỦY BAN NHÂN DÂN
HUYỆN CAM LÂM
Số: 140/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cam Lâm, ngày 22 tháng 7 năm 2024

KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết năm 2024

II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Y tế chủ trì giám sát ca bệnh tại các xã.
2. Phòng Y tế phối hợp với Sở Y tế kiểm tra công tác điều trị tại các cơ sở y tế tư nhân.
3. Đề nghị Sở Tài chính hỗ trợ kinh phí mua hóa chất phun khử khuẩn.
4. Phòng Giáo dục và Đào tạo chỉ đạo các trường học vệ sinh lớp học hằng tuần.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Đức
`, [
      { anchor: 'giám sát ca bệnh tại các xã', units: [lead('Trung tâm Y tế huyện Cam Lâm')] },
      { anchor: 'kiểm tra công tác điều trị', units: [lead('Phòng Y tế huyện Cam Lâm'), support('Sở Y tế tỉnh Khánh Hòa')] },
      { anchor: 'hỗ trợ kinh phí mua hóa chất', units: [assigned('Sở Tài chính tỉnh Khánh Hòa')] },
      { anchor: 'vệ sinh lớp học hằng tuần', units: [assigned('Phòng Giáo dục và Đào tạo huyện Cam Lâm')] },
    ]),
  },
  {
    name: 'clean: a district document with tasks for one commune\'s area',
    run: () => clean(`ỦY BAN NHÂN DÂN
HUYỆN KIÊN LƯƠNG
Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kiên Lương, ngày 04 tháng 8 năm 2024

KẾ HOẠCH
Xử lý điểm nóng ô nhiễm môi trường tại xã Bình An

II. NHIỆM VỤ
1. Trên địa bàn xã Bình An, Phòng Tài nguyên và Môi trường chủ trì kiểm tra các cơ sở xả thải.
2. Công an huyện xử lý các vi phạm về môi trường trên địa bàn xã Bình An.
3. Trung tâm Y tế lấy mẫu nước sinh hoạt tại các ấp trên địa bàn xã Bình An.
4. UBND xã Bình An tuyên truyền người dân không xả rác xuống kênh.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Danh Văn Lợi
`, [
      { anchor: 'kiểm tra các cơ sở xả thải', units: [lead('Phòng Tài nguyên và Môi trường huyện Kiên Lương')] },
      { anchor: 'xử lý các vi phạm về môi trường', units: [assigned('Công an huyện Kiên Lương')] },
      { anchor: 'lấy mẫu nước sinh hoạt', units: [assigned('Trung tâm Y tế huyện Kiên Lương')] },
      { anchor: 'không xả rác xuống kênh', units: [assigned('UBND xã Bình An')] },
    ]),
  },
  {
    name: 'clean: a district party committee\'s document with a province\'s committee cited above',
    run: () => clean(`HUYỆN ỦY ĐỒNG XUÂN
*
Số: 35-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Đồng Xuân, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Tổ chức đại hội chi bộ thôn nhiệm kỳ 2025 - 2027

Thực hiện Chỉ thị số 45-CT/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy Phú Yên về đại hội đảng bộ các cấp, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:

III. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Huyện ủy chủ trì hướng dẫn các chi bộ chuẩn bị nhân sự.
2. Ban Tuyên giáo Huyện ủy định hướng công tác tuyên truyền về đại hội.
3. Văn phòng Huyện ủy bảo đảm kinh phí, điều kiện phục vụ đại hội.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Võ Văn Sang
`, [
      { anchor: 'chuẩn bị nhân sự', units: [lead('Ban Tổ chức Huyện ủy Đồng Xuân')] },
      { anchor: 'định hướng công tác tuyên truyền', units: [assigned('Ban Tuyên giáo Huyện ủy Đồng Xuân')] },
      { anchor: 'bảo đảm kinh phí, điều kiện', units: [assigned('Văn phòng Huyện ủy Đồng Xuân')] },
    ]),
  },
  {
    name: 'html: a commune page whose header names the district above it',
    run: () => html(`${htmlHeader('UBND HUYỆN PHÙ CÁT<br><b>UBND XÃ CÁT HANH</b>', '66/KH-UBND', 'Cát Hanh, ngày 11 tháng 3 năm 2024')}
<p align="center"><b>KẾ HOẠCH</b><br><b>Tổng vệ sinh môi trường năm 2024</b></p>
<p><b>II. NHIỆM VỤ</b></p>
<p><b>1. Công chức Văn hóa - Xã hội</b></p><p>Tuyên truyền người dân phân loại rác tại nguồn.</p>
<p><b>2. Công an xã</b></p><p>Xử lý các trường hợp đổ rác trái phép ra đường giao thông.</p>
<p><b>3. Trạm Y tế xã</b></p><p>Hướng dẫn các hộ gia đình phun khử khuẩn sau ngập lụt.</p>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="right"><b>Nguyễn Thị Lan</b></p>`, [
      { anchor: 'phân loại rác tại nguồn', units: [assigned(['Công chức Văn hóa - Xã hội xã Cát Hanh', 'Công chức Văn hóa - Xã hội'])] },
      { anchor: 'đổ rác trái phép', units: [assigned('Công an xã Cát Hanh')] },
      { anchor: 'phun khử khuẩn sau ngập lụt', units: [assigned('Trạm Y tế xã Cát Hanh')] },
    ]),
  },
  {
    name: 'html: a district page implementing the province\'s plan; a task table of units without places',
    run: () => html(`${htmlHeader('ỦY BAN NHÂN DÂN<br><b>HUYỆN ĐỒNG XUÂN</b>', '205/KH-UBND', 'Đồng Xuân, ngày 14 tháng 8 năm 2024')}
<p align="center"><b>KẾ HOẠCH</b><br><b>Chuyển đổi số năm 2024</b></p>
<p>Thực hiện Kế hoạch số 310/KH-UBND ngày 02/7/2024 của UBND tỉnh Phú Yên về chuyển đổi số năm 2024, UBND huyện ban hành Kế hoạch như sau:</p>
<table border="1"><tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>
<tr><td>1</td><td>Số hóa hồ sơ thủ tục hành chính</td><td>Văn phòng HĐND và UBND</td><td>UBND các xã, thị trấn</td></tr>
<tr><td>2</td><td>Tuyên truyền kỹ năng số cho người dân</td><td>Phòng Văn hóa - Thông tin</td><td>Đoàn Thanh niên huyện</td></tr>
<tr><td>3</td><td>Triển khai hồ sơ sức khỏe điện tử</td><td>Trung tâm Y tế</td><td>Phòng Y tế</td></tr>
</table>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="right"><b>Lê Văn Bình</b></p>`, [
      { anchor: 'Số hóa hồ sơ thủ tục', units: [lead('Văn phòng HĐND và UBND huyện Đồng Xuân'), support('UBND các xã, thị trấn huyện Đồng Xuân')] },
      { anchor: 'kỹ năng số cho người dân', units: [lead('Phòng Văn hóa - Thông tin huyện Đồng Xuân'), support('Đoàn Thanh niên huyện Đồng Xuân')] },
      { anchor: 'hồ sơ sức khỏe điện tử', units: [lead('Trung tâm Y tế huyện Đồng Xuân'), support('Phòng Y tế huyện Đồng Xuân')] },
    ]),
  },
  {
    name: 'html: a district page: a commune leads, district offices support, a province department is asked',
    run: () => html(`${htmlHeader('ỦY BAN NHÂN DÂN<br><b>HUYỆN HƯƠNG SƠN</b>', '188/KH-UBND', 'Hương Sơn, ngày 19 tháng 9 năm 2024')}
<p align="center"><b>KẾ HOẠCH</b><br><b>Di dời dân vùng sạt lở năm 2024</b></p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. UBND xã Sơn Kim 1 chủ trì, phối hợp với Phòng Tài nguyên và Môi trường lập danh sách các hộ phải di dời.</p>
<p>2. Công an huyện phối hợp với Công an xã Sơn Kim 1 bảo đảm an ninh trật tự khu tái định cư.</p>
<p>3. Đề nghị Sở Xây dựng hướng dẫn thiết kế nhà ở khu tái định cư.</p>
<p>4. Phòng Lao động - Thương binh và Xã hội hỗ trợ các hộ di dời ổn định cuộc sống.</p>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="right"><b>Trần Văn Hùng</b></p>`, [
      { anchor: 'lập danh sách các hộ', units: [lead('UBND xã Sơn Kim 1'), support('Phòng Tài nguyên và Môi trường huyện Hương Sơn')] },
      { anchor: 'an ninh trật tự khu tái định cư', units: [lead('Công an huyện Hương Sơn'), support('Công an xã Sơn Kim 1')] },
      { anchor: 'hướng dẫn thiết kế nhà ở', units: [assigned('Sở Xây dựng tỉnh Hà Tĩnh')] },
      { anchor: 'ổn định cuộc sống', units: [assigned('Phòng Lao động - Thương binh và Xã hội huyện Hương Sơn')] },
    ]),
  },
  {
    name: 'html: a district page with tasks on one commune\'s area',
    run: () => html(`${htmlHeader('ỦY BAN NHÂN DÂN<br><b>HUYỆN TAM NÔNG</b>', '97/KH-UBND', 'Tam Nông, ngày 05 tháng 10 năm 2024')}
<p align="center"><b>KẾ HOẠCH</b><br><b>Khắc phục sạt lở bờ sông tại xã Phú Thành A</b></p>
<p><b>II. NHIỆM VỤ</b></p>
<p>- Phòng Nông nghiệp và Phát triển nông thôn khảo sát các điểm sạt lở trên địa bàn xã Phú Thành A.</p>
<p>- Trung tâm Y tế bố trí lực lượng y tế trực tại các điểm di dời trên địa bàn xã Phú Thành A.</p>
<p>- Ban Chỉ huy Quân sự huyện huy động lực lượng hỗ trợ người dân di dời tài sản.</p>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="right"><b>Nguyễn Văn Tâm</b></p>`, [
      { anchor: 'khảo sát các điểm sạt lở', units: [assigned('Phòng Nông nghiệp và Phát triển nông thôn huyện Tam Nông')] },
      { anchor: 'bố trí lực lượng y tế trực', units: [assigned('Trung tâm Y tế huyện Tam Nông')] },
      { anchor: 'di dời tài sản', units: [assigned('Ban Chỉ huy Quân sự huyện Tam Nông')] },
    ]),
  },
  {
    name: 'html: a commune page naming the district\'s offices',
    run: () => html(`${htmlHeader('ỦY BAN NHÂN DÂN<br><b>XÃ ĐẠI PHÚ</b>', '52/KH-UBND', 'Đại Phú, ngày 18 tháng 11 năm 2024')}
<p align="center"><b>KẾ HOẠCH</b><br><b>Kiểm tra an toàn thực phẩm dịp Tết năm 2025</b></p>
<p>Ủy ban nhân dân xã Đại Phú, huyện Sơn Dương xây dựng Kế hoạch như sau:</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. Trạm Y tế xã phối hợp với Phòng Y tế huyện kiểm tra các cơ sở kinh doanh thực phẩm.</p>
<p>2. Công an xã phối hợp với Công an huyện xử lý hàng giả, hàng kém chất lượng.</p>
<p>3. Các trường học trên địa bàn xã bảo đảm an toàn bếp ăn bán trú.</p>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="right"><b>Hoàng Văn Sơn</b></p>`, [
      { anchor: 'các cơ sở kinh doanh thực phẩm', units: [lead('Trạm Y tế xã Đại Phú'), support('Phòng Y tế huyện Sơn Dương')] },
      { anchor: 'hàng giả, hàng kém chất lượng', units: [lead('Công an xã Đại Phú'), support('Công an huyện Sơn Dương')] },
      { anchor: 'bếp ăn bán trú', units: [assigned(['trường học trên địa bàn xã Đại Phú', 'Các trường học trên địa bàn xã', 'trường học xã Đại Phú'])] },
    ]),
  },
];

describe('a task unit named without its place takes it from the document\'s structure (unitplace35)', () => {
  for (const c of cases) it(c.name, () => expect(c.run()).toEqual([]));
});

/**
 * Written after reading the tune notes: most misses the eval counts as "the same body, another place" are a board's
 * name cut at its lower-case work ("Ban Quản lý rừng phòng hộ ven biển An Minh" read "Ban Quản lý rừng phòng hộ" of the
 * issuer's district; the kind's place split takes "quản" of "Quản lý" for "quận"). The name runs on to its own
 * capitalised name when a verb follows (find/lower-name.ts `lowerWorkToOwnName`).
 */
describe('a body\'s name with its work in lower case then its own name (unitplace35)', () => {
  it('reads the whole name, not the head placed in the issuer\'s district', () => {
    expect(clean(`ỦY BAN NHÂN DÂN
HUYỆN AN MINH
Số: 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Minh, ngày 12 tháng 9 năm 2024

KẾ HOẠCH
Phòng, chống sạt lở đê biển Tây năm 2024

II. NHIỆM VỤ
1. Ban Quản lý rừng phòng hộ ven biển An Minh kiểm tra hằng tuần các đoạn đê xung yếu.
2. Trung tâm Quản lý bảo tồn di tích Kiên Giang kê cao hiện vật tại đình thần.
3. Phòng Tài chính - Kế hoạch bố trí kinh phí gia cố đê.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Nam
`, [
      { anchor: 'các đoạn đê xung yếu', units: [assigned('Ban Quản lý rừng phòng hộ ven biển An Minh')] },
      { anchor: 'kê cao hiện vật', units: [assigned('Trung tâm Quản lý bảo tồn di tích Kiên Giang')] },
      { anchor: 'gia cố đê', units: [assigned('Phòng Tài chính - Kế hoạch huyện An Minh')] },
    ])).toEqual([]);
  });
});
