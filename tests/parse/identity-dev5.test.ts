import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';
import { extractHtmlText } from '../../src/read/html.js';

/**
 * The document's own identity, from the misses of the sixteen blind documents of the fifth round and
 * from fragments whose header is missing or mangled (issue 9; docs/extraction-rounds.md, "Document
 * identity: what the misses are", fifth round): each case is one structure of the text the parser
 * misread, on a short document written for this test.
 */

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
    expect(ownIdentity(doc)).toEqual({ number: '1204/SYT-NVY', docType: 'Công văn', issuedOn: '2024-06-04', issuer: 'Sở Y tế tỉnh Kiên Giang' });
  });
});

/** A commune Party fragment signed "T/M BAN THƯỜNG VỤ / BÍ THƯ" with its recipients above the signature. */
const partyFragment = (recipients: string) => `trên địa bàn xã còn 9 hộ chưa có nhà tiêu hợp vệ sinh, tỷ lệ thu gom rác thải mới đạt 58%.

II. NHIỆM VỤ
1. Các chi bộ thôn lãnh đạo nhân dân ra quân tổng vệ sinh vào sáng chủ nhật cuối tháng.
2. Ủy ban nhân dân xã bố trí kinh phí mua thùng rác cho các thôn.

Nơi nhận:
${recipients}

T/M BAN THƯỜNG VỤ
BÍ THƯ

Hoàng Văn Lực
`;

describe('the signature "T/M BAN THƯỜNG VỤ" and the recipients', () => {
  it('a superior reported to ("Ban Thường vụ Huyện ủy Can Lộc (b/c)") is not whose Ban Thường vụ signs', () => {
    expect(ownIdentity(partyFragment('- Ban Thường vụ Huyện ủy Can Lộc (b/c);\n- Các đồng chí Đảng ủy viên;\n- Lưu VP.')).issuer).toBeNull();
  });

  it('the file copy ("Lưu: Văn phòng Đảng ủy xã Thượng Lộc") is the issuer\'s own', () => {
    expect(ownIdentity(partyFragment('- Ban Thường vụ Huyện ủy Can Lộc (b/c);\n- Các chi bộ trực thuộc;\n- Lưu: Văn phòng Đảng ủy xã Thượng Lộc.')).issuer)
      .toBe('Ban Thường vụ Đảng ủy xã Thượng Lộc');
  });
});

describe('a head who signs in person, and the committees the fragment reports to', () => {
  it('"TRƯỞNG CÔNG AN XÃ" with "Đảng ủy, UBND xã Tùng Ảnh (b/c)" among the recipients is Công an xã Tùng Ảnh', () => {
    const doc = `các hộ gia đình có người lưu trú chưa thực hiện khai báo tạm trú theo quy định.

III. TỔ CHỨC THỰC HIỆN
1. Công an viên phụ trách các thôn rà soát, lập danh sách hộ chưa khai báo.
2. Các thôn phối hợp tuyên truyền đến từng hộ.

Nơi nhận:
- Công an huyện Đức Thọ (b/c);
- Đảng ủy, UBND xã Tùng Ảnh (b/c);
- Lưu: CAX.

TRƯỞNG CÔNG AN XÃ

Đại úy Phan Văn Hòa
`;
    expect(ownIdentity(doc).issuer).toBe('Công an xã Tùng Ảnh');
  });
});

describe('what a headless text says of itself in its first sentence', () => {
  it('"Văn phòng HĐND và UBND huyện thông báo ý kiến kết luận của đồng chí Chủ tịch UBND huyện Vũ Quang …" is that office\'s Thông báo kết luận', () => {
    const doc = `Văn phòng HĐND và UBND huyện thông báo ý kiến kết luận của đồng chí Chủ tịch UBND huyện Vũ Quang tại cuộc họp bàn giải pháp tiêu thụ cam bù ngày 20/10/2024 như sau:

1. Phòng Nông nghiệp và Phát triển nông thôn huyện kết nối các doanh nghiệp thu mua cam cho nông dân.

2. UBND các xã chỉ đạo các hợp tác xã bảo đảm chất lượng sản phẩm.

Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.
`;
    expect(ownIdentity(doc)).toEqual({ number: null, docType: 'Thông báo kết luận', issuedOn: null, issuer: 'Văn phòng HĐND và UBND huyện Vũ Quang' });
  });

  it('"Ban Chấp hành Đảng bộ xã … thống nhất ban hành Nghị quyết về …" gives the type', () => {
    const doc = `Để triển khai kịp thời Kế hoạch số 25-KH/HU ngày 10/3/2024 của Ban Thường vụ Huyện ủy Kỳ Anh, Ban Chấp hành Đảng bộ xã Kỳ Tây thống nhất ban hành Nghị quyết về phát triển kinh tế đồi rừng như sau:

1. Các chi bộ lãnh đạo đảng viên trồng rừng gỗ lớn.
`;
    expect(ownIdentity(doc)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: 'Ban Chấp hành Đảng bộ xã Kỳ Tây' });
  });

  it('a news lead with the district in brackets: "Đảng ủy xã Cẩm Thịnh (huyện Cẩm Xuyên) ban hành Nghị quyết chuyên đề …"', () => {
    const doc = `Ngày 05/8/2024, Đảng ủy xã Cẩm Thịnh (huyện Cẩm Xuyên) ban hành Nghị quyết chuyên đề về xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2024 - 2025.

Nghị quyết đề ra mục tiêu đến cuối năm 2025, thu nhập bình quân đầu người của xã đạt 70 triệu đồng/năm.

Văn Đức
`;
    const r = ownIdentity(doc);
    expect([r.docType, r.issuer]).toEqual(['Nghị quyết', 'Đảng ủy xã Cẩm Thịnh']);
  });
});

describe('a portal page whose property table stands beside the content', () => {
  it('the table Readability dropped gives number, date and type when the text kept has no header', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản chỉ đạo</title></head><body>
<div class="main">
<table class="thuoctinh"><tr><td>Số ký hiệu</td><td>215-TB/HU</td></tr><tr><td>Ngày ban hành</td><td>14/06/2024</td></tr><tr><td>Loại văn bản</td><td>Thông báo</td></tr><tr><td>Cơ quan ban hành</td><td>Huyện ủy Hương Sơn</td></tr></table>
<div class="content">
<p>Ngày 12/6/2024, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo về công tác phòng, chống thiên tai năm 2024. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận như sau:</p>
<p>1. Ủy ban nhân dân huyện chỉ đạo các xã rà soát phương án sơ tán dân ở vùng thấp trũng, hoàn thành trước ngày 30/7/2024.</p>
<p>2. Các đảng ủy xã, thị trấn lãnh đạo kiện toàn lực lượng xung kích tại các thôn, tổ dân phố.</p>
<p>3. Ban Tuyên giáo Huyện ủy chỉ đạo tuyên truyền kỹ năng phòng tránh thiên tai đến từng hộ gia đình.</p>
</div></div></body></html>`;
    const { text } = extractHtmlText(new TextEncoder().encode(page), 'tb-215.html');
    expect(ownIdentity(text)).toEqual({ number: '215-TB/HU', docType: 'Thông báo', issuedOn: '2024-06-14', issuer: 'Ban Thường vụ Huyện ủy Hương Sơn' });
  });
});

describe('a lead that names its document with the passive and its agent', () => {
  it('"Theo Kế hoạch số 210/KH-UBND vừa được UBND huyện Can Lộc ban hành, …" is that plan, not one it carries out', () => {
    const doc = `Theo Kế hoạch số 210/KH-UBND vừa được UBND huyện Can Lộc ban hành, năm 2024 toàn huyện phấn đấu trồng mới 250 ha rừng tập trung.

UBND huyện giao Hạt Kiểm lâm hướng dẫn các xã chọn giống cây bản địa.

Hồng Nhung
`;
    const r = parseDocument(doc);
    expect(ownIdentity(doc)).toEqual({ number: '210/KH-UBND', docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND huyện Can Lộc' });
    expect(r.citations.map((c) => c.number)).toEqual([]);
  });
});

describe('a reply that grants what it was asked', () => {
  const reply = (verb: string) => `Trên cơ sở đề nghị của Phòng Văn hóa và Thông tin huyện tại Tờ trình số 35/TTr-VHTT ngày 02/4/2024, Chủ tịch Ủy ban nhân dân huyện Đức Thọ ${verb} cho các xã tổ chức lễ hội truyền thống, bảo đảm an toàn, tiết kiệm.

Nơi nhận:
- Như trên;
- Lưu: VT, VHTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hưng
`;

  it('"Chủ tịch Ủy ban nhân dân huyện Đức Thọ đồng ý cho …" is the letter\'s own act: its issuer, and the district of the submission it answers', () => {
    const r = parseDocument(reply('đồng ý'));
    expect(r.issuer?.name).toBe('UBND huyện Đức Thọ');
    expect(r.citations.map((c) => [c.number, c.issuer?.name])).toEqual([['35/TTr-VHTT', 'Phòng Văn hóa và Thông tin huyện Đức Thọ']]);
  });

  it('"… đã đồng ý …" is an act of the past, no issuer of this text', () => {
    expect(parseDocument(reply('đã đồng ý')).issuer).toBeNull();
  });
});
