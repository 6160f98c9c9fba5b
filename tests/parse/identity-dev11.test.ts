import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity from the misses of blind batch 16's headless fragments and news reports
 * (28 documents moved whole to tune; docs/extraction-rounds.md, "Document identity: what the misses
 * are", eleventh round): each case one structure of the text, on short documents written for this test
 * in their own words, with a guard where the rule has an edge.
 */
const told = (text: string) => parseDocument(text).warnings.filter((w) => w.code === 'IDENTITY_FROM_TEXT').map((w) => w.message);

describe('the warning names where a headless document\'s issuer was read', () => {
  const decision = (authority: string, signature: string) => `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Công chức Tư pháp - Hộ tịch.

${authority}
QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ hòa giải ở cơ sở thôn Đông, gồm các ông (bà) có tên trong danh sách kèm theo.

Điều 2. Công chức Tư pháp - Hộ tịch và các thành viên Tổ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
${signature}

Lê Thị Mai
`;

  it('the enacting formula "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ … / QUYẾT ĐỊNH:" is named as such, not as the signature block', () => {
    const text = decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN', 'CHỦ TỊCH');
    expect(ownIdentity(text).issuer).toBe('UBND xã Hòa An');
    expect(told(text)).toEqual(['the document has no header: its issuer from the enacting formula above its articles', 'the document has no header: its type from its closing lines']);
  });

  it('a signature naming its body and place is still "the signature block"', () => {
    const text = decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', 'TM. ỦY BAN NHÂN DÂN XÃ HÒA AN\nCHỦ TỊCH');
    expect(ownIdentity(text).issuer).toBe('UBND xã Hòa An');
    expect(told(text)).toEqual(['the document has no header: its issuer from the signature block', 'the document has no header: its type from its closing lines']);
  });

  it('"T/M BAN THƯỜNG VỤ" whose owner only the body names: the body\'s mention is named', () => {
    const text = `1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức hội nghị học tập chuyên đề năm 2024.

2. Ban Tổ chức Huyện ủy hướng dẫn các chi bộ kiểm điểm việc học tập.

3. Văn phòng Huyện ủy bố trí kinh phí, hội trường.

Nơi nhận:
- Các chi, đảng bộ cơ sở;
- Lưu: VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Văn Hòa
`;
    expect(told(text)).toEqual(["the document has no header: its issuer from the body's mention of the signing organ's owner"]);
  });
});

describe('a signature whose body and place stand on separate lines', () => {
  const fragment = (signature: string) => `II. NHIỆM VỤ CỤ THỂ

1. Các chi hội tổ chức sinh hoạt chuyên đề về phòng chống đuối nước cho trẻ em trong tháng 6.

2. Ủy viên Ban Chấp hành phụ trách địa bàn dự sinh hoạt, nắm tình hình hội viên.

III. TỔ CHỨC THỰC HIỆN

Các chi hội báo cáo kết quả về Ban Thường vụ trước ngày 30/6/2024.

${signature}

Phạm Thị Hương
`;

  it('"TM. BAN THƯỜNG VỤ / HỘI LIÊN HIỆP PHỤ NỮ XÃ … / CHỦ TỊCH": the owner\'s line completes the organ', () => {
    expect(ownIdentity(fragment('TM. BAN THƯỜNG VỤ\nHỘI LIÊN HIỆP PHỤ NỮ XÃ CẨM BÌNH\nCHỦ TỊCH')).issuer).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ xã Cẩm Bình');
  });

  it('"T/M BAN CHẤP HÀNH / HỘI NÔNG DÂN PHƯỜNG … / PHÓ CHỦ TỊCH": the same with another body', () => {
    expect(ownIdentity(fragment('T/M BAN CHẤP HÀNH\nHỘI NÔNG DÂN PHƯỜNG NAM SƠN\nPHÓ CHỦ TỊCH')).issuer).toBe('Ban Chấp hành Hội Nông dân phường Nam Sơn');
  });

  it('a post under a capacity that names its place is no part of the name ("… XÃ CẨM BÌNH / CHỦ TỊCH")', () => {
    expect(ownIdentity(fragment('TM. ỦY BAN NHÂN DÂN XÃ CẨM BÌNH\nCHỦ TỊCH')).issuer).toBe('UBND xã Cẩm Bình');
  });

  it('an organ over a bare post names no place', () => {
    expect(ownIdentity(fragment('TM. BAN THƯỜNG VỤ\nCHỦ TỊCH')).issuer).toBeNull();
  });
});

describe('a board signing as itself, its head under the post held in the body that leads it', () => {
  const plan = (signature: string) => `IV. TỔ CHỨC THỰC HIỆN

1. Công chức Văn hóa - Xã hội chủ trì tuyên truyền về phòng chống dịch sốt xuất huyết trên loa truyền thanh.

2. Trạm Y tế xã phun hóa chất diệt muỗi tại các thôn có ca bệnh.

Trên đây là Kế hoạch phòng chống dịch năm 2024; đề nghị các thành viên nghiêm túc thực hiện./.

${signature}

Võ Văn Thành
`;

  it('"TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / CHỦ TỊCH UBND XÃ …": the board of that commune', () => {
    expect(ownIdentity(plan('TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nCHỦ TỊCH UBND XÃ NINH HẢI')).issuer).toBe('Ban Chỉ đạo xã Ninh Hải');
  });

  it('"TM. TỔ CÔNG TÁC / TỔ TRƯỞNG / PHÓ CHỦ TỊCH UBND HUYỆN …": the working group of that district', () => {
    expect(ownIdentity(plan('TM. TỔ CÔNG TÁC\nTỔ TRƯỞNG\nPHÓ CHỦ TỊCH UBND HUYỆN KRÔNG BÚK')).issuer).toBe('Tổ công tác huyện Krông Búk');
  });

  it('a post line naming no place leaves the board unplaced', () => {
    expect(ownIdentity(plan('TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nCHỦ TỊCH UBND XÃ')).issuer).toBeNull();
  });
});

describe('the closing statement whose title holds commas', () => {
  const fragment = (closing: string) => `III. NHIỆM VỤ, GIẢI PHÁP

1. Công an xã tuần tra bảo đảm trật tự tại khu vực chợ đêm và bến đò.

2. Đoàn Thanh niên xã ra quân thu gom rác thải vào sáng Chủ nhật hằng tuần.

${closing}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Văn Lâm
`;

  it('"Trên đây là Kế hoạch bảo đảm an ninh, trật tự … của UBND xã X; đề nghị …": the owner after the comma inside the title', () => {
    expect(ownIdentity(fragment('Trên đây là Kế hoạch bảo đảm an ninh, trật tự dịp lễ hội đền năm 2025 của UBND xã Tiên Phong; đề nghị các thôn nghiêm túc thực hiện./.'))).toEqual({
      number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND xã Tiên Phong',
    });
  });

  it('"Trên đây là Kế hoạch dọn dẹp, chỉnh trang … của UBND phường Y, triển khai Kế hoạch số … của UBND huyện": the title ends at the comma after its owner', () => {
    expect(ownIdentity(fragment('Trên đây là Kế hoạch dọn dẹp, chỉnh trang đô thị năm 2025 của UBND phường Đông Thọ, triển khai Kế hoạch số 51/KH-UBND ngày 03/3/2025 của UBND thành phố Thanh Hóa./.')).issuer).toBe('UBND phường Đông Thọ');
  });

  it('an owner after another document named in the title is that document\'s, not this one\'s', () => {
    expect(ownIdentity(fragment('Trên đây là Kế hoạch thực hiện Chỉ thị số 08-CT/HU, năm 2025 của Ban Thường vụ Huyện ủy Tĩnh Gia; đề nghị các thôn thực hiện./.')).issuer).toBeNull();
  });
});

describe('a news lead whose document is the subject of a passive', () => {
  const article = (lead: string, body: string) => `Hà Tĩnh: Phấn đấu 90% trẻ em biết bơi vào năm 2027

12/04/2024 - 08:30

${lead}

${body}

Thu Hằng
`;

  it('"Theo Đề án số … ngày … vừa được UBND tỉnh X ban hành, …": the date between the number and the passive', () => {
    expect(ownIdentity(article(
      '(Báo Hà Tĩnh) - Theo Đề án số 09/ĐA-UBND ngày 08/4/2024 vừa được UBND tỉnh Hà Tĩnh ban hành, đến năm 2027 toàn tỉnh có 90% trẻ em từ 6 đến 15 tuổi biết bơi an toàn.',
      'Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng bể bơi di động tại các trường.',
    ))).toEqual({ number: '09/ĐA-UBND', docType: 'Đề án', issuedOn: '2024-04-08', issuer: 'UBND tỉnh Hà Tĩnh' });
  });

  it('"Kế hoạch số … ngày … về … vừa được gửi tới các xã": number, type and date from the lead, the issuer from the body\'s lead-in', () => {
    expect(ownIdentity(article(
      'Kế hoạch số 27/KH-UBND ngày 05/4/2024 về phòng, chống đuối nước trẻ em năm 2024 vừa được gửi tới các xã, thị trấn trên địa bàn.',
      'Theo kế hoạch, UBND huyện Cẩm Xuyên yêu cầu các trường học phối hợp với Đoàn Thanh niên mở lớp dạy bơi trong dịp hè.',
    ))).toEqual({ number: '27/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-05', issuer: 'UBND huyện Cẩm Xuyên' });
  });

  it('a lead whose document is the subject of another verb is cited, not reported ("Kế hoạch số … đã giúp …")', () => {
    expect(ownIdentity(article(
      'Kế hoạch số 27/KH-UBND ngày 05/4/2023 về phòng, chống đuối nước trẻ em đã giúp giảm số vụ đuối nước trong năm qua.',
      'Năm nay, nhiều trường học tiếp tục phối hợp với Đoàn Thanh niên mở lớp dạy bơi trong dịp hè.',
    )).number).toBeNull();
  });
});

describe('a news lead announcing an unnumbered resolution of a widened meeting, the number given later', () => {
  const article = (dateline: string, lead: string) => `Xã Hòa Tiến đặt mục tiêu 100% thôn có camera an ninh

${dateline}

${lead}

Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã cho biết: "Nghị quyết số 08-NQ/ĐU ngày 26/4/2024 của Đảng ủy xã Hòa Tiến cụ thể hóa Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh nông thôn".

Theo nghị quyết, Đảng ủy giao UBND xã xây dựng kế hoạch lắp đặt camera tại các ngã ba, ngã tư.

Lan Anh
`;
  const expected = { number: '08-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-04-26', issuer: 'Ban Chấp hành Đảng bộ xã Hòa Tiến' };

  it('"Cập nhật lúc 10:05 ngày 03/5/2024" is a dateline, and "Hội nghị Ban Chấp hành … (huyện …) mở rộng vừa thống nhất ban hành nghị quyết" names the issuer', () => {
    expect(ownIdentity(article('Cập nhật lúc 10:05 ngày 03/5/2024',
      'Hội nghị Ban Chấp hành Đảng bộ xã Hòa Tiến (huyện Hòa Vang) mở rộng vừa thống nhất ban hành nghị quyết chuyên đề về bảo đảm an ninh trật tự giai đoạn 2024 - 2025.'))).toEqual(expected);
  });

  it('"Hội nghị Ban Chấp hành … (huyện …) lần thứ 12 vừa thống nhất ban hành nghị quyết": the session\'s number as the widening', () => {
    expect(ownIdentity(article('Cập nhật lúc 10:05 ngày 03/5/2024',
      'Hội nghị Ban Chấp hành Đảng bộ xã Hòa Tiến (huyện Hòa Vang) lần thứ 12 vừa thống nhất ban hành nghị quyết chuyên đề về bảo đảm an ninh trật tự giai đoạn 2024 - 2025.'))).toEqual(expected);
  });

  it('"Thứ Hai, 06/5/2024 - 09:10 | Thời sự" is a dateline too, the section after the bar', () => {
    expect(ownIdentity(article('Thứ Hai, 06/5/2024 - 09:10 | Thời sự',
      'Hội nghị Ban Chấp hành Đảng bộ xã Hòa Tiến (huyện Hòa Vang) mở rộng vừa thống nhất ban hành nghị quyết chuyên đề về bảo đảm an ninh trật tự giai đoạn 2024 - 2025.'))).toEqual(expected);
  });
});

describe('a news lead announcing a letter without its number, the number given in a later fronted sentence', () => {
  const article = (lead: string, later: string) => `Quảng Trị yêu cầu dừng thả trâu bò tự do trên quốc lộ

Thứ Năm, 16/5/2024 - 10:20 | Xã hội

(QTO) - Trước tình trạng gia súc thả rông gây tai nạn giao thông, ${lead}

${later}

Các địa phương báo cáo kết quả trước ngày 30/6.

Minh Đức
`;

  it('"UBND tỉnh X vừa có văn bản gửi …" then "Tại Công văn số … ngày 15/5, UBND tỉnh yêu cầu …": the lead\'s subject, the later number, the date in the article\'s year', () => {
    expect(ownIdentity(article('UBND tỉnh Quảng Trị vừa có văn bản gửi các sở, ngành và UBND các huyện yêu cầu xử lý nghiêm.',
      'Tại Công văn số 2150/UBND-NN ngày 15/5, UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra trên Quốc lộ 9.'))).toEqual({
      number: '2150/UBND-NN', docType: 'Công văn', issuedOn: '2024-05-15', issuer: 'UBND tỉnh Quảng Trị',
    });
  });

  it('"Sở … vừa ban hành văn bản …" then "Theo Công văn số … ngày …, Sở đề nghị …": the same with a department', () => {
    expect(ownIdentity(article('Sở Giao thông vận tải tỉnh Quảng Trị vừa ban hành văn bản đề nghị các huyện phối hợp xử lý.',
      'Theo Công văn số 870/SGTVT-QLGT ngày 14/5/2024, Sở đề nghị các huyện lập chốt nhắc nhở tại các điểm nóng.'))).toEqual({
      number: '870/SGTVT-QLGT', docType: 'Công văn', issuedOn: '2024-05-14', issuer: 'Sở Giao thông vận tải tỉnh Quảng Trị',
    });
  });

  it('a later letter given "của" another body is cited, not the one announced', () => {
    expect(ownIdentity(article('UBND tỉnh Quảng Trị vừa có văn bản gửi các sở, ngành và UBND các huyện yêu cầu xử lý nghiêm.',
      'Tại Công văn số 3310/BGTVT-ATGT ngày 10/5 của Bộ Giao thông vận tải, các địa phương được yêu cầu rà soát.')).number).toBeNull();
  });
});

describe('a lead-in whose verb names the type: "… hướng dẫn:"', () => {
  const fragment = (leadIn: string) => `II. NỘI DUNG

${leadIn}

1. Các chi hội rà soát hộ hội viên nghèo, lập danh sách đề nghị hỗ trợ trước ngày 15/3.

2. Ban Gia đình - Xã hội tổng hợp kết quả, báo cáo trong tháng 12.

T/M BAN THƯỜNG VỤ
CHỦ TỊCH

Lâm Thị Nga
`;

  it('"Thực hiện Kế hoạch số … của …, Ban Thường vụ hướng dẫn:" is a Hướng dẫn', () => {
    expect(ownIdentity(fragment('Thực hiện Kế hoạch số 12/KH-HPN ngày 05/01/2024 của Ban Thường vụ Hội LHPN tỉnh Sóc Trăng, Ban Thường vụ hướng dẫn:')).docType).toBe('Hướng dẫn');
  });

  it('"UBND xã … hướng dẫn một số nội dung như sau:" is a Hướng dẫn too', () => {
    expect(ownIdentity(fragment('Để tổ chức tốt Ngày hội, UBND xã Long Phú hướng dẫn một số nội dung như sau:')).docType).toBe('Hướng dẫn');
  });

  it('"… hướng dẫn và yêu cầu …:" joins two verbs: no type from either', () => {
    expect(ownIdentity(fragment('Để tổ chức tốt Ngày hội, UBND xã Long Phú hướng dẫn và yêu cầu các ấp thực hiện:')).docType).toBe('Khác');
  });
});
