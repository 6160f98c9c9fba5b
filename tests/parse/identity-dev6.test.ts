import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity and the issuers of what it cites, from the misses of the eleven blind
 * documents of the sixth round (issue 9; docs/extraction-rounds.md, "Document identity: what the
 * misses are", sixth round): each case is one structure of the text the parser misread, on a short
 * document written for this test.
 */
const citedIssuer = (text: string, number: string) => parseDocument(text).citations.find((c) => c.number === number)?.issuer?.name ?? null;

describe('a news lead without a number, the number a paragraph later', () => {
  const signed = `Yên Bái: Mỗi xã vùng cao có một tổ hợp tác dệt thổ cẩm

Cập nhật: 21/05/2025 - 08:10

(YBĐT) - Để giữ nghề truyền thống của đồng bào Dao, UBND tỉnh Yên Bái vừa ban hành Đề án phát triển nghề dệt thổ cẩm giai đoạn 2025 - 2030.

Đề án số 17/ĐA-UBND do Phó Chủ tịch UBND tỉnh Trần Minh Đức ký ngày 9/5 được xây dựng nhằm cụ thể hóa Nghị quyết số 22-NQ/TU ngày 10/6/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển làng nghề.

Sở Công Thương chủ trì xây dựng nhãn hiệu chung cho sản phẩm thổ cẩm của tỉnh.

Thu Hà
`;

  it('"Đề án số … do Phó Chủ tịch … ký ngày 9/5": the article\'s own Đề án, its year from the date line', () => {
    expect(ownIdentity(signed)).toEqual({ number: '17/ĐA-UBND', docType: 'Đề án', issuedOn: '2025-05-09', issuer: 'UBND tỉnh Yên Bái' });
    expect(parseDocument(signed).citations.map((c) => c.number)).toEqual(['22-NQ/TU']);
  });

  const ofIssuer = (issuer: string) => `Săm Khóe ra nghị quyết chuyên đề về chăn nuôi an toàn sinh học

Thứ Ba, 08/10/2024 | 10:25

BHB - Sau ba năm thực hiện Chỉ thị số 07-CT/TU ngày 02/8/2021 của Ban Thường vụ Tỉnh ủy, đàn lợn của xã Săm Khóe (Mai Châu) đã tăng gấp đôi. Để giữ vững kết quả này, Đảng ủy xã vừa ban hành nghị quyết chuyên đề về chăn nuôi an toàn sinh học.

Theo Nghị quyết số 09-NQ/ĐU ngày 27/9/2024 của ${issuer}, đến năm 2026 xã có 15 trang trại đạt chuẩn an toàn sinh học.

Hội Nông dân xã hướng dẫn hội viên làm chuồng trại khép kín.

Lê Vân
`;

  it('"Theo Nghị quyết số … của Ban Chấp hành Đảng bộ xã …" after "Đảng ủy xã vừa ban hành nghị quyết …": the same committee\'s, the article\'s own', () => {
    expect(ownIdentity(ofIssuer('Ban Chấp hành Đảng bộ xã Săm Khóe'))).toEqual({ number: '09-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-09-27', issuer: 'Ban Chấp hành Đảng bộ xã Săm Khóe' });
  });

  it('a resolution of the same type by another body is a cited one: no number for the article', () => {
    const r = ownIdentity(ofIssuer('Ban Thường vụ Huyện ủy Mai Châu'));
    expect([r.number, r.issuedOn, r.docType]).toEqual([null, null, 'Nghị quyết']);
  });
});

describe('a ministry-level agency named "Ủy ban …"', () => {
  const letter = `ỦY BAN DÂN TỘC                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       Độc lập - Tự do - Hạnh phúc
Số: 233/UBDT-CSDT
V/v rà soát người có uy tín năm 2024          Hà Nội, ngày 20 tháng 2 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh vùng Tây Bắc.

Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ và Hướng dẫn số 88/HD-UBDT ngày 15/1/2024 của Ủy ban Dân tộc, đề nghị Ủy ban nhân dân các tỉnh rà soát danh sách người có uy tín, gửi về Ủy ban Dân tộc trước ngày 31/3/2024.
`;

  it('reads "ỦY BAN DÂN TỘC" as the issuer and as the issuer of its own Hướng dẫn', () => {
    expect(ownIdentity(letter)).toEqual({ number: '233/UBDT-CSDT', docType: 'Công văn', issuedOn: '2024-02-20', issuer: 'Ủy ban Dân tộc' });
    expect(citedIssuer(letter, '88/HD-UBDT')).toBe('Ủy ban Dân tộc');
  });
});

describe('a web copy of a two-column header, cells split by "|"', () => {
  const notice = `UBND HUYỆN BẮC YÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH | Độc lập - Tự do - Hạnh phúc
MỤC TIÊU QUỐC GIA |
Số:   21  /TB-BCĐ | Bắc Yên, ngày 12 tháng 9
 | năm 2024

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp rà soát tiến độ giải ngân quý III năm 2024

Ngày 10/9/2024, Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện họp rà soát tiến độ giải ngân. Trưởng Ban Chỉ đạo kết luận như sau:
1. Phòng Dân tộc rà soát các dự án chậm giải ngân, báo cáo trước ngày 20/9/2024.
2. Thực hiện Kế hoạch số 30/KH-UBND ngày 15/3/2024 của UBND huyện, các xã hoàn thành hồ sơ đề nghị thanh toán trong tháng 9/2024.
`;

  it('reads the date wrapped before its year, the heading over "Kết luận …" and the issuer wrapped over two rows under its parent', () => {
    expect(ownIdentity(notice)).toEqual({ number: '21/TB-BCĐ', docType: 'Thông báo kết luận', issuedOn: '2024-09-12', issuer: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Bắc Yên' });
    expect(citedIssuer(notice, '30/KH-UBND')).toBe('UBND huyện Bắc Yên');
  });
});

describe('a cited act\'s issuer followed by the act\'s verb', () => {
  const text = `Kế hoạch này cụ thể hóa Quyết định số 1450/QĐ-BVHTTDL ngày 12/6/2024 của Bộ Văn hóa, Thể thao và Du lịch phê duyệt Đề án bảo tồn lễ hội truyền thống, trên địa bàn huyện Bắc Hà, Ban Thường vụ Huyện ủy yêu cầu các chi bộ thực hiện tốt các nội dung sau:
1. Các chi bộ tuyên truyền cho đảng viên về giá trị của lễ hội.
`;

  it('"… của Bộ Văn hóa, Thể thao và Du lịch phê duyệt Đề án …": the ministry\'s name ends before "phê duyệt"', () => {
    expect(citedIssuer(text, '1450/QĐ-BVHTTDL')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
  });
});

describe('a type word alone, of the fragment\'s own type', () => {
  const fragment = `III. TỔ CHỨC THỰC HIỆN

Phương án này được xây dựng để triển khai Kế hoạch số 41/KH-UBND ngày 05/3/2024 của UBND huyện Mường Tè về phòng, chống cháy rừng và thay thế Phương án số 02/PA-UBND ngày 11/3/2023 của UBND xã.

Các tổ đội xung kích căn cứ Phương án, xây dựng phương án tác chiến cho từng bản, hoàn thành trước ngày 30/3/2024.
`;

  it('"căn cứ Phương án" in a headless Phương án names the fragment itself, not the one it replaces: the replaced plan stays cited', () => {
    const r = parseDocument(fragment);
    expect(r.docType).toBe('Phương án');
    expect(r.citations.map((c) => [c.number, c.relation])).toEqual([['41/KH-UBND', 'implements'], ['02/PA-UBND', 'cites']]);
  });
});

describe('the carrying out as the subject of a sentence looking back', () => {
  const text = (opening: string) => `${opening} việc thực hiện Chỉ thị số 12-CT/TU ngày 04/5/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 30-KH/HU ngày 20/6/2021 của Ban Thường vụ Huyện ủy về phát triển cây quế trên địa bàn huyện đạt nhiều kết quả. Tuy nhiên, diện tích quế hữu cơ còn nhỏ. Để khắc phục hạn chế trên, Ban Thường vụ Huyện ủy yêu cầu các chi bộ thực hiện tốt các nội dung sau:
1. Các chi bộ tuyên truyền, vận động hộ trồng quế chuyển sang sản xuất hữu cơ.
`;

  it('"Những năm qua, việc thực hiện Chỉ thị … và Kế hoạch … đạt nhiều kết quả": both cited, not carried out', () => {
    expect(parseDocument(text('Những năm qua,')).citations.map((c) => [c.number, c.relation])).toEqual([['12-CT/TU', 'cites'], ['30-KH/HU', 'cites']]);
  });

  it('without the time looked back on, "Việc thực hiện Chỉ thị …" keeps carrying it out', () => {
    expect(parseDocument(text('Thời gian tới,')).citations.map((c) => c.relation)).toEqual(['implements', 'implements']);
  });
});
