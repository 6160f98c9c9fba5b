import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/read/html.js';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task tables, round 34 (issue 9): the same kinds of task table written three ways (a web copy's `|` rows, a portal
 * page's HTML table, one cell per line), crossed with a lead cell naming two bodies, an empty partner cell, a partner
 * cell listing bodies with "các", a content cell wrapped over two lines, a group row ("I. Lĩnh vực …") spanning the
 * table, a deadline column, and the partner column standing before the lead column. The header row's labels say what
 * each column is; a group row is no task.
 */

const provincePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', number: '85/KH-UBND', placeDate: 'Quảng Trị, ngày 12 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Triển khai công tác phòng, chống dịch bệnh năm 2025', section: PLAN_SECTION });
const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN CAM LỘ', number: '27/KH-UBND', placeDate: 'Cam Lộ, ngày 04 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Thực hiện chuyển đổi số năm 2025', section: PLAN_SECTION });

const page = (issuer: string, number: string, placeDate: string, title: string, table: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main>
<table width="100%"><tr>
<td align="center">${issuer}<br>Số: ${number}</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${placeDate}</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>${title}</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<table border="1">
${table}
</table>
<p><b>TM. ỦY BAN NHÂN DÂN</b><br><b>CHỦ TỊCH</b><br>Nguyễn Văn Long</p>
</main></body></html>`;
const html = (s: string) => extractHtmlText(new TextEncoder().encode(s), 'page.html').text;
const quangTriPage = (table: string) => html(page('ỦY BAN NHÂN DÂN<br><b>TỈNH QUẢNG TRỊ</b>', '91/KH-UBND', 'Quảng Trị, ngày 20 tháng 3 năm 2025', 'Cải cách hành chính năm 2025', table));

describe('task tables, round 34: a web copy\'s "|" rows', () => {
  it('reads a lead cell with two bodies as two leads, the partner supporting, under a deadline column', () => {
    const doc = provincePlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
1 | Giám sát dịch sốt xuất huyết tại cộng đồng | Sở Y tế, Sở Giáo dục và Đào tạo | Sở Tài chính | Quý II/2025
2 | Bố trí kinh phí phòng, chống dịch | Sở Tài chính | Sở Y tế | Tháng 4/2025`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Y tế tỉnh Quảng Trị [lead]', 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị [lead]', 'Sở Tài chính tỉnh Quảng Trị [support]'],
      ['Sở Tài chính tỉnh Quảng Trị [lead]', 'Sở Y tế tỉnh Quảng Trị [support]'],
    ]);
  });

  it('reads a partner cell listing bodies with "các" as support, and an empty partner cell as the lead alone', () => {
    const doc = provincePlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
1 | Tuyên truyền phòng bệnh tay chân miệng | Sở Thông tin và Truyền thông | Các sở, ban, ngành; UBND các huyện, thị xã | Thường xuyên
2 | Tổng hợp, báo cáo kết quả | Sở Y tế |  | Tháng 12/2025`);
    const units = unitsOf(doc);
    expect(units).toHaveLength(2);
    expect(units[0]![0]).toBe('Sở Thông tin và Truyền thông tỉnh Quảng Trị [lead]');
    expect(units[0]!.slice(1).every((u) => u.endsWith('[support]'))).toBe(true);
    expect(units[0]!.length).toBeGreaterThanOrEqual(2);
    expect(units[1]).toEqual(['Sở Y tế tỉnh Quảng Trị [lead]']);
  });

  it('reads a content cell wrapped over two lines as one task', () => {
    const doc = districtPlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
1 | Xây dựng cơ sở dữ liệu hộ tịch điện tử,
số hóa sổ hộ tịch lưu trữ | Phòng Tư pháp | Phòng Văn hóa và Thông tin | Quý III/2025
2 | Hướng dẫn người dân cài đặt ứng dụng VNeID | Công an huyện | UBND các xã, thị trấn | Tháng 6/2025`);
    const units = unitsOf(doc);
    expect(units).toHaveLength(2);
    expect(units[0]).toEqual(['Phòng Tư pháp huyện Cam Lộ [lead]', 'Phòng Văn hóa và Thông tin huyện Cam Lộ [support]']);
    expect(units[1]![0]).toBe('Công an huyện Cam Lộ [lead]');
    expect(units[1]![1]).toMatch(/\[support\]$/);
  });

  it('passes over group rows ("I. Lĩnh vực …") that span the table, the rows under them still tasks', () => {
    const doc = districtPlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
I. Lĩnh vực hạ tầng số
1 | Phủ sóng 4G đến các thôn vùng sâu | Trung tâm Văn hóa - Thông tin và Thể thao | Phòng Văn hóa và Thông tin | Quý II/2025
II | Lĩnh vực chính quyền số | | |
2 | Vận hành hệ thống thông tin giải quyết thủ tục hành chính | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Năm 2025`);
    expect(unitsOf(doc)).toEqual([
      ['Trung tâm Văn hóa - Thông tin và Thể thao huyện Cam Lộ [lead]', 'Phòng Văn hóa và Thông tin huyện Cam Lộ [support]'],
      ['Văn phòng HĐND và UBND huyện Cam Lộ [lead]', 'Phòng Nội vụ huyện Cam Lộ [support]'],
    ]);
  });

  it('reads the roles by the header where the partner column stands before the lead column', () => {
    const doc = provincePlan(`STT | Nhiệm vụ | Đơn vị phối hợp | Đơn vị chủ trì | Thời hạn
1 | Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể | Công an tỉnh | Sở Y tế | Tháng 5/2025
2 | Xử lý rác thải y tế tại các bệnh viện tuyến huyện |  | Sở Tài nguyên và Môi trường | Quý III/2025`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Y tế tỉnh Quảng Trị [lead]', 'Công an tỉnh Quảng Trị [support]'],
      ['Sở Tài nguyên và Môi trường tỉnh Quảng Trị [lead]'],
    ]);
  });
});

describe('task tables, round 34: a portal page\'s HTML table', () => {
  it('reads two lead bodies, a group row spanning the table, and an empty partner cell', () => {
    const text = quangTriPage(`<tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td colspan="5"><b>I. Lĩnh vực thủ tục hành chính</b></td></tr>
<tr><td>1</td><td>Rà soát, đơn giản hóa thủ tục hành chính nội bộ</td><td>Văn phòng UBND tỉnh, Sở Tư pháp</td><td>Sở Nội vụ</td><td>Quý II/2025</td></tr>
<tr><td colspan="5"><b>II. Lĩnh vực tổ chức bộ máy</b></td></tr>
<tr><td>2</td><td>Sắp xếp các đơn vị sự nghiệp công lập</td><td>Sở Nội vụ</td><td></td><td>Tháng 9/2025</td></tr>`);
    expect(unitsOf(text)).toEqual([
      ['Văn phòng UBND tỉnh Quảng Trị [lead]', 'Sở Tư pháp tỉnh Quảng Trị [lead]', 'Sở Nội vụ tỉnh Quảng Trị [support]'],
      ['Sở Nội vụ tỉnh Quảng Trị [lead]'],
    ]);
  });

  it('reads the roles by the header where the partner column comes first', () => {
    const text = quangTriPage(`<tr><td><b>STT</b></td><td><b>Nội dung</b></td><td><b>Cơ quan phối hợp</b></td><td><b>Cơ quan chủ trì</b></td><td><b>Thời gian</b></td></tr>
<tr><td>1</td><td>Đánh giá chỉ số hài lòng của người dân</td><td>Sở Thông tin và Truyền thông</td><td>Sở Nội vụ</td><td>Tháng 11/2025</td></tr>
<tr><td>2</td><td>Kiểm tra công vụ tại các huyện</td><td>Thanh tra tỉnh</td><td>Sở Nội vụ</td><td>Quý IV/2025</td></tr>`);
    expect(unitsOf(text)).toEqual([
      ['Sở Nội vụ tỉnh Quảng Trị [lead]', 'Sở Thông tin và Truyền thông tỉnh Quảng Trị [support]'],
      ['Sở Nội vụ tỉnh Quảng Trị [lead]', 'Thanh tra tỉnh Quảng Trị [support]'],
    ]);
  });

  it('reads a content cell broken over two lines and a partner cell listing bodies with "các"', () => {
    const text = quangTriPage(`<tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Triển khai dịch vụ công trực tuyến toàn trình<br>cho các thủ tục đất đai</td><td>Sở Tài nguyên và Môi trường</td><td>Các sở, ngành liên quan; UBND các huyện, thị xã, thành phố</td><td>Năm 2025</td></tr>`);
    const units = unitsOf(text);
    expect(units).toHaveLength(1);
    expect(units[0]![0]).toBe('Sở Tài nguyên và Môi trường tỉnh Quảng Trị [lead]');
    expect(units[0]!.length).toBeGreaterThanOrEqual(2);
    expect(units[0]!.slice(1).every((u) => u.endsWith('[support]'))).toBe(true);
  });
});

describe('task tables, round 34: one cell per line', () => {
  it('reads a table copied one cell per line, its rows counted by the header\'s columns', () => {
    const doc = districtPlan(`TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
1
Nâng cấp cổng thông tin điện tử huyện
Phòng Văn hóa và Thông tin
Văn phòng HĐND và UBND huyện
Quý II/2025
2
Tập huấn kỹ năng số cho cán bộ cấp xã
Phòng Nội vụ
Trung tâm Chính trị huyện
Tháng 7/2025`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Văn hóa và Thông tin huyện Cam Lộ [lead]', 'Văn phòng HĐND và UBND huyện Cam Lộ [support]'],
      ['Phòng Nội vụ huyện Cam Lộ [lead]', 'Trung tâm Chính trị huyện Cam Lộ [support]'],
    ]);
  });

  it('passes over a group row and reads the partner column standing before the lead', () => {
    const doc = districtPlan(`STT
Nhiệm vụ
Đơn vị phối hợp
Đơn vị chủ trì
Thời hạn
I. Lĩnh vực kinh tế số
1
Hỗ trợ hộ kinh doanh bán hàng trên sàn thương mại điện tử
Hội Nông dân huyện
Phòng Kinh tế và Hạ tầng
Quý III/2025
II. Lĩnh vực xã hội số
2
Mở tài khoản thanh toán cho người hưởng trợ cấp
Bưu điện huyện
Phòng Lao động - Thương binh và Xã hội
Năm 2025`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Kinh tế và Hạ tầng huyện Cam Lộ [lead]', 'Hội Nông dân huyện Cam Lộ [support]'],
      ['Phòng Lao động - Thương binh và Xã hội huyện Cam Lộ [lead]', 'Bưu điện huyện Cam Lộ [support]'],
    ]);
  });

  it('reads a lead cell with two bodies and a partner cell listing bodies with "các"', () => {
    const doc = provincePlan(`TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
1
Phun hóa chất diệt muỗi tại các ổ dịch
Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh
UBND các huyện, thị xã, thành phố
Tháng 6/2025`);
    const units = unitsOf(doc);
    expect(units).toHaveLength(1);
    expect(units[0]!.slice(0, 2)).toEqual(['Sở Y tế tỉnh Quảng Trị [lead]', 'Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị [lead]']);
    expect(units[0]!.length).toBeGreaterThanOrEqual(3);
    expect(units[0]!.slice(2).every((u) => u.endsWith('[support]'))).toBe(true);
  });
});

describe('task tables, round 34: the column labels a header may use', () => {
  it('reads a unit column labelled "Đơn vị" alone, a content cell opening "Chủ trì, phối hợp với …" making its unit lead', () => {
    const doc = provincePlan(`TT | Đơn vị | Nhiệm vụ | Thời hạn
1 | Sở Nông nghiệp và Phát triển nông thôn | Chủ trì, phối hợp với Sở Tài chính rà soát diện tích lúa bị hạn | Tháng 6/2025
2 | Sở Công Thương | Bảo đảm cung ứng điện cho các trạm bơm | Suốt vụ Hè Thu`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị [lead]', 'Sở Tài chính tỉnh Quảng Trị [support]'],
      ['Sở Công Thương tỉnh Quảng Trị [assigned]'],
    ]);
  });

  it('reads a content column labelled "Hoạt động"', () => {
    const doc = districtPlan(`TT | Hoạt động | Đơn vị thực hiện | Thời gian
1 | Tổ chức hội thi tìm hiểu về chuyển đổi số | Huyện đoàn | Tháng 8/2025
2 | Ra mắt tổ công nghệ số cộng đồng | Phòng Văn hóa và Thông tin | Tháng 9/2025`);
    expect(unitsOf(doc).map((u) => u.length)).toEqual([1, 1]);
    expect(unitsOf(doc)[1]).toEqual(['Phòng Văn hóa và Thông tin huyện Cam Lộ [assigned]']);
  });
});

describe('task tables, round 34: a units cell no unit grammar knows', () => {
  it('names the unit of a lead or partner cell as printed where the grammar reads none from it', () => {
    const doc = districtPlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
1 | Hướng dẫn bán nông sản qua mạng xã hội | Các hợp tác xã nông nghiệp | Ban quản lý chợ nông sản | Quý III/2025
2 | Tập huấn thanh toán không dùng tiền mặt | Phòng Tài chính - Kế hoạch | Quý IV/2025 |
3 | Lắp đặt camera an ninh | Công an huyện | PC06 | Năm 2025`);
    expect(unitsOf(doc)).toEqual([
      // Since units38 the grammar reads a group of cooperatives, named with its district as other groups are.
      ['Các hợp tác xã nông nghiệp huyện Cam Lộ [lead]', 'Ban quản lý chợ nông sản [support]'],
      ['Phòng Tài chính - Kế hoạch huyện Cam Lộ [lead]'],
      ['Công an huyện Cam Lộ [lead]'],
    ]);
  });

  it('names no unit from a cell naming people, not a body', () => {
    const doc = districtPlan(`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
1 | Quản lý học sinh trong dịp hè | Phòng Giáo dục và Đào tạo | Cha mẹ học sinh | Tháng 6/2025`);
    expect(unitsOf(doc)).toEqual([['Phòng Giáo dục và Đào tạo huyện Cam Lộ [lead]']]);
  });
});
