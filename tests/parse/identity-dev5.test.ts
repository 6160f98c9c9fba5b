import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { extractHtmlText } from '../../src/read/html.js';

/**
 * The document's own identity, from the misses of the sixteen blind documents of the fifth round and
 * from fragments whose header is missing or mangled (issue 9; docs/extraction-quality.md, "Document
 * identity: what the misses are", fifth round): each case is one structure of the text the parser
 * misread, on a short document written for this test.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a headless fragment names its place only in "toàn Đảng bộ phường …"', () => {
  it('the ward of the closing line is the issuer\'s, and the city\'s Thành ủy it cites is named by the city', () => {
    const doc = `đến nay trên địa bàn phường còn 14 hộ kinh doanh chưa bảo đảm điều kiện an toàn thực phẩm. Sau 2 năm thực hiện Chỉ thị số 08-CT/TU ngày 20/4/2022 của Ban Thường vụ Tỉnh ủy Thái Bình, một số chi bộ chưa quan tâm đúng mức.

Thực hiện chỉ đạo của Ban Thường vụ Thành ủy tại Công văn số 412-CV/ThU ngày 10/5/2024, Ban Thường vụ Đảng ủy phường yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:

1. Các chi bộ tổ dân phố vận động các hộ kinh doanh ký cam kết bảo đảm an toàn thực phẩm.

2. Ủy ban nhân dân phường kiểm tra các cơ sở kinh doanh thức ăn đường phố.

Chỉ thị này được quán triệt đến cán bộ, đảng viên trong toàn Đảng bộ phường Kỳ Bá.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Phạm Văn Hùng
`;
    const r = parseDocument(doc);
    expect(r.issuer?.name).toBe('Ban Thường vụ Đảng ủy phường Kỳ Bá');
    expect(r.citations.find((c) => c.number === '412-CV/ThU')?.issuer?.name).toBe('Ban Thường vụ Thành ủy Thái Bình');
  });
});

describe('a mass organisation\'s page whose header table the article lost', () => {
  it('"HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM" heads the right column: the header is kept, the side box of other documents is not', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch tháng hành động :: Hội LHPN tỉnh Thái Bình</title></head><body>
<div id="top"><div class="brand">HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH</div></div>
<div id="content">
<div class="col-left"><div class="box"><div class="box-title">VĂN BẢN MỚI</div><ul>
<li><a href="/vb/71">71/KH-HPN - Kế hoạch tổ chức Ngày Gia đình Việt Nam</a></li>
<li><a href="/vb/66">66/CV-HPN - V/v báo cáo sơ kết quý I</a></li>
</ul></div></div>
<div class="col-main">
<h1>Kế hoạch hưởng ứng Tháng hành động vì bình đẳng giới năm 2024</h1>
<div class="meta">Đăng ngày: 12/10/2024 | Lượt xem: 842</div>
<div class="post-body">
<table class="header-vb" border="0" width="100%"><tr>
<td width="45%" align="center">HỘI LHPN TỈNH THÁI BÌNH<br><b>BAN THƯỜNG VỤ</b><br>***<br>Số: 84/KH-HPN</td>
<td align="center"><b>HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM</b><br>------<br><i>Thái Bình, ngày 08 tháng 10 năm 2024</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2024</b></p>
<p>Thực hiện Kế hoạch số 145/KH-UBND ngày 25/9/2024 của UBND tỉnh Thái Bình về tổ chức Tháng hành động vì bình đẳng giới năm 2024, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Nâng cao nhận thức của hội viên, phụ nữ về bình đẳng giới; năm 2023 toàn tỉnh có 1.240 hội viên được tư vấn pháp lý, 36 vụ bạo lực gia đình được phát hiện và hỗ trợ kịp thời, tăng 9 vụ so với năm trước.</p>
<p><b>II. NỘI DUNG</b></p>
<p>1. Hội Liên hiệp Phụ nữ các huyện, thành phố tổ chức ít nhất 01 buổi truyền thông tại cộng đồng trong tháng 11/2024.</p>
<p>2. Ban Gia đình - Xã hội chủ trì theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12/2024.</p>
<p>Quá trình thực hiện, nếu có vướng mắc, các cấp Hội phản ánh về Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh để được hướng dẫn./.</p>
</div></div></div>
<div id="bottom">Hội Liên hiệp Phụ nữ tỉnh Thái Bình - Số 6 Lê Lợi</div>
</body></html>`;
    const { text } = extractHtmlText(new TextEncoder().encode(page), 'kh-84.html');
    const r = parseDocument(text);
    expect([r.number, r.docType, r.issuedOn]).toEqual(['84/KH-HPN', 'Kế hoạch', '2024-10-08']);
    expect(r.citations.map((c) => c.number)).toEqual(['145/KH-UBND']);
  });
});

describe('a web copy that wrapped the date\'s year into the next row', () => {
  it('"… ngày 04 tháng 6 năm" then "| 2024" is one date line', () => {
    const doc = `UBND TỈNH KIÊN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc
Số:   1204  /SYT-NVY | Rạch Giá, ngày 04 tháng 6 năm
| 2024
V/v tăng cường phòng, chống dịch sốt xuất huyết |

Kính gửi: Trung tâm Y tế các huyện, thành phố.

Thực hiện Công văn số 2310/UBND-VX ngày 30/5/2024 của UBND tỉnh Kiên Giang về phòng, chống dịch, Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:

1. Tổ chức chiến dịch diệt lăng quăng tại các xã có ca bệnh trong tháng 6/2024.
`;
    expect(identity(doc)).toEqual({ number: '1204/SYT-NVY', docType: 'Công văn', issuedOn: '2024-06-04', issuer: 'Sở Y tế tỉnh Kiên Giang' });
  });
});
