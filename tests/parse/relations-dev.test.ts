import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of twelve blind documents (issue 9; see
 * docs/extraction-rounds.md, "Citation relations: what the misses are"). Each document below is
 * written for this test in the pattern of one miss, in its own words, and read by hand: `rows` lists
 * the citations the document makes itself, numbered or named, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

describe('citations named inside tasks for others', () => {
  it('an item cut by a semicolon keeps its subject: "2. X chủ trì, phối hợp …; xử lý … theo Quy định số …" cites', () => {
    const doc = `ĐẢNG BỘ HUYỆN CAN LỘC
ĐẢNG ỦY XÃ THIÊN LỘC
*
Số 41-KH/ĐU

Thiên Lộc, ngày 12 tháng 9 năm 2024

KẾ HOẠCH
Nâng cao chất lượng sinh hoạt chi bộ năm 2024

Thực hiện Kế hoạch số 88-KH/HU ngày 20/8/2024 của Ban Thường vụ Huyện ủy Can Lộc về nâng cao chất lượng sinh hoạt chi bộ, Đảng ủy xã Thiên Lộc xác định một số nhiệm vụ trọng tâm như sau:

1. Tổ chức hội nghị quán triệt đến toàn thể cán bộ, đảng viên trong tháng 9/2024; triển khai Kế hoạch số 88-KH/HU nói trên tại các chi bộ.

2. Ủy ban Kiểm tra Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy đưa việc ghi sổ biên bản vào chương trình kiểm tra năm 2025; kịp thời xem xét, xử lý các trường hợp vi phạm theo Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị.
`;
    expect(rows(doc)).toEqual([
      ['88-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Can Lộc'],
      ['69-QĐ/TW', 'cites', 'Bộ Chính trị'],
    ]);
  });

  it('another agency of the issuer\'s own district is someone else: "3. Đội Quản lý thị trường … xử lý … theo Nghị định số …" cites', () => {
    const doc = `UBND HUYỆN HƯƠNG KHÊ
BAN CHỈ ĐẠO 389
-------
Số: 05/KH-BCĐ389

Hương Khê, ngày 02 tháng 1 năm 2024

KẾ HOẠCH
Kiểm tra thị trường dịp Tết Nguyên đán

Thực hiện Kế hoạch số 12/KH-BCĐ389 ngày 20/12/2023 của Ban Chỉ đạo 389 tỉnh Hà Tĩnh, Ban Chỉ đạo 389 huyện ban hành Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra trên các tuyến giao thông chính.

2. Đội Quản lý thị trường số 7 kiểm tra các cửa hàng bán bánh kẹo, rượu bia, xử lý hàng không rõ nguồn gốc theo Nghị định số 98/2020/NĐ-CP ngày 26/8/2020 của Chính phủ.
`;
    expect(rows(doc)).toEqual([
      ['12/KH-BCĐ389', 'implements', 'Ban Chỉ đạo 389 tỉnh Hà Tĩnh'],
      ['98/2020/NĐ-CP', 'cites', 'Chính phủ'],
    ]);
  });
});

describe('what the cited document is', () => {
  it('a Tờ trình is cited whatever the trigger: "trên cơ sở Tờ trình", "Căn cứ … Tờ trình"; the decree beside it stays a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
XÃ CẨM DUỆ
-------
Số: 77/QĐ-UBND

Cẩm Duệ, ngày 03 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc phê duyệt danh sách hộ được hỗ trợ sửa chữa nhà ở

Căn cứ Nghị định số 58/2024/NĐ-CP ngày 24/5/2024 của Chính phủ;
Căn cứ Tờ trình số 15/TTr-VHXH ngày 28/3/2024 của Ban Văn hóa - Xã hội xã;
Trên cơ sở Tờ trình số 16/TTr-TNMT ngày 29/3/2024 của Phòng Tài nguyên và Môi trường huyện Cẩm Xuyên,
`;
    expect(rows(doc)).toEqual([
      ['58/2024/NĐ-CP', 'basis', 'Chính phủ'],
      ['15/TTr-VHXH', 'cites', 'Ban Văn hóa - Xã hội xã Cẩm Duệ'],
      ['16/TTr-TNMT', 'cites', 'Phòng Tài nguyên và Môi trường huyện Cẩm Xuyên'],
    ]);
  });

  it('"theo quy định của Luật …" measures against the Law (cites), as "theo quy định tại" does', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
-------
Số: 640/UBND-TNMT

Đức Thọ, ngày 11 tháng 6 năm 2024

Kính gửi: Công ty Cổ phần Gạch ngói Đức Thọ.

Ủy ban nhân dân huyện sẽ lập hồ sơ thu hồi phần diện tích đất hết thời hạn thuê theo quy định của Luật Đất đai.
`;
    expect(rows(doc)).toEqual([['named:Luật Đất đai', 'cites', null]]);
  });
});

describe('where a cited subject ends', () => {
  it('"Tiếp theo Công văn số … về việc …, thực hiện ý kiến chỉ đạo … tại Văn bản số …": the second clause carries the second out', () => {
    const doc = `SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
TỈNH NGHỆ AN
-------
Số: 2210/SNN-TL

Nghệ An, ngày 15 tháng 7 năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.

Tiếp theo Công văn số 1980/SNN-TL ngày 20/6/2024 của Sở Nông nghiệp và Phát triển nông thôn về việc kiểm tra hồ đập trước mùa mưa lũ, thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh tại Văn bản số 5120/UBND-NN ngày 10/7/2024 của Ủy ban nhân dân tỉnh Nghệ An, Sở Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các huyện, thành phố, thị xã rà soát phương án bảo vệ hồ chứa.
`;
    expect(rows(doc)).toEqual([
      ['1980/SNN-TL', 'cites', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An'],
      ['5120/UBND-NN', 'implements', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('a Law joined by "và" to a subject about something else is a second document; a Law in a decree\'s own subject is none', () => {
    const doc = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
-------
Số: 1502/UBND-KT

Quảng Bình, ngày 09 tháng 9 năm 2024

Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.

Năm 2023, tỉnh đã sơ kết Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn và Luật Trồng trọt năm 2018.

Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các huyện chuyển đổi cây trồng bảo đảm điều kiện tại Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ quy định chi tiết một số điều của Luật Trồng trọt về giống cây trồng và canh tác.
`;
    expect(rows(doc)).toEqual([
      ['19-NQ/TW', 'cites', 'Ban Chấp hành Trung ương'],
      ['94/2019/NĐ-CP', 'cites', 'Chính phủ'],
      ['named:Luật Trồng trọt năm 2018', 'cites', null],
    ]);
  });
});

describe('documents named without a number', () => {
  it('a Law named before a numbered decree ends before it: "căn cứ Luật … và Nghị định số …" are two bases', () => {
    const doc = `Chiều 12/7, tại Kỳ họp thứ 18, Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII thông qua Nghị quyết số 30/2024/NQ-HĐND quy định mức chi hỗ trợ phòng, chống thiên tai trên địa bàn tỉnh.

Nghị quyết được ban hành căn cứ Luật Phòng, chống thiên tai và Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều của Luật.
`;
    expect(rows(doc)).toEqual([
      ['66/2021/NĐ-CP', 'basis', 'Chính phủ'],
      ['named:Luật Phòng, chống thiên tai', 'basis', null],
    ]);
  });

  it('a Law named with no trigger is cited, its name closed by its year: "… mà Luật Thủy lợi năm 2017 giao cho cấp xã"', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN NGHI XUÂN
-------
Số: 912/UBND-NN

Nghi Xuân, ngày 04 tháng 10 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

1. Rà soát, thực hiện đầy đủ các nhiệm vụ quản lý công trình mà Luật Thủy lợi năm 2017 giao cho cấp xã; báo cáo về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 20/10/2024.
`;
    expect(rows(doc)).toEqual([['named:Luật Thủy lợi năm 2017', 'cites', null]]);
  });

  it('a congress resolution names its issuer: the Đảng bộ in it, placed by the citing document; a Law names none', () => {
    const doc = `ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY CAN LỘC
*
Số 210-KH/HU

Can Lộc, ngày 18 tháng 3 năm 2024

KẾ HOẠCH
Phát triển kinh tế tập thể năm 2024

Căn cứ Luật Hợp tác xã năm 2023;
Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết Đại hội đại biểu Đảng bộ huyện Can Lộc lần thứ XXVI, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['named:Luật Hợp tác xã năm 2023', 'basis', null],
      ['named:Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX', 'implements', 'Đảng bộ tỉnh Hà Tĩnh'],
      ['named:Nghị quyết Đại hội đại biểu Đảng bộ huyện Can Lộc lần thứ XXVI', 'implements', 'Đảng bộ huyện Can Lộc'],
    ]);
  });
});
