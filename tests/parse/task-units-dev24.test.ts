import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/read/html.js';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twenty-fourth round (issue 9): a unit the text marks "chủ trì" leads (design, the ASSIGNS edge), also
 * alone in its row: the unit in a table's "Đơn vị chủ trì" column is the lead whether the row's "Đơn vị phối hợp" cell
 * names a partner, is empty, or was dropped by the copy. Other tables keep their roles.
 */

const youthUnionPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch Tháng Thanh niên năm 2025</title></head><body>
<main>
<table width="100%"><tr>
<td align="center">BAN CHẤP HÀNH ĐOÀN TỈNH QUẢNG BÌNH<br><b>BAN THƯỜNG VỤ</b><br>Số: 214-KH/TĐTN-PT</td>
<td align="center"><b>ĐOÀN TNCS HỒ CHÍ MINH</b><br><i>Quảng Bình, ngày 18 tháng 2 năm 2025</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Tổ chức Tháng Thanh niên năm 2025</b></p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<table border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Ra quân làm sạch bãi biển Nhật Lệ</td><td>Thành đoàn Đồng Hới</td><td>Công ty Cổ phần Môi trường đô thị Quảng Bình</td><td>Ngày 02/3/2025</td></tr>
<tr><td>2</td><td>Tổng hợp kết quả, báo cáo Trung ương Đoàn</td><td>Văn phòng Tỉnh Đoàn</td><td></td><td>Trước 05/4/2025</td></tr>
</table>
<p><b>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN</b><br><b>BÍ THƯ</b><br>Trần Thị Thu Hà</p>
</main></body></html>`;

const communePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\nỦY BAN NHÂN DÂN XÃ AN HIỆP', number: '41/KH-UBND', placeDate: 'An Hiệp, ngày 06 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống bệnh tay chân miệng năm 2025', section: PLAN_SECTION });

describe('task units, twenty-fourth round: the unit of a "chủ trì" column leads, with or without a partner', () => {
  it('reads the lone unit of a row whose partner cell is empty as the lead, in a province Youth Union\'s web page', () => {
    const text = extractHtmlText(new TextEncoder().encode(youthUnionPage), 'page.html').text;
    expect(unitsOf(text)).toEqual([
      ['Thành đoàn Đồng Hới [lead]', 'Công ty Cổ phần Môi trường đô thị Quảng Bình [support]'],
      ['Văn phòng Tỉnh đoàn Quảng Bình [lead]'],
    ]);
  });

  it('does so in a web copy\'s "|" table, the partner cell empty or dropped with the row\'s last cells, in a commune\'s plan', () => {
    const doc = communePlan(`TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
1 | Khử khuẩn lớp học tại các nhóm trẻ, mẫu giáo | Trạm Y tế xã | Đoàn Thanh niên xã | Tháng 5/2025
2 | Thông tin về triệu chứng bệnh trên loa truyền thanh | Đài Truyền thanh xã |  | Hằng tuần
3 | Vận động hộ gia đình rửa tay bằng xà phòng | Hội Liên hiệp Phụ nữ xã`);
    expect(unitsOf(doc)).toEqual([
      ['Trạm y tế xã An Hiệp [lead]', 'Đoàn Thanh niên xã An Hiệp [support]'],
      ['Đài Truyền thanh xã An Hiệp [lead]'],
      ['Hội Liên hiệp Phụ nữ xã An Hiệp [lead]'],
    ]);
  });

  it('reads a "chủ trì" column as the lead also where the table has no column of partners', () => {
    const doc = communePlan(`TT | Nội dung | Đơn vị chủ trì | Thời gian
1 | Rà soát trẻ dưới 5 tuổi tại các ấp | Trạm Y tế xã | Tháng 5/2025`);
    expect(unitsOf(doc)).toEqual([['Trạm y tế xã An Hiệp [lead]']]);
  });

  it('keeps the lone unit of an "Đơn vị thực hiện" column and of a column naming both roles assigned', () => {
    const doing = communePlan(`TT | Nội dung | Đơn vị thực hiện | Thời gian
1 | Rà soát trẻ dưới 5 tuổi tại các ấp | Trạm Y tế xã | Tháng 5/2025`);
    const both = communePlan(`TT | Nội dung | Đơn vị chủ trì, phối hợp | Thời gian
1 | Rà soát trẻ dưới 5 tuổi tại các ấp | Trạm Y tế xã | Tháng 5/2025`);
    expect([unitsOf(doing), unitsOf(both)]).toEqual([[['Trạm y tế xã An Hiệp [assigned]']], [['Trạm y tế xã An Hiệp [assigned]']]]);
  });
});
