import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citations, their relations and issuers from the misses of the ten blind documents of the seventh
 * round (issue 9; docs/extraction-rounds.md, "Citation relations: what the misses are", seventh
 * round), and from documents without a `Căn cứ` heading (fragments, news reports) written in the
 * shapes the holdout loses most on. Each document below is written for this test in its own words
 * and read by hand: `rows` lists the citations the document makes itself, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

/** A district Huyện ủy's Chỉ thị, its header as printed; `preamble` opens the body. */
const directive = (preamble: string) => `HUYỆN ỦY LỤC YÊN
*
Số 21-CT/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Lục Yên, ngày 04 tháng 11 năm 2024

CHỈ THỊ
của Ban Thường vụ Huyện ủy về lãnh đạo công tác phòng cháy, chữa cháy rừng năm 2025

${preamble}

1. Đảng ủy các xã, thị trấn đưa chỉ tiêu trồng rừng vào nghị quyết lãnh đạo năm 2025.
`;

describe('a purpose clause joined by "và" ends the subject before it', () => {
  it('"… Chỉ thị số … về X và để thực hiện đúng Luật Y, Ban Thường vụ …": the Law is a document of its own, carried out', () => {
    const doc = directive(`Thực hiện Chỉ thị số 30-CT/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy Yên Bái về phòng cháy rừng mùa khô; qua 2 năm thực hiện Chỉ thị số 11-CT/HU ngày 05/10/2022 của Ban Thường vụ Huyện ủy về bảo vệ rừng đầu nguồn và để thực hiện đúng Luật Lâm nghiệp, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt những nội dung sau:`);
    expect(rows(doc)).toEqual([
      ['30-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Yên Bái'],
      ['11-CT/HU', 'cites', 'Ban Thường vụ Huyện ủy Lục Yên'],
      ['named:Luật Lâm nghiệp', 'implements', null],
    ]);
  });

  it('"… và nhằm triển khai nghiêm Luật …" after a subject wrapped over lines in a web copy', () => {
    const doc = directive(`Thực hiện Kế hoạch số 145-KH/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy Yên Bái về bảo vệ và phát triển
rừng bền vững và nhằm triển khai nghiêm Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ, Ban Thường vụ Huyện ủy
yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt những nội dung sau:`);
    expect(rows(doc)).toEqual([
      ['145-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Yên Bái'],
      ['named:Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'implements', null],
    ]);
  });
});

describe('a letter announced in a fragment\'s opening, then "Thực hiện chỉ đạo trên"', () => {
  const fragment = (next: string) => `Ngày 14/10/2024, Sở Nông nghiệp và Phát triển nông thôn có Công văn số 1720/SNN-TT về phòng trừ rầy nâu hại lúa vụ Mùa. ${next}

1. Phòng Nông nghiệp và Phát triển nông thôn huyện hướng dẫn nông dân thăm đồng, phun thuốc đúng thời điểm.
2. Ủy ban nhân dân các xã, thị trấn huy động lực lượng diệt rầy trên diện rộng.
`;

  it('another body that carries out "the instruction above" makes the letter cited and carried out, not the fragment\'s own', () => {
    const r = parseDocument(fragment('Thực hiện chỉ đạo trên, Ủy ban nhân dân huyện Nông Cống yêu cầu các cơ quan, đơn vị thực hiện ngay các nội dung sau:'));
    expect([r.number, r.issuer?.name ?? null]).toEqual([null, 'UBND huyện Nông Cống']);
    expect(rows(fragment('Thực hiện chỉ đạo trên, Ủy ban nhân dân huyện Nông Cống yêu cầu các cơ quan, đơn vị thực hiện ngay các nội dung sau:')))
      .toEqual([['1720/SNN-TT', 'implements', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa']]);
  });

  it('"Để thực hiện ý kiến chỉ đạo nêu trên" reads the same', () => {
    const doc = fragment('Để thực hiện ý kiến chỉ đạo nêu trên, Ủy ban nhân dân huyện Nông Cống yêu cầu các cơ quan, đơn vị thực hiện ngay các nội dung sau:');
    expect(parseDocument(doc).number).toBeNull();
    expect(rows(doc).map(([c, r]) => [c, r])).toEqual([['1720/SNN-TT', 'implements']]);
  });
});

describe('wordings and commas of no clause', () => {
  it('"Được sự thống nhất của X tại Thông báo số …" is the approval the plan stands on: basis', () => {
    const doc = `Được sự thống nhất của Thường trực Đảng ủy xã tại Thông báo số 52-TB/ĐU ngày 11/3/2024, Ủy ban nhân dân xã Quảng Phú xây dựng kế hoạch tổ chức Hội xuân năm 2024 như sau:

1. Đoàn Thanh niên xã tổ chức các trò chơi dân gian.
`;
    expect(rows(doc).map(([c, r]) => [c, r])).toEqual([['52-TB/ĐU', 'basis']]);
  });

  it('"Để triển khai … phòng, chống thiên tai … theo Chỉ thị số …": the comma of "phòng, chống" opens no clause, so the opening trigger decides', () => {
    const doc = `Để triển khai đồng bộ các giải pháp phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 theo Chỉ thị số 04/CT-UBND ngày 02/4/2024 của Ủy ban nhân dân tỉnh Quảng Trị, Ủy ban nhân dân huyện Hải Lăng yêu cầu các cơ quan, đơn vị:

1. Phòng Nông nghiệp và Phát triển nông thôn huyện kiểm tra các hồ chứa nước.
`;
    expect(rows(doc)).toEqual([['04/CT-UBND', 'implements', 'UBND tỉnh Quảng Trị']]);
  });

  it('a task "… thực hiện theo Hướng dẫn số …" after "phòng, chống" inside the task still names the measure: cites', () => {
    const doc = `Ủy ban nhân dân huyện Hải Lăng yêu cầu các cơ quan, đơn vị:

1. Các xã, thị trấn xây dựng phương án phòng, chống lụt bão theo Hướng dẫn số 15/HD-BCH ngày 02/5/2024 của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh.
`;
    expect(rows(doc).map(([c, r]) => [c, r])).toEqual([['15/HD-BCH', 'cites']]);
  });
});

describe('a headless fragment that never names its issuer: the subject of a numbered item is another unit', () => {
  const items = `II. NHIỆM VỤ, GIẢI PHÁP

1. Các chi bộ tiếp tục quán triệt Nghị quyết số 14-NQ/ĐU ngày 12/01/2024 của Ban Chấp hành Đảng bộ xã về phát triển cây ăn quả.
2. Ủy ban Mặt trận Tổ quốc xã vận động hội viên thực hiện Chỉ thị số 11-CT/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy.
3. Hội Nông dân xã hướng dẫn hội viên triển khai Kế hoạch số 40/KH-UBND ngày 02/4/2024 của Ủy ban nhân dân huyện.
`;

  it('a Front committee and a Farmers\' Union handed a document to carry out cite it, as the communes\' branches do', () => {
    expect(rows(items).map(([c, r]) => [c, r])).toEqual([['14-NQ/ĐU', 'cites'], ['11-CT/HU', 'cites'], ['40/KH-UBND', 'cites']]);
  });

  it('the same item in the Front committee\'s own plan is its own work: implements', () => {
    const own = `ỦY BAN MTTQ VIỆT NAM
HUYỆN NGHĨA ĐÀN
ỦY BAN MTTQ XÃ NGHĨA LỢI
Số: 07/KH-MTTQ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghĩa Lợi, ngày 25 tháng 3 năm 2024

KẾ HOẠCH
Vận động hội viên phát triển cây ăn quả năm 2024

1. Ủy ban Mặt trận Tổ quốc xã vận động hội viên thực hiện Chỉ thị số 11-CT/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy.
`;
    expect(rows(own).map(([c, r]) => [c, r])).toEqual([['11-CT/HU', 'implements']]);
  });
});

describe('the body that drew a plan up is its issuer', () => {
  it('"UBND xã đã xây dựng Kế hoạch số …" names the commune, placed by the commune the text names', () => {
    const doc = `Trên cơ sở Nghị quyết số 04-NQ/ĐU ngày 12/01/2024 của Đảng ủy xã Thạch Kênh về phát triển nghề chè, UBND xã đã xây dựng Kế hoạch số 15/KH-UBND ngày 20/01/2024 triển khai đến các thôn.

Đến nay, xã đã cải tạo được 40 ha chè.
`;
    expect(rows(doc)).toEqual([
      ['04-NQ/ĐU', 'basis', 'Đảng ủy xã Thạch Kênh'],
      ['15/KH-UBND', 'cites', 'UBND xã Thạch Kênh'],
    ]);
  });
});
