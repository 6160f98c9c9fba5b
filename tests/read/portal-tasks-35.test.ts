import { describe, expect, it } from 'vitest';
import { lead, support, taskNotes, type Task } from './portal-task-notes.js';

/**
 * Portal pages' tasks (issue 9, tasks35): a page saved from a legal or government portal carries its tasks in HTML,
 * and how read/html.ts turns that structure into lines decides what the task reader sees. One short page per
 * structure portals use (a `<th>` task table, a table whose header is `<td><strong>`, cells of `<p>` or `<br>` lines,
 * rowspan and colspan, a two-level header, `<ol>/<li>`, `<p>` with a `<strong>` unit, a dash list in one `<p>`),
 * written before reading any tune note (real places, made-up numbers). The tasks are scored as the eval scores them
 * (scripts/eval/score.ts: a found task's text holds the anchor; its units, by name or surface, are exactly the
 * expected ones, with their roles).
 */

function header(issuer: string, number: string, placeDate: string): string {
  return `<table width="100%"><tr><td align="center">${issuer}<br>Số: ${number}</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${placeDate}</i></td></tr></table>`;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></div>
<div class="content-detail">${body}</div>
<div class="related"><a href="/vb/1">Kế hoạch 12/KH-UBND năm 2023</a></div>
</body></html>`;
}

const DONG_XUAN = header('ỦY BAN NHÂN DÂN<br><b>HUYỆN ĐỒNG XUÂN</b>', '118/KH-UBND', 'Đồng Xuân, ngày 14 tháng 3 năm 2025');
const HUONG_SON = header('ỦY BAN NHÂN DÂN<br><b>HUYỆN HƯƠNG SƠN</b>', '76/KH-UBND', 'Hương Sơn, ngày 02 tháng 4 năm 2025');
const CAM_LAM = header('ỦY BAN NHÂN DÂN<br><b>HUYỆN CAM LÂM</b>', '203/KH-UBND', 'Cam Lâm, ngày 21 tháng 5 năm 2025');
const DOAN_HUNG = header('ỦY BAN NHÂN DÂN<br><b>HUYỆN ĐOAN HÙNG</b>', '64/KH-UBND', 'Đoan Hùng, ngày 09 tháng 6 năm 2025');
const KIEN_LUONG = header('ỦY BAN NHÂN DÂN<br><b>HUYỆN KIÊN LƯƠNG</b>', '155/KH-UBND', 'Kiên Lương, ngày 17 tháng 7 năm 2025');
const SIGN = '<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b></p><p align="right"><b>Nguyễn Văn Lâm</b></p>';

const cases: { name: string; html: string; tasks: Task[] }[] = [
  {
    name: 'a <th> task table: Nội dung / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian',
    html: page('Kế hoạch 118/KH-UBND', `${DONG_XUAN}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng, chống dịch bệnh sốt xuất huyết năm 2025</b></p>
<p>Để chủ động phòng, chống dịch bệnh sốt xuất huyết, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<table border="1"><thead><tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr></thead>
<tbody>
<tr><td>1</td><td>Giám sát ca bệnh và ổ dịch tại các thôn</td><td>Trung tâm Y tế huyện</td><td>UBND các xã, thị trấn</td><td>Thường xuyên</td></tr>
<tr><td>2</td><td>Tổ chức chiến dịch diệt lăng quăng</td><td>Phòng Y tế</td><td>Phòng Giáo dục và Đào tạo</td><td>Tháng 4/2025</td></tr>
<tr><td>3</td><td>Tuyên truyền trên hệ thống loa truyền thanh</td><td>Phòng Văn hóa và Thông tin</td><td></td><td>Hằng tuần</td></tr>
<tr><td>4</td><td>Bố trí kinh phí mua hóa chất phun khử khuẩn</td><td>Phòng Tài chính - Kế hoạch</td><td>Phòng Y tế</td><td>Quý II/2025</td></tr>
</tbody></table>
${SIGN}`),
    tasks: [
      { anchor: 'Giám sát ca bệnh và ổ dịch', units: [lead('Trung tâm Y tế huyện Đồng Xuân'), support('UBND các xã, thị trấn huyện Đồng Xuân')] },
      { anchor: 'chiến dịch diệt lăng quăng', units: [lead('Phòng Y tế huyện Đồng Xuân'), support('Phòng Giáo dục và Đào tạo huyện Đồng Xuân')] },
      { anchor: 'Tuyên truyền trên hệ thống loa', units: [lead('Phòng Văn hóa và Thông tin huyện Đồng Xuân')] },
      { anchor: 'Bố trí kinh phí mua hóa chất', units: [lead('Phòng Tài chính - Kế hoạch huyện Đồng Xuân'), support('Phòng Y tế huyện Đồng Xuân')] },
    ],
  },
  {
    name: 'a table of three columns whose header row is <td><strong>, few rows',
    html: page('Kế hoạch 76/KH-UBND', `${HUONG_SON}
<p align="center"><b>KẾ HOẠCH</b><br><b>Ra quân làm sạch môi trường năm 2025</b></p>
<p><b>III. PHÂN CÔNG THỰC HIỆN</b></p>
<table border="1" cellpadding="3">
<tr><td><strong>Nội dung</strong></td><td><strong>Đơn vị chủ trì</strong></td><td><strong>Đơn vị phối hợp</strong></td></tr>
<tr><td>Thu gom rác thải dọc Quốc lộ 8A</td><td>UBND thị trấn Phố Châu</td><td>Huyện đoàn</td></tr>
<tr><td>Kiểm tra việc xả thải của các cơ sở chế biến</td><td>Phòng Tài nguyên và Môi trường</td><td>Công an huyện</td></tr>
<tr><td>Đưa tin về kết quả ra quân</td><td>Trung tâm Văn hóa - Truyền thông</td><td></td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Thu gom rác thải dọc Quốc lộ 8A', units: [lead('UBND thị trấn Phố Châu'), support('Huyện đoàn Hương Sơn')] },
      { anchor: 'Kiểm tra việc xả thải', units: [lead('Phòng Tài nguyên và Môi trường huyện Hương Sơn'), support('Công an huyện Hương Sơn')] },
      { anchor: 'Đưa tin về kết quả ra quân', units: [lead('Trung tâm Văn hóa - Truyền thông huyện Hương Sơn')] },
    ],
  },
  {
    name: 'cells of <p> lines: a content cell of two paragraphs, a partner cell naming one body per <p>',
    html: page('Kế hoạch 203/KH-UBND', `${CAM_LAM}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phát triển du lịch cộng đồng năm 2025</b></p>
<table border="1">
<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời hạn</th></tr>
<tr><td><p>1</p></td><td><p>Khảo sát các điểm du lịch cộng đồng ven đầm Thủy Triều.</p><p>Đề xuất danh mục điểm ưu tiên đầu tư.</p></td><td><p>Phòng Văn hóa và Thông tin</p></td><td><p>Phòng Tài nguyên và Môi trường</p><p>UBND xã Cam Hải Đông</p></td><td><p>Quý III/2025</p></td></tr>
<tr><td><p>2</p></td><td><p>Tập huấn kỹ năng đón khách cho hộ dân làm homestay</p></td><td><p>Trung tâm Văn hóa, Thông tin và Thể thao</p></td><td><p>Hội Liên hiệp Phụ nữ huyện</p><p>Huyện đoàn</p></td><td><p>Tháng 8/2025</p></td></tr>
<tr><td><p>3</p></td><td><p>Hỗ trợ vay vốn cải tạo nhà ở đón khách</p></td><td><p>Phòng Giao dịch Ngân hàng Chính sách xã hội huyện</p></td><td><p>UBND các xã</p></td><td><p>Năm 2025</p></td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Khảo sát các điểm du lịch cộng đồng', units: [lead('Phòng Văn hóa và Thông tin huyện Cam Lâm'), support('Phòng Tài nguyên và Môi trường huyện Cam Lâm'), support('UBND xã Cam Hải Đông')] },
      { anchor: 'Tập huấn kỹ năng đón khách', units: [lead('Trung tâm Văn hóa, Thông tin và Thể thao huyện Cam Lâm'), support('Hội Liên hiệp Phụ nữ huyện Cam Lâm'), support('Huyện đoàn Cam Lâm')] },
      { anchor: 'Hỗ trợ vay vốn cải tạo nhà ở', units: [lead('Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Cam Lâm'), support('UBND các xã huyện Cam Lâm')] },
    ],
  },
  {
    name: 'cells of <br> lines: two lead bodies and two partners, each on its own line',
    html: page('Kế hoạch 64/KH-UBND', `${DOAN_HUNG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Bảo vệ rừng mùa khô năm 2025</b></p>
<table border="1">
<tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Tuần tra các khu rừng giáp ranh</td><td>Hạt Kiểm lâm<br>Công an huyện</td><td>UBND xã Hùng Xuyên<br>UBND xã Bằng Luân</td><td>Tháng 3-6/2025</td></tr>
<tr><td>2</td><td>Diễn tập chữa cháy rừng cấp huyện</td><td>Ban Chỉ huy Quân sự huyện</td><td>Hạt Kiểm lâm<br>UBND thị trấn Đoan Hùng</td><td>Tháng 4/2025</td></tr>
<tr><td>3</td><td>Kiểm tra phương tiện chữa cháy của các chủ rừng</td><td>Phòng Nông nghiệp và Phát triển nông thôn</td><td>Hạt Kiểm lâm</td><td>Tháng 5/2025</td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Tuần tra các khu rừng giáp ranh', units: [lead('Hạt Kiểm lâm huyện Đoan Hùng'), lead('Công an huyện Đoan Hùng'), support('UBND xã Hùng Xuyên'), support('UBND xã Bằng Luân')] },
      { anchor: 'Diễn tập chữa cháy rừng', units: [lead('Ban Chỉ huy Quân sự huyện Đoan Hùng'), support('Hạt Kiểm lâm huyện Đoan Hùng'), support('UBND thị trấn Đoan Hùng')] },
      { anchor: 'Kiểm tra phương tiện chữa cháy', units: [lead('Phòng Nông nghiệp và Phát triển nông thôn huyện Đoan Hùng'), support('Hạt Kiểm lâm huyện Đoan Hùng')] },
    ],
  },
  {
    name: 'rowspan: one lead body spanning three rows, a deadline spanning two',
    html: page('Kế hoạch 155/KH-UBND', `${KIEN_LUONG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Chuyển đổi số trên địa bàn huyện năm 2025</b></p>
<table border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Triển khai nền tảng họp trực tuyến đến cấp xã</td><td rowspan="3">Phòng Văn hóa và Thông tin</td><td>Văn phòng HĐND và UBND huyện</td><td rowspan="2">Quý II/2025</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ lưu trữ của các phòng chuyên môn</td><td>Phòng Nội vụ</td></tr>
<tr><td>3</td><td>Hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt</td><td>UBND thị trấn Kiên Lương</td><td>Quý III/2025</td></tr>
<tr><td>4</td><td>Bảo đảm an toàn thông tin cho hệ thống mạng nội bộ</td><td>Công an huyện</td><td>Phòng Văn hóa và Thông tin</td><td>Thường xuyên</td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'nền tảng họp trực tuyến', units: [lead('Phòng Văn hóa và Thông tin huyện Kiên Lương'), support('Văn phòng HĐND và UBND huyện Kiên Lương')] },
      { anchor: 'Số hóa hồ sơ lưu trữ', units: [lead('Phòng Văn hóa và Thông tin huyện Kiên Lương'), support('Phòng Nội vụ huyện Kiên Lương')] },
      { anchor: 'thanh toán không dùng tiền mặt', units: [lead('Phòng Văn hóa và Thông tin huyện Kiên Lương'), support('UBND thị trấn Kiên Lương')] },
      { anchor: 'an toàn thông tin cho hệ thống', units: [lead('Công an huyện Kiên Lương'), support('Phòng Văn hóa và Thông tin huyện Kiên Lương')] },
    ],
  },
  {
    name: 'colspan group rows named in words (no Roman numeral) between the rows',
    html: page('Kế hoạch 118/KH-UBND', `${DONG_XUAN}
<p align="center"><b>KẾ HOẠCH</b><br><b>Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025</b></p>
<table border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td colspan="5"><b>Lĩnh vực hạ tầng</b></td></tr>
<tr><td>1</td><td>Bê tông hóa đường trục thôn tại xã Đa Lộc</td><td>UBND xã Đa Lộc</td><td>Phòng Kinh tế và Hạ tầng</td><td>Năm 2025</td></tr>
<tr><td>2</td><td>Nâng cấp hệ thống kênh mương nội đồng</td><td>Phòng Nông nghiệp và Phát triển nông thôn</td><td>UBND xã Xuân Lãnh</td><td>Quý III/2025</td></tr>
<tr><td colspan="5"><b>Lĩnh vực văn hóa - xã hội</b></td></tr>
<tr><td>3</td><td>Xây dựng nhà văn hóa thôn đạt chuẩn</td><td>Phòng Văn hóa và Thông tin</td><td>UBND xã Phú Mỡ</td><td>Năm 2025</td></tr>
<tr><td>4</td><td>Mở lớp dạy nghề cho lao động nông thôn</td><td>Phòng Lao động - Thương binh và Xã hội</td><td>Hội Nông dân huyện</td><td>Quý IV/2025</td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Bê tông hóa đường trục thôn', units: [lead('UBND xã Đa Lộc'), support('Phòng Kinh tế và Hạ tầng huyện Đồng Xuân')] },
      { anchor: 'kênh mương nội đồng', units: [lead('Phòng Nông nghiệp và Phát triển nông thôn huyện Đồng Xuân'), support('UBND xã Xuân Lãnh')] },
      { anchor: 'nhà văn hóa thôn đạt chuẩn', units: [lead('Phòng Văn hóa và Thông tin huyện Đồng Xuân'), support('UBND xã Phú Mỡ')] },
      { anchor: 'dạy nghề cho lao động nông thôn', units: [lead('Phòng Lao động - Thương binh và Xã hội huyện Đồng Xuân'), support('Hội Nông dân huyện Đồng Xuân')] },
    ],
  },
  {
    name: 'a two-level header: "Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"',
    html: page('Kế hoạch 76/KH-UBND', `${HUONG_SON}
<p align="center"><b>KẾ HOẠCH</b><br><b>Cải cách hành chính năm 2025</b></p>
<table border="1">
<tr><td rowspan="2"><b>TT</b></td><td rowspan="2"><b>Nội dung</b></td><td colspan="2"><b>Đơn vị thực hiện</b></td><td rowspan="2"><b>Thời gian hoàn thành</b></td></tr>
<tr><td><b>Chủ trì</b></td><td><b>Phối hợp</b></td></tr>
<tr><td>1</td><td>Rà soát thủ tục hành chính thuộc thẩm quyền cấp huyện</td><td>Văn phòng HĐND và UBND huyện</td><td>Phòng Tư pháp</td><td>Tháng 6/2025</td></tr>
<tr><td>2</td><td>Kiểm tra công vụ tại bộ phận một cửa các xã</td><td>Phòng Nội vụ</td><td>UBND xã Sơn Hồng</td><td>Quý III/2025</td></tr>
<tr><td>3</td><td>Khảo sát sự hài lòng của người dân</td><td>Phòng Nội vụ</td><td>Huyện đoàn</td><td>Tháng 10/2025</td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Rà soát thủ tục hành chính', units: [lead('Văn phòng HĐND và UBND huyện Hương Sơn'), support('Phòng Tư pháp huyện Hương Sơn')] },
      { anchor: 'Kiểm tra công vụ tại bộ phận một cửa', units: [lead('Phòng Nội vụ huyện Hương Sơn'), support('UBND xã Sơn Hồng')] },
      { anchor: 'sự hài lòng của người dân', units: [lead('Phòng Nội vụ huyện Hương Sơn'), support('Huyện đoàn Hương Sơn')] },
    ],
  },
  {
    name: 'an <ol> of tasks, each <li> naming its bodies',
    html: page('Kế hoạch 203/KH-UBND', `${CAM_LAM}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng, chống thiên tai năm 2025</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<ol>
<li>Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã rà soát các hồ chứa nước xung yếu trước mùa mưa.</li>
<li>Ban Chỉ huy Quân sự huyện xây dựng phương án sơ tán dân tại xã Cam Hải Đông.</li>
<li>Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí dự phòng cho công tác ứng phó.</li>
<li>Trung tâm Văn hóa, Thông tin và Thể thao đưa tin cảnh báo thiên tai kịp thời.</li>
</ol>
${SIGN}`),
    tasks: [
      { anchor: 'rà soát các hồ chứa nước xung yếu', units: [lead('Phòng Nông nghiệp và Phát triển nông thôn huyện Cam Lâm'), support('UBND các xã huyện Cam Lâm')] },
      { anchor: 'phương án sơ tán dân', units: ['Ban Chỉ huy Quân sự huyện Cam Lâm'] },
      { anchor: 'bố trí kinh phí dự phòng', units: ['Phòng Tài chính - Kế hoạch huyện Cam Lâm'] },
      { anchor: 'đưa tin cảnh báo thiên tai', units: ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Cam Lâm'] },
    ],
  },
  {
    name: '<p> paragraphs each opening with a <strong> unit name',
    html: page('Kế hoạch 64/KH-UBND', `${DOAN_HUNG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Tổ chức Tháng hành động vì an toàn thực phẩm năm 2025</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p><strong>1. Phòng Y tế:</strong> Chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng tổ chức đoàn kiểm tra liên ngành tại các chợ.</p>
<p><strong>2. Trung tâm Y tế huyện:</strong> Lấy mẫu xét nghiệm nhanh tại các bếp ăn tập thể.</p>
<p><strong>3. Công an huyện:</strong> Điều tra, xử lý các vụ vận chuyển thực phẩm không rõ nguồn gốc.</p>
<p><strong>4. UBND các xã, thị trấn:</strong> Thành lập đoàn kiểm tra tuyến xã đối với cơ sở kinh doanh nhỏ lẻ.</p>
${SIGN}`),
    tasks: [
      { anchor: 'đoàn kiểm tra liên ngành tại các chợ', units: [lead('Phòng Y tế huyện Đoan Hùng'), support('Phòng Kinh tế và Hạ tầng huyện Đoan Hùng')] },
      { anchor: 'Lấy mẫu xét nghiệm nhanh', units: ['Trung tâm Y tế huyện Đoan Hùng'] },
      { anchor: 'vận chuyển thực phẩm không rõ nguồn gốc', units: ['Công an huyện Đoan Hùng'] },
      { anchor: 'đoàn kiểm tra tuyến xã', units: ['UBND các xã, thị trấn huyện Đoan Hùng'] },
    ],
  },
  {
    name: 'a unit in <strong> on its own line, then a dash list inside the same <p> with <br>',
    html: page('Kế hoạch 155/KH-UBND', `${KIEN_LUONG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phát triển kinh tế biển năm 2025</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p><strong>1. Phòng Nông nghiệp và Phát triển nông thôn</strong><br>- Hướng dẫn ngư dân lắp thiết bị giám sát hành trình tàu cá;<br>- Theo dõi diễn biến nguồn lợi thủy sản ven bờ.</p>
<p><strong>2. Đồn Biên phòng Hòn Chông</strong><br>- Tuần tra kiểm soát tàu cá xuất bến tại cửa biển;<br>- Phối hợp với UBND xã Kiên Bình tuyên truyền chống khai thác hải sản bất hợp pháp.</p>
${SIGN}`),
    tasks: [
      { anchor: 'lắp thiết bị giám sát hành trình', units: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Kiên Lương'] },
      { anchor: 'nguồn lợi thủy sản ven bờ', units: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Kiên Lương'] },
      { anchor: 'Tuần tra kiểm soát tàu cá', units: ['Đồn Biên phòng Hòn Chông'] },
      { anchor: 'chống khai thác hải sản bất hợp pháp', units: [lead('Đồn Biên phòng Hòn Chông'), support('UBND xã Kiên Bình')] },
    ],
  },
  {
    name: 'a unit as its own <p><strong>, its duties in the <p> paragraphs under it',
    html: page('Kế hoạch 118/KH-UBND', `${DONG_XUAN}
<p align="center"><b>KẾ HOẠCH</b><br><b>Bảo đảm trật tự an toàn giao thông dịp Tết năm 2025</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p><strong>1. Công an huyện</strong></p>
<p>- Tăng cường tuần tra xử lý vi phạm nồng độ cồn trên Quốc lộ 19C.</p>
<p>- Chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng rà soát các điểm đen tai nạn giao thông.</p>
<p><strong>2. Phòng Văn hóa và Thông tin</strong></p>
<p>- Tuyên truyền quy định về an toàn giao thông trên trang thông tin điện tử huyện.</p>
<p><strong>3. UBND thị trấn La Hai</strong></p>
<p>- Giải tỏa hành lang lấn chiếm vỉa hè tại khu vực chợ La Hai.</p>
${SIGN}`),
    tasks: [
      { anchor: 'vi phạm nồng độ cồn', units: ['Công an huyện Đồng Xuân'] },
      { anchor: 'các điểm đen tai nạn giao thông', units: [lead('Công an huyện Đồng Xuân'), support('Phòng Kinh tế và Hạ tầng huyện Đồng Xuân')] },
      { anchor: 'an toàn giao thông trên trang thông tin', units: ['Phòng Văn hóa và Thông tin huyện Đồng Xuân'] },
      { anchor: 'Giải tỏa hành lang lấn chiếm', units: ['UBND thị trấn La Hai'] },
    ],
  },
  {
    name: 'a table with a number column left empty in sub-rows, and a notes column left empty',
    html: page('Kế hoạch 203/KH-UBND', `${CAM_LAM}
<p align="center"><b>KẾ HOẠCH</b><br><b>Tuyên truyền phổ biến pháp luật năm 2025</b></p>
<table border="1">
<tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th><th>Ghi chú</th></tr>
<tr><td>1</td><td>Tổ chức Ngày Pháp luật Việt Nam</td><td>Phòng Tư pháp</td><td>Phòng Nội vụ</td><td>Tháng 11/2025</td><td></td></tr>
<tr><td></td><td>Cuộc thi tìm hiểu pháp luật trực tuyến</td><td>Phòng Tư pháp</td><td>Huyện đoàn</td><td>Tháng 9/2025</td><td></td></tr>
<tr><td>2</td><td>Phổ biến pháp luật cho đồng bào dân tộc thiểu số</td><td>Phòng Dân tộc</td><td>UBND xã Cam Tân</td><td>Quý III/2025</td><td></td></tr>
<tr><td>3</td><td>Cập nhật văn bản mới lên tủ sách pháp luật</td><td>Văn phòng HĐND và UBND huyện</td><td></td><td>Thường xuyên</td><td></td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Ngày Pháp luật Việt Nam', units: [lead('Phòng Tư pháp huyện Cam Lâm'), support('Phòng Nội vụ huyện Cam Lâm')] },
      { anchor: 'Cuộc thi tìm hiểu pháp luật', units: [lead('Phòng Tư pháp huyện Cam Lâm'), support('Huyện đoàn Cam Lâm')] },
      { anchor: 'đồng bào dân tộc thiểu số', units: [lead('Phòng Dân tộc huyện Cam Lâm'), support('UBND xã Cam Tân')] },
      { anchor: 'tủ sách pháp luật', units: [lead('Văn phòng HĐND và UBND huyện Cam Lâm')] },
    ],
  },
  {
    name: 'Roman-numbered group rows (<td>I</td><td colspan="3">), a partner cell spanning two rows',
    html: page('Kế hoạch 64/KH-UBND', `${DOAN_HUNG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phát triển sản xuất chè năm 2025</b></p>
<table border="1">
<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th></tr>
<tr><td><b>I</b></td><td colspan="3"><b>Sản xuất</b></td></tr>
<tr><td>1</td><td>Trồng mới diện tích chè giống LDP1</td><td>UBND xã Hùng Xuyên</td><td rowspan="2">Trạm Khuyến nông huyện</td></tr>
<tr><td>2</td><td>Cải tạo đồi chè già cỗi</td><td>UBND xã Bằng Luân</td></tr>
<tr><td><b>II</b></td><td colspan="3"><b>Tiêu thụ</b></td></tr>
<tr><td>3</td><td>Kết nối doanh nghiệp thu mua chè búp tươi</td><td>Phòng Kinh tế và Hạ tầng</td><td>Hội Nông dân huyện</td></tr>
</table>
${SIGN}`),
    tasks: [
      { anchor: 'Trồng mới diện tích chè', units: [lead('UBND xã Hùng Xuyên'), support('Trạm Khuyến nông huyện Đoan Hùng')] },
      { anchor: 'Cải tạo đồi chè già cỗi', units: [lead('UBND xã Bằng Luân'), support('Trạm Khuyến nông huyện Đoan Hùng')] },
      { anchor: 'thu mua chè búp tươi', units: [lead('Phòng Kinh tế và Hạ tầng huyện Đoan Hùng'), support('Hội Nông dân huyện Đoan Hùng')] },
    ],
  },
  {
    name: 'a row of column numbers "(1) … (5)" under the header',
    html: page('Kế hoạch 155/KH-UBND', `${KIEN_LUONG}
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng, chống tác hại của thuốc lá năm 2025</b></p>
<table border="1">
<thead><tr><th>TT</th><th>Nội dung hoạt động</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><th>(1)</th><th>(2)</th><th>(3)</th><th>(4)</th><th>(5)</th></tr></thead>
<tbody>
<tr><td>1</td><td>Treo biển cấm hút thuốc tại trụ sở cơ quan</td><td>Văn phòng HĐND và UBND huyện</td><td>Phòng Y tế</td><td>Tháng 5/2025</td></tr>
<tr><td>2</td><td>Kiểm tra việc bán thuốc lá cho người dưới 18 tuổi</td><td>Phòng Kinh tế và Hạ tầng</td><td>Công an huyện</td><td>Quý III/2025</td></tr>
<tr><td>3</td><td>Truyền thông trong trường học về tác hại thuốc lá điện tử</td><td>Phòng Giáo dục và Đào tạo</td><td>Trung tâm Y tế huyện</td><td>Năm học 2025-2026</td></tr>
</tbody></table>
${SIGN}`),
    tasks: [
      { anchor: 'Treo biển cấm hút thuốc', units: [lead('Văn phòng HĐND và UBND huyện Kiên Lương'), support('Phòng Y tế huyện Kiên Lương')] },
      { anchor: 'bán thuốc lá cho người dưới 18 tuổi', units: [lead('Phòng Kinh tế và Hạ tầng huyện Kiên Lương'), support('Công an huyện Kiên Lương')] },
      { anchor: 'tác hại thuốc lá điện tử', units: [lead('Phòng Giáo dục và Đào tạo huyện Kiên Lương'), support('Trung tâm Y tế huyện Kiên Lương')] },
    ],
  },
];

describe('portal pages: tasks read off the HTML structures portals use (tasks35)', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(taskNotes(c.html, c.tasks)).toEqual([]);
    });
  }
});
