import { describe, expect, it } from 'vitest';
import { lead, support, taskNotes, type Task } from './portal-task-notes.js';

/**
 * More portal structures (tasks35), written after reading the tune notes of portal pages, so not part of the round's
 * fresh measure: numbered items in one <p> broken by <br>, an <ol> of units with <ul> duties, <h4> unit headings, unit
 * cells of "- " lines or of a <ul>, a body inside a one-column table, dash duties with no full stop under a <strong>
 * unit. Scored as the eval scores tasks (see portal-tasks-35.test.ts).
 */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body><div class="content-detail">
<table width="100%"><tr><td align="center">ỦY BAN NHÂN DÂN<br><b>HUYỆN ĐỒNG XUÂN</b><br>Số: 131/KH-UBND</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Đồng Xuân, ngày 20 tháng 8 năm 2025</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng, chống thiên tai năm 2025</b></p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch phòng, chống thiên tai năm 2025 như sau:</p>
${body}
<table width="100%"><tr><td><b>Nơi nhận:</b><br>- UBND tỉnh (b/c);<br>- Lưu: VT.</td><td align="center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>Lê Văn Hòa</td></tr></table>
</div></body></html>`;
}

const cases: { name: string; html: string; tasks: Task[] }[] = [
  {
    name: 'numbered items inside one <p>, broken by <br>',
    html: page(`<p><b>II. PHÂN CÔNG</b></p>
<p>1. Phòng Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu.<br>2. Công an huyện bảo đảm an ninh tại các điểm sơ tán.<br>3. Trung tâm Y tế huyện dự trữ cơ số thuốc tại các trạm y tế xã.</p>`),
    tasks: [
      { anchor: 'rà soát các hồ chứa xung yếu', units: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Đồng Xuân'] },
      { anchor: 'an ninh tại các điểm sơ tán', units: ['Công an huyện Đồng Xuân'] },
      { anchor: 'dự trữ cơ số thuốc', units: ['Trung tâm Y tế huyện Đồng Xuân'] },
    ],
  },
  {
    name: 'an <ol> of units, each with a <ul> of duties',
    html: page(`<p><b>II. PHÂN CÔNG</b></p>
<ol><li>Phòng Tài nguyên và Môi trường:<ul><li>Kiểm tra các điểm sạt lở bờ sông Kỳ Lộ;</li><li>Cắm biển cảnh báo tại các mỏ cát.</li></ul></li>
<li>UBND xã Xuân Lãnh:<ul><li>Lập danh sách hộ dân phải di dời khẩn cấp.</li></ul></li></ol>`),
    tasks: [
      { anchor: 'điểm sạt lở bờ sông Kỳ Lộ', units: ['Phòng Tài nguyên và Môi trường huyện Đồng Xuân'] },
      { anchor: 'Cắm biển cảnh báo tại các mỏ cát', units: ['Phòng Tài nguyên và Môi trường huyện Đồng Xuân'] },
      { anchor: 'hộ dân phải di dời khẩn cấp', units: ['UBND xã Xuân Lãnh'] },
    ],
  },
  {
    name: 'a unit heading in <h4>, its duties in a <ul>',
    html: page(`<h3>II. PHÂN CÔNG</h3>
<h4>1. Ban Chỉ huy Quân sự huyện</h4><ul><li>Xây dựng phương án huy động lực lượng dân quân cứu hộ;</li><li>Phối hợp với Công an huyện tổ chức diễn tập sơ tán dân.</li></ul>
<h4>2. Phòng Văn hóa và Thông tin</h4><ul><li>Đưa tin cảnh báo trên trang thông tin điện tử huyện.</li></ul>`),
    tasks: [
      { anchor: 'huy động lực lượng dân quân', units: ['Ban Chỉ huy Quân sự huyện Đồng Xuân'] },
      { anchor: 'diễn tập sơ tán dân', units: [lead('Ban Chỉ huy Quân sự huyện Đồng Xuân'), support('Công an huyện Đồng Xuân')] },
      { anchor: 'Đưa tin cảnh báo trên trang', units: ['Phòng Văn hóa và Thông tin huyện Đồng Xuân'] },
    ],
  },
  {
    name: 'a task table whose unit cells list bodies as "- " lines',
    html: page(`<table border="1"><tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>
<tr><td>1</td><td>Gia cố kè chống sạt lở đoạn qua thị trấn La Hai</td><td>Phòng Kinh tế và Hạ tầng</td><td>- UBND thị trấn La Hai<br>- Phòng Tài chính - Kế hoạch</td></tr>
<tr><td>2</td><td>Tập huấn kỹ năng cứu hộ cho lực lượng xung kích</td><td>Ban Chỉ huy Quân sự huyện</td><td>- Huyện đoàn<br>- Hội Chữ thập đỏ huyện</td></tr>
</table>`),
    tasks: [
      { anchor: 'Gia cố kè chống sạt lở', units: [lead('Phòng Kinh tế và Hạ tầng huyện Đồng Xuân'), support('UBND thị trấn La Hai'), support('Phòng Tài chính - Kế hoạch huyện Đồng Xuân')] },
      { anchor: 'kỹ năng cứu hộ', units: [lead('Ban Chỉ huy Quân sự huyện Đồng Xuân'), support('Huyện đoàn Đồng Xuân'), support('Hội Chữ thập đỏ huyện Đồng Xuân')] },
    ],
  },
  {
    name: 'a task table whose unit cell holds a <ul> of bodies',
    html: page(`<table border="1"><tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th></tr>
<tr><td>1</td><td>Kiểm tra an toàn hồ đập trước mùa mưa</td><td>Phòng Nông nghiệp và Phát triển nông thôn</td><td><ul><li>UBND xã Đa Lộc</li><li>UBND xã Phú Mỡ</li></ul></td></tr>
<tr><td>2</td><td>Dự trữ lương thực tại các xã vùng cao</td><td>Phòng Kinh tế và Hạ tầng</td><td><ul><li>UBND xã Phú Mỡ</li></ul></td></tr>
</table>`),
    tasks: [
      { anchor: 'an toàn hồ đập', units: [lead('Phòng Nông nghiệp và Phát triển nông thôn huyện Đồng Xuân'), support('UBND xã Đa Lộc'), support('UBND xã Phú Mỡ')] },
      { anchor: 'Dự trữ lương thực', units: [lead('Phòng Kinh tế và Hạ tầng huyện Đồng Xuân'), support('UBND xã Phú Mỡ')] },
    ],
  },
  {
    name: 'the whole body inside a one-column table, paragraphs as <p>',
    html: page(`<table width="100%"><tr><td>
<p><b>II. PHÂN CÔNG NHIỆM VỤ</b></p>
<p>1. Phòng Giáo dục và Đào tạo chỉ đạo các trường học cho học sinh nghỉ học khi có mưa lớn kéo dài</p>
<p>2. Điện lực Đồng Xuân kiểm tra hành lang lưới điện</p>
<p>3. Trung tâm Văn hóa, Thông tin và Thể thao đưa tin dự báo thời tiết</p>
<p>4. UBND xã Phú Mỡ rà soát nhà ở không an toàn</p>
</td></tr></table>`),
    tasks: [
      { anchor: 'cho học sinh nghỉ học', units: ['Phòng Giáo dục và Đào tạo huyện Đồng Xuân'] },
      { anchor: 'hành lang lưới điện', units: ['Điện lực Đồng Xuân'] },
      { anchor: 'tin dự báo thời tiết', units: ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Đồng Xuân'] },
      { anchor: 'nhà ở không an toàn', units: ['UBND xã Phú Mỡ'] },
    ],
  },
  {
    name: 'duties as <p> items with no full stop, a unit heading in <strong> over them',
    html: page(`<p><b>II. PHÂN CÔNG NHIỆM VỤ</b></p>
<p><strong>1. Công an huyện</strong></p>
<p>- Bảo đảm an ninh trật tự tại các khu sơ tán</p>
<p>- Chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện tổ chức lực lượng cứu nạn</p>
<p><strong>2. Phòng Lao động - Thương binh và Xã hội</strong></p>
<p>- Cứu trợ lương thực cho hộ bị thiệt hại</p>`),
    tasks: [
      { anchor: 'an ninh trật tự tại các khu sơ tán', units: ['Công an huyện Đồng Xuân'] },
      { anchor: 'lực lượng cứu nạn', units: [lead('Công an huyện Đồng Xuân'), support('Ban Chỉ huy Quân sự huyện Đồng Xuân')] },
      { anchor: 'Cứu trợ lương thực', units: ['Phòng Lao động - Thương binh và Xã hội huyện Đồng Xuân'] },
    ],
  },
  {
    name: 'header labels broken by <br> ("Đơn vị<br>chủ trì")',
    html: page(`<table border="1"><tr><td><b>TT</b></td><td><b>Nội dung<br>công việc</b></td><td><b>Đơn vị<br>chủ trì</b></td><td><b>Đơn vị<br>Phối hợp</b></td></tr>
<tr><td>1</td><td>Nạo vét kênh thoát lũ thị trấn La Hai</td><td>UBND thị trấn La Hai</td><td>Phòng Kinh tế và Hạ tầng</td></tr>
<tr><td>2</td><td>Kiểm tra hệ thống cảnh báo lũ tự động</td><td>Phòng Nông nghiệp và Phát triển nông thôn</td><td>UBND xã Đa Lộc</td></tr>
</table>`),
    tasks: [
      { anchor: 'Nạo vét kênh thoát lũ', units: [lead('UBND thị trấn La Hai'), support('Phòng Kinh tế và Hạ tầng huyện Đồng Xuân')] },
      { anchor: 'cảnh báo lũ tự động', units: [lead('Phòng Nông nghiệp và Phát triển nông thôn huyện Đồng Xuân'), support('UBND xã Đa Lộc')] },
    ],
  },
];

describe('portal pages: more structures (tasks35, after the tune notes)', () => {
  for (const c of cases) it(c.name, () => { expect(taskNotes(c.html, c.tasks)).toEqual([]); });
});
